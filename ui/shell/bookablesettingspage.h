#pragma once

#include "core/catalog/bookablecatalog.h"

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

// A small form of two text fields whose OK runs one core call; its error
// is marked on the field it names and the dialog stays open.
class EntryDialog final : public QDialog {
    Q_OBJECT
public:
    using Apply = std::function<void(const QString& first, const QString& second)>;
    EntryDialog(const QString& title, const QString& firstLabel, const QString& firstField,
                const QString& secondLabel, const QString& secondField, Apply apply,
                QWidget* parent = nullptr);
    ~EntryDialog() override;

    QLineEdit* first() const { return m_first; }
    QLineEdit* second() const { return m_second; }
    QString errorField() const;
    bool save();

private:
    QLineEdit* m_first;
    QLineEdit* m_second;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
    Apply m_apply;
};

// One new rule of a product's price table, with every field of it.
class PriceRuleDialog final : public QDialog {
    Q_OBJECT
public:
    PriceRuleDialog(AppContext& context, const Product& product,
                    const std::vector<GuestCategory>& categories, QWidget* parent = nullptr);
    ~PriceRuleDialog() override;

    QCheckBox* fromSet() const { return m_fromSet; }
    QDateEdit* from() const { return m_from; }
    QCheckBox* toSet() const { return m_toSet; }
    QDateEdit* to() const { return m_to; }
    QCheckBox* weekday(int mondayIsZero) const { return m_weekdays[mondayIsZero]; }
    QSpinBox* minLength() const { return m_minLength; }
    QSpinBox* maxLength() const { return m_maxLength; }  // minimum: no limit
    QSpinBox* minQuantity() const { return m_minQuantity; }
    QSpinBox* maxQuantity() const { return m_maxQuantity; }
    QSpinBox* minGuests() const { return m_minGuests; }
    QSpinBox* maxGuests() const { return m_maxGuests; }
    QComboBox* basis() const { return m_basis; }
    QComboBox* category() const { return m_category; }
    MoneyEdit* amount() const { return m_amount; }
    QSpinBox* priority() const { return m_priority; }
    QString errorField() const;

    // Stores the rule and closes; on an error marks its field and stays open.
    bool save();
    const std::optional<PriceRule>& saved() const { return m_saved; }

private:
    void basisChanged();

    AppContext& m_context;
    Product m_product;
    QCheckBox* m_fromSet;
    QDateEdit* m_from;
    QCheckBox* m_toSet;
    QDateEdit* m_to;
    QWidget* m_weekdayBox;
    QCheckBox* m_weekdays[7];
    QSpinBox* m_minLength;
    QSpinBox* m_maxLength;
    QSpinBox* m_minQuantity;
    QSpinBox* m_maxQuantity;
    QSpinBox* m_minGuests;
    QSpinBox* m_maxGuests;
    QComboBox* m_basis;
    QComboBox* m_category;
    MoneyEdit* m_amount;
    QSpinBox* m_priority;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
    std::optional<PriceRule> m_saved;
};

// Settings → Bookable products: for each bookable product its supplier, the
// guest categories it takes and its price table, plus a line to try what the
// table offers. Every change is one core call and applies at once.
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

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool mayEdit() const;
    void showProduct();
    void loadSupplier();
    void loadCategories();
    void loadRules();
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
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
    std::optional<Product> m_product;
    bool m_loading = false;
};

}  // namespace skranke
