#pragma once

#include "core/accounting/chartofaccounts.h"

#include <QDialog>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace skranke {

class AppContext;
class FormErrors;

// Adds an account to the chart, or changes one (its number stays: vouchers
// and the mapping refer to it). Errors show on the field they name and the
// dialog stays open with what was typed.
class AccountDialog final : public QDialog {
    Q_OBJECT
public:
    // Without an account: a new one.
    explicit AccountDialog(AppContext& context, const std::optional<Account>& account = {},
                           QWidget* parent = nullptr);
    ~AccountDialog() override;
    void accept() override;

    QString savedNumber() const { return m_savedNumber; }
    QLineEdit* numberEdit() const { return m_number; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* standardCodeEdit() const { return m_standardCode; }
    QCheckBox* activeBox() const { return m_active; }
    QString errorField() const;
    QString errorText() const;

private:
    AppContext& m_context;
    bool m_adding;
    QLineEdit* m_number;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_standardCode;
    QCheckBox* m_active;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
    QString m_savedNumber;
};

}  // namespace skranke
