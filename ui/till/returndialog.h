#pragma once

#include "core/till/returnservice.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace skranke {

class AppContext;
class FormErrors;

// A return (right till.refund): find the original receipt by number, say how
// much of each line comes back (all that is left, at first), and pay it back
// in cash or by card. Only what is still returnable can be returned.
class ReturnDialog final : public QDialog {
    Q_OBJECT
public:
    ReturnDialog(AppContext& context, const QString& tillRef, QWidget* parent = nullptr);
    ~ReturnDialog() override;

    QSpinBox* receiptField() const { return m_number; }
    QTableWidget* linesTable() const { return m_lines; }
    QComboBox* refundKindField() const { return m_kind; }
    QLabel* errorLabel() const { return m_errorLabel; }
    const std::optional<Receipt>& created() const { return m_created; }

    void findReceipt();
    void accept() override;

private:
    std::vector<ReturnLine> chosen() const;
    void updateRefund();
    Money refundAmount(const std::vector<ReturnLine>& lines) const;

    AppContext& m_context;
    QString m_tillRef;
    QSpinBox* m_number;
    QTableWidget* m_lines;
    QComboBox* m_kind;
    QLineEdit* m_reference;
    QLabel* m_refund;
    QPushButton* m_find;
    QPushButton* m_ok;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
    std::optional<Receipt> m_original;
    std::optional<Receipt> m_created;
};

}  // namespace skranke
