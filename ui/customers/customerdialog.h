#pragma once

#include "core/parties/customer.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace skranke {

class AppContext;
class FormErrors;

// Create or edit a customer. Core validates; the field it names is marked.
class CustomerDialog final : public QDialog {
    Q_OBJECT
public:
    // customerId 0: a new customer.
    CustomerDialog(AppContext& context, std::int64_t customerId, QWidget* parent = nullptr);
    ~CustomerDialog() override;

    void accept() override;
    const Customer& customer() const { return m_customer; }
    QLineEdit* field(const QString& name) const { return m_edits.value(name); }
    QCheckBox* noEmailBox() const { return m_noEmail; }

private:
    Customer fromForm() const;

    AppContext& m_context;
    Customer m_customer;
    QHash<QString, QLineEdit*> m_edits;
    QCheckBox* m_noEmail;
    QPlainTextEdit* m_notes;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
