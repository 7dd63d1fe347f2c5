#pragma once

#include "core/dunning/remindertexts.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace skranke {

class FormErrors;

// The email that goes with this run's reminders, editable before sending.
// Placeholders are filled in per debtor; the PDF is attached.
class EmailTextDialog final : public QDialog {
    Q_OBJECT
public:
    EmailTextDialog(const ReminderTexts& texts, QWidget* parent = nullptr);
    ~EmailTextDialog() override;
    QString subject() const;
    QString body() const;
    void accept() override;

private:
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
};

// "{debtor.name} — the debtor's name" lines for the placeholder help.
QString placeholderHelp();

}  // namespace skranke
