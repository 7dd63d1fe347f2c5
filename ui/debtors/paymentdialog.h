#pragma once

#include "core/till/tillpayments.h"

#include <QDialog>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace skranke {

class AppContext;
class FormErrors;
class MoneyEdit;

// Register a debtor's payment. It settles the ticked invoices, else the
// oldest open ones first; what is left stands on the debtor as a remaining
// amount. Given a till, it is a payment taken at that till today, in cash or
// by card, counted in the shift's X and Z reports.
class PaymentDialog final : public QDialog {
    Q_OBJECT
public:
    PaymentDialog(AppContext& context, std::int64_t debtorId, QWidget* parent = nullptr,
                  const QString& tillRef = {});
    ~PaymentDialog() override;
    void accept() override;
    MoneyEdit* amountField() const { return m_amount; }
    // The open invoices, one row each: column 0 checkable, column 3 the amount to settle.
    QTableWidget* invoiceTable() const { return m_invoices; }
    QComboBox* tenderField() const { return m_tender; }
    // The payment taken at the till, after accept.
    const std::optional<TillPayment>& tillPayment() const { return m_tillPayment; }

private:
    AppContext& m_context;
    std::int64_t m_debtorId;
    QString m_tillRef;
    MoneyEdit* m_amount;
    QDateEdit* m_date;
    QLineEdit* m_type;
    QComboBox* m_tender;
    QLineEdit* m_reference;
    QTableWidget* m_invoices;
    std::vector<std::int64_t> m_invoiceNumbers;
    std::optional<TillPayment> m_tillPayment;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
