#pragma once

#include "core/invoicing/invoice.h"

#include <QDialog>
#include <memory>

class QLabel;
class QRadioButton;
class QTableWidget;

namespace skranke {

class AppContext;
class FormErrors;
class MoneyEdit;

// Credit a posted invoice: all of it, an amount, or chosen lines.
class CreditNoteDialog final : public QDialog {
    Q_OBJECT
public:
    CreditNoteDialog(AppContext& context, std::int64_t invoiceNumber, QWidget* parent = nullptr);
    ~CreditNoteDialog() override;
    void accept() override;
    const Invoice& creditNote() const { return m_note; }
    MoneyEdit* amountField() const { return m_amount; }
    QRadioButton* byAmount() const { return m_byAmount; }

private:
    AppContext& m_context;
    Invoice m_invoice;
    QRadioButton* m_whole;
    QRadioButton* m_byAmount;
    QRadioButton* m_byLines;
    MoneyEdit* m_amount;
    QTableWidget* m_lines;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
    Invoice m_note;
};

}  // namespace skranke
