#pragma once

#include <QDialog>
#include <memory>
#include <vector>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

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
    // The open invoices, one row each: column 0 checkable, column 3 the amount to settle.
    QTableWidget* invoiceTable() const { return m_invoices; }

private:
    AppContext& m_context;
    std::int64_t m_debtorId;
    MoneyEdit* m_amount;
    QDateEdit* m_date;
    QLineEdit* m_type;
    QLineEdit* m_reference;
    QTableWidget* m_invoices;
    std::vector<std::int64_t> m_invoiceNumbers;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
