#pragma once

#include "core/dunning/remindertexts.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace skranke {

class AppContext;
class FormErrors;

// Edits the reminder texts per level and language: heading, body, the fee,
// compensation and interest line texts, and the email's subject and text.
class ReminderTextsDialog final : public QDialog {
    Q_OBJECT
public:
    ReminderTextsDialog(AppContext& context, int level, QWidget* parent = nullptr);
    ~ReminderTextsDialog() override;

    QComboBox* levelField() const { return m_level; }
    QComboBox* languageField() const { return m_language; }
    QLineEdit* headingField() const { return m_heading; }
    QPlainTextEdit* bodyField() const { return m_body; }
    QLineEdit* feeLineField() const { return m_feeLine; }
    QLabel* errorLabel() const { return m_errorLabel; }
    // Saves the shown level and language; false (and why) when refused.
    bool save();
    void resetToBuiltIn();

private:
    void load();
    ReminderTexts shown() const;
    int level() const;
    QString language() const;

    AppContext& m_context;
    QComboBox* m_level;
    QComboBox* m_language;
    QLineEdit* m_heading;
    QPlainTextEdit* m_body;
    QLineEdit* m_feeLine;
    QLineEdit* m_compensationLine;
    QLineEdit* m_interestLine;
    QLineEdit* m_emailSubject;
    QPlainTextEdit* m_emailBody;
    QLabel* m_errorLabel;
    QLabel* m_status;
    std::unique_ptr<FormErrors> m_errors;
    ReminderTexts m_loaded;
};

}  // namespace skranke
