#pragma once

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace skranke {

class AppContext;
class FormErrors;

// The very first start on an empty database: the company and its owner.
class FirstStartDialog final : public QDialog {
    Q_OBJECT
public:
    explicit FirstStartDialog(AppContext& context, QWidget* parent = nullptr);
    ~FirstStartDialog() override;
    void accept() override;

private:
    AppContext& m_context;
    QLineEdit* m_company;
    QComboBox* m_country;
    QLineEdit* m_orgNumber;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QLineEdit* m_pin;
    QLineEdit* m_pinAgain;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
