#pragma once

#include "core/invoicing/invoice.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace skranke {

class AppContext;
class FormErrors;
struct InvoiceDraft;

// A new invoice: debtor, dates, lines with prices including VAT; posted at
// once (numbered) or kept as a draft.
class InvoiceEditorDialog final : public QDialog {
    Q_OBJECT
public:
    InvoiceEditorDialog(AppContext& context, std::int64_t debtorId, QWidget* parent = nullptr);
    ~InvoiceEditorDialog() override;

    // Fills line `row` (adding rows as needed): text, quantity, unit price, VAT %, discount %.
    void setLine(int row, const QStringList& cells);
    QSpinBox* debtorField() const { return m_debtor; }
    bool postInvoice();
    const Invoice& invoice() const { return m_invoice; }

private:
    InvoiceDraft draft() const;
    void updateDue();
    void updateTotals();

    AppContext& m_context;
    QSpinBox* m_debtor;
    QLabel* m_debtorName;
    QDateEdit* m_date;
    QCheckBox* m_overrideDue;
    QDateEdit* m_due;
    QTableWidget* m_lines;
    QLineEdit* m_message;
    QCheckBox* m_fees;
    QLabel* m_totals;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
    Invoice m_invoice;
};

}  // namespace skranke
