#pragma once

#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace skranke {

class AppContext;
class FormErrors;

// Invoicing on or off, the FIK creditor number, and where the invoice
// numbers continue from when moving from another system.
class InvoicingSettingsPage final : public QWidget {
    Q_OBJECT
public:
    explicit InvoicingSettingsPage(AppContext& context, QWidget* parent = nullptr);
    ~InvoicingSettingsPage() override;
    bool save();
    QCheckBox* enabledBox() const { return m_enabled; }

Q_SIGNALS:
    void invoicingChanged(bool enabled);

private:
    void load();
    AppContext& m_context;
    QCheckBox* m_enabled;
    QLineEdit* m_fik;
    QLineEdit* m_reference;
    QSpinBox* m_start;
    QPushButton* m_setStart;
    QLabel* m_errorLabel;
    QLabel* m_saved;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
