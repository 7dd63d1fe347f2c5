#pragma once

#include "core/money/money.h"
#include "core/money/rate.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace skranke {

// The law on reminders as country rules. These are the most a reminder run
// may charge; a manager may choose less, never more.
struct DunningLaw {
    QString country;
    Money maxReminderFee;            // per reminder
    int maxFeeReminders = 3;         // fee-bearing reminders per claim
    int minDaysBetween = 10;         // between fee-bearing reminders
    Money compensation;              // business debtors, once per claim (0: none)
    Rate maxInterestAboveReference;  // percentage points a year above the reference rate

    static DunningLaw forCountry(const QString& country);
};

// What one fee-bearing reminder on one claim would be, checked against the law.
class DunningRules final {
    Q_DECLARE_TR_FUNCTIONS(skranke::DunningRules)
public:
    struct ClaimHistory {
        int feeReminders = 0;  // fee-bearing reminders sent on this claim so far
        QDate lastReminder;    // invalid when none
        bool compensationCharged = false;
    };

    // Throws Error::invalid naming the field when a run's parameters exceed
    // the law: fee (field "fee"), rate per month (field "interest_rate").
    static void checkParameters(const DunningLaw& law, const Money& fee, const Rate& ratePerMonth,
                                const Rate& referenceRatePerYear);

    // Why this claim may not get a fee-bearing reminder on `date`, or empty.
    static QString refusal(const DunningLaw& law, const ClaimHistory& history, bool feesAllowed,
                           const QDate& date);
    // Whether a business debtor's claim gets the compensation fee now.
    static bool compensationDue(const DunningLaw& law, const ClaimHistory& history, bool business);
};

}  // namespace skranke
