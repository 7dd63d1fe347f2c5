#pragma once

#include <QHash>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace skranke {

class AppContext;
class FormErrors;
struct SmtpSettings;

// The mail server reminders are sent through. Saving validates in core and
// marks the field at fault; "Send test email…" tries the values in the form
// at once, saved or not, so a setup can be checked before it is kept.
class MailSettingsPage final : public QWidget {
    Q_OBJECT
public:
    explicit MailSettingsPage(AppContext& context, QWidget* parent = nullptr);
    ~MailSettingsPage() override;

    void load();
    bool save();
    // Sends one plain message to the address with the form's settings.
    bool sendTestTo(const QString& address);

    // "host", "port", "user", "password", "from_address", "from_name".
    QLineEdit* field(const QString& name) const { return m_edits.value(name); }
    QComboBox* securityBox() const { return m_security; }
    QString errorField() const;
    QString resultText() const;
    QString errorText() const;

private:
    void askAndSendTest();
    void suggestPort();
    // The form as settings; false (with the port marked) when the port is no number.
    bool read(SmtpSettings& settings);

    AppContext& m_context;
    QHash<QString, QLineEdit*> m_edits;
    QComboBox* m_security;
    QLabel* m_errorLabel;
    QLabel* m_result;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
