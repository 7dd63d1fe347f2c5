#include "ui/shell/accountingsettingspage.h"

#include "core/accounting/accountingsettings.h"
#include "core/accounting/transfertarget.h"
#include "core/auth/rights.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "ui/accounting/mappingpage.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/buddylabel.h"
#include "ui/widgets/formerrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace skranke {

namespace {

QString targetLabel(const QString& name) {
    if (name == QLatin1String("test"))
        return AccountingSettingsPage::tr("Test accounting program (built in)");
    if (name == QLatin1String("rest"))
        return AccountingSettingsPage::tr("Accounting program's API (REST)");
    return name;
}

}  // namespace

AccountingSettingsPage::AccountingSettingsPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_target(new QComboBox(this)),
      m_auto(new QCheckBox(tr("Transfer automatical&ly, from"), this)),
      m_autoFrom(new QDateEdit(this)),
      m_restUrl(new QLineEdit(this)),
      m_restKey(new QLineEdit(this)),
      m_restTimeout(new QSpinBox(this)),
      m_errorLabel(new QLabel(this)),
      m_result(new QLabel(this)),
      m_mapping(new MappingPage(context, this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    m_errors->bind(QStringLiteral("target"), m_target);
    m_errors->bind(QStringLiteral("auto_from"), m_autoFrom);
    m_errors->bind(QStringLiteral("rest_url"), m_restUrl);
    m_errors->bind(QStringLiteral("rest_key"), m_restKey);
    m_errors->bind(QStringLiteral("rest_timeout"), m_restTimeout);

    m_target->addItem(tr("None (export files only)"), QString());
    for (const QString& name : TransferTargets::names())
        m_target->addItem(targetLabel(name), name);
    m_autoFrom->setCalendarPopup(true);
    m_autoFrom->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_restUrl->setPlaceholderText(QStringLiteral("https://api.example.com/v1"));
    m_restKey->setEchoMode(QLineEdit::Password);
    m_restTimeout->setRange(1, 60);
    m_restTimeout->setSuffix(tr(" s"));

    auto* autoRow = new QHBoxLayout;
    autoRow->addWidget(m_auto);
    autoRow->addWidget(m_autoFrom);
    autoRow->addStretch(1);
    auto* autoNote = new QLabel(tr("Vouchers dated on or after this date are transferred as "
                                   "they are made. Earlier ones wait until you mark them for "
                                   "transfer."),
                                this);
    autoNote->setWordWrap(true);

    auto* box = new QGroupBox(tr("Transfer to accounting"), this);
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Send vouchers to:"), m_target);
    auto* autoColumn = new QVBoxLayout;
    autoColumn->setSpacing(2);
    autoColumn->addLayout(autoRow);
    autoColumn->addWidget(autoNote);
    form->addRow(QString(), autoColumn);
    form->addRow(tr("API add&ress:"), m_restUrl);
    form->addRow(tr("API &key:"), m_restKey);
    form->addRow(tr("&Wait for an answer:"), m_restTimeout);
    box->setMaximumWidth(720);

    auto* save = new QPushButton(tr("Sa&ve"), this);
    m_errorLabel->setWordWrap(true);
    m_result->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(m_result, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_mapping, 1);

    connect(save, &QPushButton::clicked, this, &AccountingSettingsPage::save);
    connect(m_target, &QComboBox::currentIndexChanged, this,
            &AccountingSettingsPage::updateEnabled);
    connect(m_auto, &QCheckBox::toggled, this, &AccountingSettingsPage::updateEnabled);

    const bool may = context.signedIn() && context.session().has(rights::SettingsEdit);
    for (QWidget* w : std::initializer_list<QWidget*>{box, save})
        w->setEnabled(may);
    load();
}

AccountingSettingsPage::~AccountingSettingsPage() = default;

void AccountingSettingsPage::load() {
    const AccountingSettings s = AccountingSettingsStore::load(m_context.db());
    const int index = m_target->findData(s.target);
    m_target->setCurrentIndex(index >= 0 ? index : 0);
    m_auto->setChecked(s.autoTransfer);
    m_autoFrom->setDate(s.autoFrom.isValid() ? s.autoFrom
                                             : m_context.clock().now().toLocalTime().date());
    m_restUrl->setText(s.restUrl);
    m_restKey->setText(s.restKey);
    m_restTimeout->setValue(s.restTimeoutS);
    m_errors->clear();
    updateEnabled();
}

void AccountingSettingsPage::updateEnabled() {
    const bool rest = m_target->currentData().toString() == QLatin1String("rest");
    for (QWidget* w : std::initializer_list<QWidget*>{m_restUrl, m_restKey, m_restTimeout})
        w->setEnabled(rest);
    m_autoFrom->setEnabled(m_auto->isChecked());
}

bool AccountingSettingsPage::save() {
    m_result->clear();
    AccountingSettings s;
    s.target = m_target->currentData().toString();
    s.autoTransfer = m_auto->isChecked();
    s.autoFrom = m_autoFrom->date();
    s.restUrl = m_restUrl->text().trimmed();
    s.restKey = m_restKey->text().trimmed();
    s.restTimeoutS = m_restTimeout->value();
    try {
        AccountingSettingsStore::save(m_context.session(), s);
    } catch (const Error& e) {
        m_errors->show(e);
        return false;
    }
    m_errors->clear();
    m_result->setStyleSheet(QStringLiteral("color: #1e7d32;"));
    m_result->setText(tr("Saved."));
    return true;
}

QString AccountingSettingsPage::errorField() const {
    return m_errors->shownField();
}

QString AccountingSettingsPage::errorText() const {
    return m_errorLabel->text();
}

QString AccountingSettingsPage::resultText() const {
    return m_result->text();
}

}  // namespace skranke
