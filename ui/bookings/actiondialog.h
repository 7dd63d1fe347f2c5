#pragma once

#include <QDialog>
#include <functional>
#include <memory>

class QDate;
class QDateEdit;
class QFormLayout;

namespace skranke {

class FormErrors;

// A small form for one money action (a payment, a refund, a transfer): the
// fields go in form(); OK runs the action, and a refusal from core is shown
// on its field while the dialog stays open with what was typed.
class ActionDialog final : public QDialog {
    Q_OBJECT
public:
    ActionDialog(const QString& title, QWidget* parent);
    ~ActionDialog() override;

    QFormLayout* form() const { return m_form; }
    FormErrors& errors() const { return *m_errors; }
    QDateEdit* addDate(const QString& label, const QDate& date);
    // Shows the dialog; true when the action ran and did not throw.
    bool run(std::function<void()> action);

private:
    QFormLayout* m_form;
    std::unique_ptr<FormErrors> m_errors;
    std::function<void()> m_action;
};

}  // namespace skranke
