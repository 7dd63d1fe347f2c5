#include "ui/accounting/accountdialog.h"

#include "core/store/error.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace skranke {

AccountDialog::AccountDialog(AppContext& context, const std::optional<Account>& account,
                             QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_adding(!account),
      m_number(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)),
      m_standardCode(new QLineEdit(this)),
      m_active(new QCheckBox(tr("A&ctive: can be chosen in the mapping"), this)),
      m_errorLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    setWindowTitle(m_adding ? tr("Add an account") : tr("Edit account %1").arg(account->number));
    for (AccountKind kind : {AccountKind::Asset, AccountKind::Liability, AccountKind::Equity,
                             AccountKind::Revenue, AccountKind::Expense})
        m_kind->addItem(ChartOfAccounts::kindLabel(kind), ChartOfAccounts::kindKey(kind));
    m_number->setMaxLength(10);
    m_standardCode->setPlaceholderText(tr("Optional: the standard chart's number or code"));
    if (account) {
        m_number->setText(account->number);
        m_number->setReadOnly(true);
        m_number->setToolTip(tr("An account keeps its number; add a new one instead."));
        m_name->setText(account->name);
        m_kind->setCurrentIndex(m_kind->findData(ChartOfAccounts::kindKey(account->kind)));
        m_standardCode->setText(account->standardCode);
        m_active->setChecked(account->active);
    } else {
        m_kind->setCurrentIndex(m_kind->findData(ChartOfAccounts::kindKey(AccountKind::Revenue)));
        m_active->setChecked(true);
    }
    m_errors->bind(QStringLiteral("number"), m_number);
    m_errors->bind(QStringLiteral("name"), m_name);
    m_errors->bind(QStringLiteral("kind"), m_kind);
    m_errors->bind(QStringLiteral("standard_code"), m_standardCode);

    auto* form = new QFormLayout;
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Standard code:"), m_standardCode);
    form->addRow(QString(), m_active);
    m_errorLabel->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::accept() {
    Account a;
    a.number = m_number->text().trimmed();
    a.name = m_name->text().trimmed();
    a.kind =
        ChartOfAccounts::kindFromKey(m_kind->currentData().toString()).value_or(AccountKind::Asset);
    a.standardCode = m_standardCode->text().trimmed();
    a.active = m_active->isChecked();
    try {
        if (a.number.isEmpty())
            throw Error::invalid(QStringLiteral("number"), tr("Give the account a number."));
        // Saving an existing number changes that account; adding must not.
        if (m_adding && ChartOfAccounts::find(m_context.db(), a.number))
            throw Error::invalid(QStringLiteral("number"),
                                 tr("Account %1 is already in the chart.").arg(a.number));
        ChartOfAccounts::save(m_context.session(), a);
    } catch (const Error& e) {
        m_errors->show(e);
        return;
    }
    m_errors->clear();
    m_savedNumber = a.number;
    QDialog::accept();
}

QString AccountDialog::errorField() const {
    return m_errors->shownField();
}

QString AccountDialog::errorText() const {
    return m_errorLabel->text();
}

}  // namespace skranke
