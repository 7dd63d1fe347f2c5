#pragma once

#include "core/catalog/bookablecatalog.h"
#include "ui/shell/priceruledialogs.h"

#include <QDialog>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace skranke {

class AppContext;
class Error;
class FormErrors;
class MoneyEdit;
class PriceRuleModel;

// Settings → Bookable products: for each bookable product its supplier, the
// guest categories it takes, its price table and its cancellation terms,
// plus a line to try what the table offers. Every change is one core call and applies at once.
class BookableSettingsPage final : public QWidget {
    Q_OBJECT
public:
    explicit BookableSettingsPage(AppContext& context, QWidget* parent = nullptr);
    ~BookableSettingsPage() override;

    QListWidget* products() const { return m_products; }
    QComboBox* supplier() const { return m_supplier; }
    QCheckBox* guestCategory(const QString& key) const;
    QTableView* rules() const { return m_rulesView; }
    PriceRuleModel* ruleModel() const { return m_ruleModel; }
    QDateTimeEdit* arrival() const { return m_arrival; }
    QDateTimeEdit* departure() const { return m_departure; }
    QSpinBox* quantity() const { return m_quantity; }
    QSpinBox* guests(const QString& key) const;
    QLabel* offer() const { return m_offer; }
    QString errorText() const;
    std::int64_t productId() const;

    void load();
    bool selectProduct(std::int64_t productId);
    void newSupplier();  // modal
    void newCategory();  // modal
    void addRule();      // modal
    bool retireRule();   // the current row of the table
    void tryPrice();
    // Saves the cancellation terms typed as "14:50, 3:100"; false when refused.
    bool saveCancellationTerms();
    QLineEdit* cancellationTerms() const { return m_cancelTerms; }
    QLabel* cancellationTermsText() const { return m_termsText; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool mayEdit() const;
    void showProduct();
    void loadSupplier();
    void loadCategories();
    void loadRules();
    void loadCancellationTerms();
    void supplierChosen();
    void categoriesTicked();
    void fail(const Error& error);
    void done();

    AppContext& m_context;
    QListWidget* m_products;
    QWidget* m_detail;
    QComboBox* m_supplier;
    QPushButton* m_newSupplier;
    QWidget* m_categoryBox;
    std::vector<QCheckBox*> m_categories;
    QPushButton* m_newCategory;
    QTableView* m_rulesView;
    PriceRuleModel* m_ruleModel;
    QPushButton* m_addRule;
    QPushButton* m_retireRule;
    QDateTimeEdit* m_arrival;
    QDateTimeEdit* m_departure;
    QSpinBox* m_quantity;
    QWidget* m_guestBox;
    std::vector<QSpinBox*> m_guests;
    QLabel* m_offer;
    QLineEdit* m_cancelTerms;
    QLabel* m_termsText;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
    std::optional<Product> m_product;
    bool m_loading = false;
};

}  // namespace skranke
