#pragma once

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace skranke {

class AppContext;
class FormErrors;

// A new staff user: login, name, role and a PIN or password typed twice.
class AddUserDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AddUserDialog(AppContext& context, QWidget* parent = nullptr);
    ~AddUserDialog() override;
    void accept() override;

private:
    AppContext& m_context;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QComboBox* m_role;
    QRadioButton* m_usePin;
    QLineEdit* m_secret;
    QLineEdit* m_secretAgain;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
