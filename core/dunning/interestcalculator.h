#pragma once

#include "core/money/money.h"
#include "core/money/rate.h"

#include <QDate>

namespace skranke {

// Late-payment interest on an open amount from the day after the due date
// up to and including the calculation date.
//
// Day-count conventions (documented in the README too):
// - StartedMonth: every started month counts as a whole month. Months are
//   counted from the day after the due date; the same day of the following
//   month (or the month's last day when it is shorter) starts the next one.
//   Interest = amount × monthly rate × months.
// - ExactDays: actual/365. Interest = amount × monthly rate × 12 × days / 365,
//   the same in leap years (365 days, not 366, as Danish and Swedish banks
//   quote annual rates).
// The product is rounded once, half away from zero ("interest").
class InterestCalculator final {
public:
    enum class Mode { StartedMonth, ExactDays };

    static int daysLate(const QDate& dueDate, const QDate& until);
    static int startedMonths(const QDate& dueDate, const QDate& until);
    static Money interest(const Money& open, const Rate& ratePerMonth, Mode mode,
                          const QDate& dueDate, const QDate& until);
};

}  // namespace skranke
