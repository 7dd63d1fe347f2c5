#include "ui/shell/logindialog.h"

#include "core/auth/authenticator.h"
#include "core/auth/userservice.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/appicon.h"
#include "ui/widgets/formerrors.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace skranke {

LoginDialog::LoginDialog(AppContext& context, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_user(new QComboBox(this)),
      m_pin(new QLineEdit(this)),
      m_errorLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    const auto company = CompanyService::load(context.db());
    setWindowTitle(company ? tr("Sign in — %1").arg(company->name) : tr("Sign in"));
    setWindowIcon(appIcon());

    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    for (const StaffUser& u : UserService::list(context.db()))
        if (u.active)
            m_user->addItem(tr("%1 — %2").arg(u.login, u.displayName), u.login);
    m_user->setCurrentIndex(-1);
    m_user->completer()->setCompletionMode(QCompleter::InlineCompletion);
    m_user->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    m_errors->bind(QStringLiteral("user"), m_user);
    m_errors->bind(QStringLiteral("pin"), m_pin);

    auto* heading = new QLabel(company ? company->name : tr("Skranke"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    heading->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    if (const QIcon icon = appIcon(); !icon.isNull()) {
        auto* logo = new QLabel(this);
        logo->setPixmap(icon.pixmap(48, 48));
        header->addWidget(logo);
    }
    header->addWidget(heading, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&PIN:"), m_pin);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    m_user->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::accept() {
    // The item data is the login; typed text without a match is taken as a login.
    const int index = m_user->findText(m_user->currentText(), Qt::MatchFixedString);
    const QString login = index >= 0 ? m_user->itemData(index).toString()
                                     : m_user->currentText().section(QLatin1Char(' '), 0, 0);
    try {
        m_session.emplace(
            Authenticator::login(m_context.db(), m_context.clock(), login, m_pin->text()));
    } catch (const Error& e) {
        m_pin->clear();
        m_errors->show(e);
        if (e.field() == QLatin1String("pin"))
            m_pin->setFocus();
        return;
    }
    m_errors->clear();
    QDialog::accept();
}

}  // namespace skranke
