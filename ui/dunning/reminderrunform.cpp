#include "ui/dunning/reminderrunform.h"

#include "core/company/companyservice.h"
#include "core/dunning/dunninglaw.h"
#include "core/dunning/dunningsettings.h"
#include "core/store/database.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"
#include "ui/widgets/moneyedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace skranke {

namespace {

Currency currencyOf(Database& db) {
    return Currency::fromCode(CompanyService::rules(db).currency);
}

QSpinBox* spin(int min, int max, int value, QWidget* parent) {
    auto* s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setValue(value);
    return s;
}

QDateEdit* dateEdit(QWidget* parent) {
    auto* d = new QDateEdit(parent);
    d->setCalendarPopup(true);
    return d;
}

// "1,75" in Danish: the exact percentage with the locale's decimal point.
QString localPercent(const Rate& rate) {
    return rate.toPercentString().replace(u'.', QLocale().decimalPoint());
}

}  // namespace

ReminderRunForm::ReminderRunForm(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_level(new QComboBox(this)),
      m_from(spin(0, 999'999'999, 0, this)),
      m_to(spin(0, 999'999'999, 0, this)),
      m_toDate(dateEdit(this)),
      m_respite(spin(0, 60, 3, this)),
      m_till(new QComboBox(this)),
      m_date(dateEdit(this)),
      m_terms(spin(10, 90, 10, this)),
      m_minBalance(new MoneyEdit(currencyOf(context.db()), QStringLiteral("min_balance"), this)),
      m_fee(new MoneyEdit(currencyOf(context.db()), QStringLiteral("fee"), this)),
      m_compensation(new QCheckBox(tr("Charge &compensation to business debtors"), this)),
      m_rate(new QLineEdit(this)),
      m_mode(new QComboBox(this)),
      m_minInterest(new MoneyEdit(currencyOf(context.db()), QStringLiteral("min_interest"), this)),
      m_reference(new QLabel(this)) {
    for (int level = 1; level <= 3; ++level)
        m_level->addItem(tr("Reminder %1").arg(level), level);
    for (QSpinBox* s : {m_from, m_to})
        s->setSpecialValueText(tr("any"));
    m_mode->addItem(tr("Per started month"), int(InterestCalculator::Mode::StartedMonth));
    m_mode->addItem(tr("Exact days (actual/365)"), int(InterestCalculator::Mode::ExactDays));
    m_rate->setPlaceholderText(
        tr("e.g. %1").arg(QStringLiteral("0") + QLocale().decimalPoint() + QStringLiteral("8")));
    const DunningLaw law = DunningLaw::forCountry(CompanyService::require(context.db()).country);
    m_fee->setValue(law.maxReminderFee);
    m_fee->setToolTip(tr("At most %1 a reminder under the law.")
                          .arg(law.maxReminderFee.formatWithCurrency(QLocale())));
    m_minBalance->setValue(Money::zero(currencyOf(context.db())));
    m_minInterest->setValue(Money::zero(currencyOf(context.db())));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(whichInvoices(), 1);
    layout->addWidget(theReminder(), 1);
    layout->addWidget(theInterest(), 1);
    for (QSpinBox* s : {m_from, m_to, m_respite, m_terms})
        connect(s, &QSpinBox::valueChanged, this, &ReminderRunForm::changed);
    for (QComboBox* c : {m_level, m_till, m_mode})
        connect(c, &QComboBox::currentIndexChanged, this, &ReminderRunForm::changed);
    for (QDateEdit* d : {m_toDate, m_date})
        connect(d, &QDateEdit::dateChanged, this, &ReminderRunForm::changed);
    for (QLineEdit* e : {static_cast<QLineEdit*>(m_minBalance), static_cast<QLineEdit*>(m_fee),
                         m_rate, static_cast<QLineEdit*>(m_minInterest)})
        connect(e, &QLineEdit::textEdited, this, &ReminderRunForm::changed);
    connect(m_compensation, &QCheckBox::toggled, this, &ReminderRunForm::changed);
    refresh();
}

QWidget* ReminderRunForm::whichInvoices() {
    auto* box = new QGroupBox(tr("Which invoices"), this);
    auto* form = new QFormLayout(box);
    form->addRow(tr("Reminder &number:"), m_level);
    auto* range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), box));
    range->addWidget(m_to);
    form->addRow(tr("Debtor ID from:"), range);
    form->addRow(tr("&Due up to:"), m_toDate);
    form->addRow(tr("&Respite (days):"), m_respite);
    form->addRow(tr("&Till:"), m_till);
    return box;
}

