#pragma once

#include <QDialog>
#include <memory>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace skranke {

class AppContext;
class FormErrors;
class MoneyEdit;

// Register a debtor's payment. It settles the oldest open invoices first;
// what is left stands on the debtor as a prepayment.
class PaymentDialog final : public QDialog {
    Q_OBJECT
public:
    PaymentDialog(AppContext& context, std::int64_t debtorId, QWidget* parent = nullptr);
    ~PaymentDialog() override;
    void accept() override;
    MoneyEdit* amountField() const { return m_amount; }

private:
    AppContext& m_context;
    std::int64_t m_debtorId;
    MoneyEdit* m_amount;
    QDateEdit* m_date;
    QLineEdit* m_type;
    QLineEdit* m_reference;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
