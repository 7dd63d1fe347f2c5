#include "ui/shell/companysettingspage.h"

#include "core/auth/rights.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace skranke {

namespace {

struct FieldInfo {
    const char* name;  // core's field name
    const char* label;
    QString CompanyProfile::*member;
};

const FieldInfo fields[] = {
    {"name", QT_TRANSLATE_NOOP("skranke::CompanySettingsPage", "Company &name:"),
     &CompanyProfile::name},
    {"address_line1", QT_TRANSLATE_NOOP("skranke::CompanySettingsPage", "&Address:"),
     &CompanyProfile::addressLine1},
    {"address_line2", QT_TRANSLATE_NOOP("skranke::CompanySettingsPage", "Address, line 2:"),
     &CompanyProfile::addressLine2},
    {"postcode", QT_TRANSLATE_NOOP("skranke::CompanySettingsPage", "&Postcode:"),
     &CompanyProfile::postcode},
    {"city", QT_TRANSLATE_NOOP("skranke::CompanySettingsPage", "C&ity:"), &CompanyProfile::city},
    {"org_number", QT_TRANSLATE_NOOP("skranke::CompanySettingsPage", "CVR / &organisation number:"),
     &CompanyProfile::orgNumber},
    {"vat_number", QT_TRANSLATE_NOOP("skranke::CompanySettingsPage", "&VAT number:"),
     &CompanyProfile::vatNumber},
    {"bank_account", QT_TRANSLATE_NOOP("skranke::CompanySettingsPage", "&Bank account:"),
     &CompanyProfile::bankAccount},
    {"iban", QT_TRANSLATE_NOOP("skranke::CompanySettingsPage", "I&BAN:"), &CompanyProfile::iban},
    {"bic", QT_TRANSLATE_NOOP("skranke::CompanySettingsPage", "BI&C:"), &CompanyProfile::bic},
    {"email", QT_TRANSLATE_NOOP("skranke::CompanySettingsPage", "&Email:"), &CompanyProfile::email},
    {"phone", QT_TRANSLATE_NOOP("skranke::CompanySettingsPage", "P&hone:"), &CompanyProfile::phone},
    {"logo_path", QT_TRANSLATE_NOOP("skranke::CompanySettingsPage", "&Logo file:"),
     &CompanyProfile::logoPath},
    {"time_zone", QT_TRANSLATE_NOOP("skranke::CompanySettingsPage", "&Time zone:"),
     &CompanyProfile::timeZone},
};

}  // namespace

CompanySettingsPage::CompanySettingsPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_country(new QComboBox(this)),
      m_save(new QPushButton(tr("&Save"), this)),
      m_rightsNote(new QLabel(this)),
      m_errorLabel(new QLabel(this)),
      m_savedLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    m_country->addItem(tr("Denmark"), QStringLiteral("DK"));
    m_country->addItem(tr("Norway"), QStringLiteral("NO"));
    m_country->addItem(tr("Sweden"), QStringLiteral("SE"));
    m_errors->bind(QStringLiteral("country"), m_country);

    auto* form = new QFormLayout;
    for (const FieldInfo& f : fields) {
        auto* edit = new QLineEdit(this);
        const QString name = QLatin1String(f.name);
        m_edits.insert(name, edit);
        m_errors->bind(name, edit);
        const QString label = QCoreApplication::translate("skranke::CompanySettingsPage", f.label);
        if (name == QLatin1String("logo_path")) {
            auto* row = new QHBoxLayout;
            auto* browse = new QPushButton(tr("Choose…"), this);
            connect(browse, &QPushButton::clicked, this, [this, edit] {
                const QString file = QFileDialog::getOpenFileName(
                    this, tr("Choose the logo"), edit->text(), tr("Images (*.png *.jpg *.svg)"));
                if (!file.isEmpty())
                    edit->setText(file);
            });
            row->addWidget(edit, 1);
            row->addWidget(browse);
            auto* buddy = new QLabel(label, this);
            buddy->setBuddy(edit);
            form->addRow(buddy, row);
        } else {
            form->addRow(label, edit);
        }
        if (name == QLatin1String("city"))
            form->addRow(tr("C&ountry:"), m_country);
    }
    m_rightsNote->setWordWrap(true);
    m_savedLabel->setStyleSheet(QStringLiteral("color: #1e7d32;"));
    connect(m_save, &QPushButton::clicked, this, &CompanySettingsPage::save);
    connect(&context, &AppContext::sessionChanged, this, &CompanySettingsPage::updateRights);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_savedLabel, 1);
    auto* formBox = new QWidget(this);
    formBox->setLayout(form);
    formBox->setMaximumWidth(720);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_rightsNote);
    layout->addWidget(formBox);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    layout->addStretch(1);
    load();
    updateRights();
}

CompanySettingsPage::~CompanySettingsPage() = default;

void CompanySettingsPage::load() {
    const auto company = CompanyService::load(m_context.db());
    if (!company)
        return;
    for (const FieldInfo& f : fields)
        m_edits.value(QLatin1String(f.name))->setText((*company).*f.member);
    m_country->setCurrentIndex(m_country->findData(company->country));
    m_errors->clear();
}

CompanyProfile CompanySettingsPage::profile() const {
    CompanyProfile p;
    for (const FieldInfo& f : fields)
        p.*f.member = m_edits.value(QLatin1String(f.name))->text();
    p.country = m_country->currentData().toString();
    return p;
}

bool CompanySettingsPage::save() {
    m_savedLabel->clear();
    try {
        CompanyService::save(m_context.session(), profile());
    } catch (const Error& e) {
        m_errors->show(e);
        return false;
    }
    m_errors->clear();
    m_savedLabel->setText(tr("Saved."));
    return true;
}

void CompanySettingsPage::updateRights() {
    const bool may = m_context.signedIn() && m_context.session().has(rights::SettingsEdit);
    for (QLineEdit* e : std::as_const(m_edits))
        e->setReadOnly(!may);
    m_country->setEnabled(may);
    m_save->setEnabled(may);
    m_rightsNote->setVisible(!may);
    m_rightsNote->setText(tr("You may look at the company profile but not change it: that takes "
                             "the right \"%1\".")
                              .arg(rights::describe(QLatin1String(rights::SettingsEdit))));
}

}  // namespace skranke
