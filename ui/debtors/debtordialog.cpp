#include "ui/debtors/debtordialog.h"

#include "core/parties/debtorservice.h"
#include "core/store/error.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/buddylabel.h"
#include "ui/widgets/formerrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace skranke {

namespace {

struct FieldInfo {
    const char* name;
    const char* label;
    QString Debtor::*member;
};

const FieldInfo fields[] = {
    {"id", QT_TRANSLATE_NOOP("skranke::DebtorDialog", "Debtor &ID:"), nullptr},
    {"name", QT_TRANSLATE_NOOP("skranke::DebtorDialog", "&Name:"), &Debtor::name},
    {"company_name", QT_TRANSLATE_NOOP("skranke::DebtorDialog", "&Company name:"),
     &Debtor::companyName},
    {"address_line1", QT_TRANSLATE_NOOP("skranke::DebtorDialog", "&Address:"),
     &Debtor::addressLine1},
    {"address_line2", QT_TRANSLATE_NOOP("skranke::DebtorDialog", "Address, line 2:"),
     &Debtor::addressLine2},
    {"postcode", QT_TRANSLATE_NOOP("skranke::DebtorDialog", "&Postcode:"), &Debtor::postcode},
    {"city", QT_TRANSLATE_NOOP("skranke::DebtorDialog", "C&ity:"), &Debtor::city},
    {"country", QT_TRANSLATE_NOOP("skranke::DebtorDialog", "Co&untry (DK, NO, SE, …):"),
     &Debtor::country},
    {"email", QT_TRANSLATE_NOOP("skranke::DebtorDialog", "&Email:"), &Debtor::email},
    {"phone", QT_TRANSLATE_NOOP("skranke::DebtorDialog", "P&hone:"), &Debtor::phone},
    {"gln", QT_TRANSLATE_NOOP("skranke::DebtorDialog", "EAN/&GLN:"), &Debtor::gln},
    {"org_number", QT_TRANSLATE_NOOP("skranke::DebtorDialog", "&Org./VAT number:"),
     &Debtor::orgNumber},
};

}  // namespace

DebtorDialog::DebtorDialog(AppContext& context, std::int64_t debtorId, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_language(new QComboBox(this)),
      m_business(new QCheckBox(tr("Business customer (B2B)"), this)),
      m_termsKind(new QComboBox(this)),
      m_termsDays(new QSpinBox(this)),
      m_group(new QComboBox(this)),
      m_errorLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    if (debtorId > 0)
        m_debtor = DebtorService::require(context.db(), debtorId);
    setWindowTitle(debtorId > 0 ? tr("Debtor %1").arg(debtorId) : tr("New debtor"));

    auto* form = new QFormLayout;
    for (const FieldInfo& f : fields) {
        auto* edit = new QLineEdit(this);
        m_edits.insert(QLatin1String(f.name), edit);
        m_errors->bind(QLatin1String(f.name), edit);
        form->addRow(QCoreApplication::translate("skranke::DebtorDialog", f.label), edit);
    }
    m_edits.value(QStringLiteral("id"))->setPlaceholderText(tr("next free ID"));
    m_edits.value(QStringLiteral("id"))->setReadOnly(debtorId > 0);
    m_language->addItem(tr("The company's language"), QString());
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("Norsk bokmål"), QStringLiteral("nb"));
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_termsKind->addItem(tr("days net"), QStringLiteral("net"));
    m_termsKind->addItem(tr("days after the end of the month"), QStringLiteral("end_of_month"));
    m_termsDays->setRange(0, 365);
    auto* terms = new QHBoxLayout;
    terms->addWidget(m_termsDays);
    terms->addWidget(m_termsKind, 1);
    m_group->addItem(tr("(no group)"), qlonglong(0));
    for (const DebtorGroup& g : DebtorService::groups(context.db()))
        m_group->addItem(g.name, qlonglong(g.id));
    m_errors->bind(QStringLiteral("language"), m_language);
    m_errors->bind(QStringLiteral("terms_days"), m_termsDays);
    m_errors->bind(QStringLiteral("group"), m_group);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_business);
    form->addRow(buddyLabel(tr("Payment &terms:"), m_termsDays), terms);
    form->addRow(tr("G&roup:"), m_group);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DebtorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DebtorDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    load();
}

DebtorDialog::~DebtorDialog() = default;

void DebtorDialog::load() {
    if (m_debtor.id > 0)
        m_edits.value(QStringLiteral("id"))->setText(QString::number(m_debtor.id));
    for (const FieldInfo& f : fields)
        if (f.member)
            m_edits.value(QLatin1String(f.name))->setText(m_debtor.*f.member);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_debtor.language)));
    m_business->setChecked(m_debtor.business);
    m_termsKind->setCurrentIndex(m_debtor.terms.kind == PaymentTerms::Kind::Net ? 0 : 1);
    m_termsDays->setValue(m_debtor.terms.days);
    m_group->setCurrentIndex(std::max(0, m_group->findData(qlonglong(m_debtor.groupId))));
}

Debtor DebtorDialog::fromForm() const {
    Debtor d = m_debtor;
    for (const FieldInfo& f : fields)
        if (f.member)
            d.*f.member = m_edits.value(QLatin1String(f.name))->text();
    d.language = m_language->currentData().toString();
    d.business = m_business->isChecked();
    d.terms.kind =
        m_termsKind->currentIndex() == 0 ? PaymentTerms::Kind::Net : PaymentTerms::Kind::EndOfMonth;
    d.terms.days = m_termsDays->value();
    d.groupId = m_group->currentData().toLongLong();
    return d;
}

void DebtorDialog::accept() {
    Debtor d = fromForm();
    try {
        if (m_debtor.id == 0) {
            const QString idText = m_edits.value(QStringLiteral("id"))->text().trimmed();
            if (!idText.isEmpty()) {
                bool ok = false;
                d.id = idText.toLongLong(&ok);
                if (!ok || d.id <= 0)
                    throw Error::invalid(QStringLiteral("id"),
                                         tr("The ID must be a positive number."));
            }
            m_debtor = DebtorService::create(m_context.session(), d);
        } else {
            m_debtor = DebtorService::edit(m_context.session(), d);
        }
    } catch (const Error& e) {
        m_errors->show(e);
        return;
    }
    QDialog::accept();
}

}  // namespace skranke
