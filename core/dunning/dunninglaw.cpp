#include "core/dunning/dunninglaw.h"

#include "core/store/error.h"

namespace skranke {

DunningLaw DunningLaw::forCountry(const QString& country) {
    auto money = [&](const char* code, std::int64_t minor) {
        return Money(minor, Currency::fromCode(QLatin1String(code)));
    };
    if (country == QLatin1String("NO"))
        // Inkassoforskriften § 1-2: a reminder fee (purregebyr) is at most 1/10 of
        // the inkassosats (700 kr → 70 kr); inkassoloven § 9: the reminder gives
        // at least 14 days; forsinkelsesrenteloven: the rate is set by the
        // Ministry (the base rate + 8 points).
        return {country, money("NOK", 7000), 3,
                14,      money("NOK", 0),    Rate::percent(QStringLiteral("8"))};
    if (country == QLatin1String("SE"))
        // Lag (1981:739) + förordning (1981:1057): påminnelseavgift 60 kr; lag
        // (2013:30) om förseningsersättning: 450 kr from businesses;
        // räntelagen § 6: the reference rate + 8 points.
        return {country, money("SEK", 6000),  3,
                10,      money("SEK", 45000), Rate::percent(QStringLiteral("8"))};
    // Denmark, renteloven: § 9 b — at most 100 kr per reminder, at most three
    // fee-bearing reminders per claim, at least 10 days apart; § 9 b stk. 4 —
    // 310 kr compensation from business debtors, once per claim; § 5 — interest
    // at most the reference rate + 8 percentage points a year.
    return {QStringLiteral("DK"),
            money("DKK", 10000),
            3,
            10,
            money("DKK", 31000),
            Rate::percent(QStringLiteral("8"))};
}

void DunningRules::checkParameters(const DunningLaw& law, const Money& fee,
                                   const Rate& ratePerMonth, const Rate& referenceRatePerYear) {
    if (fee.isNegative())
        throw Error::invalid(QStringLiteral("fee"), tr("The reminder fee cannot be negative."));
    if (fee > law.maxReminderFee)
        throw Error::invalid(
            QStringLiteral("fee"),
            tr("A reminder fee of %1 is more than the law allows in %2 (%3).")
                .arg(fee.toDecimalString(), law.country, law.maxReminderFee.toDecimalString()));
    if (ratePerMonth.isNegative())
        throw Error::invalid(QStringLiteral("interest_rate"),
                             tr("The interest rate cannot be negative."));
    const Rational perYear = ratePerMonth.value() * 12;
    const Rational cap = referenceRatePerYear.value() + law.maxInterestAboveReference.value();
    if (perYear > cap)
        throw Error::invalid(
            QStringLiteral("interest_rate"),
            tr("%1 % a month is %2 % a year, more than the reference rate + %3 "
               "points (%4 % a year) the law allows.")
                .arg(ratePerMonth.toPercentString(), Rate(perYear).toPercentString(),
                     law.maxInterestAboveReference.toPercentString(), Rate(cap).toPercentString()));
}

QString DunningRules::refusal(const DunningLaw& law, const ClaimHistory& h, bool feesAllowed,
                              const QDate& date) {
    if (!feesAllowed)
        return tr("the invoice did not say that fees may be charged");
    if (h.feeReminders >= law.maxFeeReminders)
        return tr("%1 fee-bearing reminders were already sent on this claim").arg(h.feeReminders);
    if (h.lastReminder.isValid() && h.lastReminder.daysTo(date) < law.minDaysBetween)
        return tr("the last reminder was only %1 days ago (at least %2)")
            .arg(h.lastReminder.daysTo(date))
            .arg(law.minDaysBetween);
    return {};
}

bool DunningRules::compensationDue(const DunningLaw& law, const ClaimHistory& h, bool business) {
    return business && !h.compensationCharged && law.compensation.isPositive();
}

}  // namespace skranke
