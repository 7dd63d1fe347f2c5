#pragma once

#include "core/parties/debtor.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace skranke {

class AppContext;
class FormErrors;

// Create or edit a debtor. Core validates; the field it names is marked.
class DebtorDialog final : public QDialog {
    Q_OBJECT
public:
    // debtorId 0: a new debtor.
    DebtorDialog(AppContext& context, std::int64_t debtorId, QWidget* parent = nullptr);
    ~DebtorDialog() override;

    void accept() override;
    const Debtor& debtor() const { return m_debtor; }
    QLineEdit* field(const QString& name) const { return m_edits.value(name); }

private:
    void load();
    Debtor fromForm() const;

    AppContext& m_context;
    Debtor m_debtor;
    QHash<QString, QLineEdit*> m_edits;
    QComboBox* m_language;
    QCheckBox* m_business;
    QComboBox* m_termsKind;
    QSpinBox* m_termsDays;
    QComboBox* m_group;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
