#include "core/dunning/reminderwording.h"

#include "core/company/companyservice.h"
#include "core/i18n/language.h"

#include <QStringList>

namespace skranke {

ReminderWording::ReminderWording(Database& db, const ReminderRun::Params& params)
    : m_db(db), m_params(params), m_companyName(CompanyService::require(db).name) {
}

QHash<QString, QString> ReminderWording::values(const ReminderRun::Proposal& d, std::int64_t number,
                                                const QDate& due) const {
    const QLocale locale = localeForLanguage(d.language);
    QStringList invoices;
    for (const ReminderRun::Claim& claim : d.claims)
        invoices << QString::number(claim.number);
    return {
        {QStringLiteral("debtor.name"), d.name},
        {QStringLiteral("debtor.number"), QString::number(d.debtorId)},
        {QStringLiteral("company.name"), m_companyName},
        {QStringLiteral("reminder.number"), QString::number(number)},
        {QStringLiteral("reminder.date"), locale.toString(m_params.runDate, QLocale::ShortFormat)},
        {QStringLiteral("level"), QString::number(m_params.level)},
        {QStringLiteral("invoices"), invoices.join(QStringLiteral(", "))},
        {QStringLiteral("claims"), d.claimsTotal.formatWithCurrency(locale)},
        {QStringLiteral("fee"), d.fee.formatWithCurrency(locale)},
        {QStringLiteral("compensation"), d.compensation.formatWithCurrency(locale)},
        {QStringLiteral("interest"), d.interest.formatWithCurrency(locale)},
        {QStringLiteral("interest_rate"),
         m_params.interestPerMonth.toPercentString().replace(u'.', locale.decimalPoint())},
        {QStringLiteral("total"), d.total.formatWithCurrency(locale)},
        {QStringLiteral("due_date"), locale.toString(due, QLocale::ShortFormat)},
    };
}

ReminderTexts ReminderWording::render(const ReminderRun::Proposal& d, std::int64_t number,
                                      const QDate& due) const {
    auto it = m_texts.find(d.language);
    if (it == m_texts.end()) {
        ReminderTexts texts = ReminderTextStore::load(m_db, m_params.level, d.language);
        if (!m_params.emailSubject.isEmpty())
            texts.emailSubject = m_params.emailSubject;
        if (!m_params.emailBody.isEmpty())
            texts.emailBody = m_params.emailBody;
        it = m_texts.insert(d.language, texts);
    }
    const QHash<QString, QString> v = values(d, number, due);
    const ReminderTexts& t = *it;
    return ReminderTexts{ReminderTemplate::render(t.heading, v),
                         ReminderTemplate::render(t.body, v),
                         ReminderTemplate::render(t.feeLine, v),
                         ReminderTemplate::render(t.compensationLine, v),
                         ReminderTemplate::render(t.interestLine, v),
                         ReminderTemplate::render(t.emailSubject, v),
                         ReminderTemplate::render(t.emailBody, v)};
}

}  // namespace skranke
