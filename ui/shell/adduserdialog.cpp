#include "ui/shell/adduserdialog.h"

#include "core/auth/userservice.h"
#include "core/store/error.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace skranke {

AddUserDialog::AddUserDialog(AppContext& context, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_login(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)),
      m_usePin(new QRadioButton(tr("PIN"), this)),
      m_secret(new QLineEdit(this)),
      m_secretAgain(new QLineEdit(this)),
      m_errorLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    setWindowTitle(tr("Add a staff user"));
    for (const Role& r : UserService::roles(context.db()))
        m_role->addItem(roleDisplayName(r.builtIn, r.name),
                        r.builtIn.isEmpty() ? r.name : r.builtIn);
    m_role->setCurrentIndex(m_role->findData(QStringLiteral("front_desk")));
    auto* usePassword = new QRadioButton(tr("Password"), this);
    m_usePin->setChecked(true);
    auto* kind = new QHBoxLayout;
    kind->addWidget(m_usePin);
    kind->addWidget(usePassword);
    kind->addStretch(1);
    for (QLineEdit* e : {m_secret, m_secretAgain})
        e->setEchoMode(QLineEdit::Password);
    m_errors->bind(QStringLiteral("login"), m_login);
    m_errors->bind(QStringLiteral("display_name"), m_name);
    m_errors->bind(QStringLiteral("role"), m_role);
    m_errors->bind(QStringLiteral("pin"), m_secret);
    m_errors->bind(QStringLiteral("password"), m_secret);
    m_errors->bind(QStringLiteral("secret_again"), m_secretAgain);

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Signs in with:"), kind);
    form->addRow(tr("&PIN or password:"), m_secret);
    form->addRow(tr("R&epeat:"), m_secretAgain);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
}

AddUserDialog::~AddUserDialog() = default;

void AddUserDialog::accept() {
    try {
        if (m_secret->text() != m_secretAgain->text())
            throw Error::invalid(QStringLiteral("secret_again"), tr("The two entries differ."));
        UserService::create(
            m_context.session(),
            {m_login->text().trimmed(), m_name->text(), m_role->currentData().toString(),
             m_usePin->isChecked() ? SecretKind::Pin : SecretKind::Password, m_secret->text()});
    } catch (const Error& e) {
        m_errors->show(e);
        return;
    }
    QDialog::accept();
}

}  // namespace skranke
