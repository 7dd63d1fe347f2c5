#pragma once

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace skranke {

class AppContext;
class CartModel;
class FormErrors;
class Money;
struct TenderInput;

// The till, keyboard first: scan or type an EAN or item number and Enter;
// "3*" before it sells three; Delete takes the selected (else last) line
// off; Enter on an empty scan field takes payment. Product buttons grouped by
// category do the same with the mouse. Focus goes back to the scan field
// after each sale.
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

    // What Enter in the scan field does.
    void scanEntered();
    void voidLine();
    // Rings up the cart with these tenders; false (and why) when refused.
    bool completeSale(const std::vector<TenderInput>& tenders);
    bool openShift(const Money& cashFloat);
    bool closeShift(const Money& countedCash);

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
    std::int64_t m_quantityMilli = 1000;
};

}  // namespace skranke
