#pragma once

#include "core/catalog/bookablecatalog.h"

#include <QDialog>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace skranke {

class AppContext;
class Error;
class FormErrors;
class MoneyEdit;

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

}  // namespace skranke
