#pragma once

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QPushButton;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace skranke {

class AppContext;
class CartModel;
class FormErrors;
class Money;
struct SaleLineInput;
struct SaleParty;
struct TenderInput;
struct TillReport;

// The till, keyboard first: scan or type an EAN or item number and Enter;
// "3*" before it sells three; Delete takes the selected (else last) line
// off; Enter on an empty scan field takes payment. F5 attaches a customer
// (the debtor an invoice sale goes to), F6 parks the sale, F7 recalls a
// parked one, F8 takes a debtor's payment, F9 opens the drawer, F10 shows
// a value card's balance, F11 prints
// a copy of a receipt and F12 prints the last one. Product buttons grouped
// by category do the same as scanning, with the mouse. Focus goes back to
// the scan field after each sale.
class TillPage final : public QWidget {
    Q_OBJECT
public:
    explicit TillPage(AppContext& context, QWidget* parent = nullptr);
    ~TillPage() override;

    QLineEdit* scanField() const { return m_scan; }
    CartModel* cart() const { return m_cart; }
    QTableView* cartView() const { return m_view; }
    QComboBox* tillField() const { return m_till; }
    QLabel* messageLabel() const { return m_message; }
    QTabWidget* productTabs() const { return m_products; }
    QLabel* customerLabel() const { return m_customer; }

    // What Enter in the scan field does.
    void scanEntered();
    void voidLine();
    // Rings up the cart with these tenders; false (and why) when refused.
    bool completeSale(const std::vector<TenderInput>& tenders);
    bool openShift(const Money& cashFloat);
    bool closeShift(const Money& countedCash);
    // The customer the sale is for; an empty party detaches.
    void setParty(const SaleParty& party);
    const SaleParty& party() const;
    bool parkSale(const QString& label);
    // Prints (or, with no printer, saves) a receipt; a copy is journaled.
    bool printReceipt(std::int64_t number, bool copy);
    std::int64_t lastReceipt() const { return m_lastReceipt; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void loadTills();
    void loadProducts();
    void refreshShift();
    void updateTotals();
    void addProduct(const QString& key);
    void pay();
    void askOpenShift();
    void askMoveCash();
    void askReturn();
    void showXReport();
    void askZReport();
    void askCustomer();
    void askPark();
    void askRecall();
    void askDebtorPayment();
    void askOpenDrawer();
    void showValueCard();
    void askCopy();
    void printReport(const TillReport& report);
    void addShortcuts();
    void printLast();
    QPushButton* button(const QString& text, void (TillPage::*action)());
    QLayout* topRow();
    QLayout* functionButtons();
    QLayout* cartButtons();
    bool askValueCard(SaleLineInput& line);
    QString tillRef() const;
    void showMessage(const QString& text, bool error);

    AppContext& m_context;
    QComboBox* m_till;
    QLabel* m_shift;
    QTabWidget* m_products;
    QLineEdit* m_scan;
    QLabel* m_pendingQty;
    CartModel* m_cart;
    QTableView* m_view;
    QLabel* m_total;
    QLabel* m_vat;
    QLabel* m_message;
    QLabel* m_customer;
    QCheckBox* m_autoPrint;
    std::unique_ptr<SaleParty> m_party;
    std::int64_t m_quantityMilli = 1000;
    std::int64_t m_lastReceipt = 0;
};

}  // namespace skranke