QWidget* ReminderRunForm::theReminder() {
    auto* box = new QGroupBox(tr("Reminder and fees"), this);
    auto* form = new QFormLayout(box);
    form->addRow(tr("Reminder &date:"), m_date);
    form->addRow(tr("Days to &pay:"), m_terms);
    form->addRow(tr("&Minimum balance:"), m_minBalance);
    form->addRow(tr("Reminder &fee:"), m_fee);
    form->addRow(m_compensation);
    return box;
}

QWidget* ReminderRunForm::theInterest() {
    auto* box = new QGroupBox(tr("Interest"), this);
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Rate a month (%):"), m_rate);
    form->addRow(tr("&Calculation:"), m_mode);
    form->addRow(tr("Minimum &interest:"), m_minInterest);
    m_reference->setWordWrap(true);
    form->addRow(m_reference);
    return box;
}

void ReminderRunForm::refresh() {
    Database& db = m_context.db();
    const QDate today =
        Dates::localDate(m_context.clock().nowMs(), CompanyService::require(db).timeZone);
    if (!m_date->date().isValid() || m_date->date() == QDate(2000, 1, 1)) {
        m_date->setDate(today);
        m_toDate->setDate(today.addDays(-1));
    }
    // Refilled quietly: coming back to the page must not throw away an
    // overview for the same parameters.
    const QString till = m_till->currentData().toString();
    {
        const QSignalBlocker quiet(m_till);
        m_till->clear();
        m_till->addItem(tr("All tills"), QString());
        auto st = db.prepare(
            "SELECT DISTINCT till_ref FROM invoice WHERE till_ref <> '' ORDER BY till_ref "
            "LIMIT 200");
        while (st.step())
            m_till->addItem(st.text(0), st.text(0));
        m_till->setCurrentIndex(std::max(0, m_till->findData(till)));
    }
    if (m_till->currentData().toString() != till)
        Q_EMIT changed();
    m_reference->setText(
        tr("Reference rate: %1 % a year. The law allows it plus %2 points; change it under "
           "Settings → Invoicing.")
            .arg(localPercent(DunningSettings::referenceRate(db)),
                 localPercent(DunningLaw::forCountry(CompanyService::require(db).country)
                                  .maxInterestAboveReference)));
}

ReminderRun::Params ReminderRunForm::params() const {
    Database& db = m_context.db();
    ReminderRun::Params p;
    p.level = m_level->currentData().toInt();
    p.debtorFrom = m_from->value();
    p.debtorTo = m_to->value();
    p.toDate = m_toDate->date();
    p.respiteDays = m_respite->value();
    p.tillRef = m_till->currentData().toString();
    p.runDate = m_date->date();
    p.termsDays = m_terms->value();
    p.minBalance = m_minBalance->value();
    p.fee = m_fee->value();
    p.compensation = m_compensation->isChecked();
    const QString rate = m_rate->text().trimmed();
    p.interestPerMonth =
        rate.isEmpty() ? Rate() : Rate::parsePercent(rate, QStringLiteral("interest_rate"));
    p.interestMode = InterestCalculator::Mode(m_mode->currentData().toInt());
    p.minInterest = m_minInterest->value();
    p.referenceRatePerYear = DunningSettings::referenceRate(db);
    return p;
}

void ReminderRunForm::bindErrors(FormErrors& errors) const {
    errors.bind(QStringLiteral("level"), m_level);
    errors.bind(QStringLiteral("to_date"), m_toDate);
    errors.bind(QStringLiteral("respite"), m_respite);
    errors.bind(QStringLiteral("till"), m_till);
    errors.bind(QStringLiteral("date"), m_date);
    errors.bind(QStringLiteral("terms_days"), m_terms);
    errors.bind(QStringLiteral("min_balance"), m_minBalance);
    errors.bind(QStringLiteral("fee"), m_fee);
    errors.bind(QStringLiteral("interest_rate"), m_rate);
    errors.bind(QStringLiteral("min_interest"), m_minInterest);
}

void ReminderRunForm::setDebtorRange(std::int64_t from, std::int64_t to) {
    m_from->setValue(int(from));
    m_to->setValue(int(to));
}

}  // namespace skranke
