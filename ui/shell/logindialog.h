#pragma once

#include "core/auth/session.h"

#include <QDialog>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace skranke {

class AppContext;
class FormErrors;

// Keyboard-only sign-in: type (or pick) the user, Tab, the PIN, Enter.
class LoginDialog final : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(AppContext& context, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // The session after the dialog was accepted.
    const std::optional<Session>& session() const { return m_session; }
    void accept() override;

private:
    AppContext& m_context;
    QComboBox* m_user;
    QLineEdit* m_pin;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
    std::optional<Session> m_session;
};

}  // namespace skranke
