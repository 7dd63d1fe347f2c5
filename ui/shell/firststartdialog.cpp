#include "ui/shell/firststartdialog.h"

#include "core/auth/userservice.h"
#include "core/company/companyservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace skranke {

FirstStartDialog::FirstStartDialog(AppContext& context, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_company(new QLineEdit(this)),
      m_country(new QComboBox(this)),
      m_orgNumber(new QLineEdit(this)),
      m_login(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_pin(new QLineEdit(this)),
      m_pinAgain(new QLineEdit(this)),
      m_errorLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    setWindowTitle(tr("Welcome to Skranke"));
    m_country->addItem(tr("Denmark"), QStringLiteral("DK"));
    m_country->addItem(tr("Norway"), QStringLiteral("NO"));
    m_country->addItem(tr("Sweden"), QStringLiteral("SE"));
    for (QLineEdit* pin : {m_pin, m_pinAgain}) {
        pin->setEchoMode(QLineEdit::Password);
        pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    }
    m_errors->bind(QStringLiteral("name"), m_company);
    m_errors->bind(QStringLiteral("country"), m_country);
    m_errors->bind(QStringLiteral("org_number"), m_orgNumber);
    m_errors->bind(QStringLiteral("login"), m_login);
    m_errors->bind(QStringLiteral("display_name"), m_name);
    m_errors->bind(QStringLiteral("pin"), m_pin);
    m_errors->bind(QStringLiteral("pin_again"), m_pinAgain);

    auto* intro = new QLabel(tr("This database is new. Tell Skranke about the business and "
                                "create the owner, who can then add the staff."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Company &name:"), m_company);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("CVR / &organisation number:"), m_orgNumber);
    form->addRow(tr("Owner's &login:"), m_login);
    form->addRow(tr("Owner's n&ame:"), m_name);
    form->addRow(tr("&PIN (4–8 digits):"), m_pin);
    form->addRow(tr("&Repeat PIN:"), m_pinAgain);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstStartDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstStartDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

FirstStartDialog::~FirstStartDialog() = default;

void FirstStartDialog::accept() {
    CompanyProfile profile;
    profile.name = m_company->text();
    profile.country = m_country->currentData().toString();
    profile.orgNumber = m_orgNumber->text();
    profile.timeZone = CountryRules::forCountry(profile.country).defaultTimeZone;
    const NewStaffUser owner{m_login->text().trimmed(), m_name->text(), QStringLiteral("owner"),
                             SecretKind::Pin, m_pin->text()};
    try {
        CompanyService::validate(profile);
        UserService::validateLogin(owner.login);
        if (owner.displayName.trimmed().isEmpty())
            throw Error::invalid(QStringLiteral("display_name"),
                                 tr("The owner's name is required."));
        UserService::validateSecret(SecretKind::Pin, owner.secret);
        if (m_pin->text() != m_pinAgain->text())
            throw Error::invalid(QStringLiteral("pin_again"), tr("The two PINs differ."));
        Transaction tx(m_context.db());
        if (!CompanyService::load(m_context.db()))
            CompanyService::create(m_context.db(), m_context.clock(), profile);
        UserService::createOwner(m_context.db(), m_context.clock(), owner);
        tx.commit();
    } catch (const Error& e) {
        m_errors->show(e);
        return;
    }
    QDialog::accept();
}

}  // namespace skranke
