#include "core/dunning/interestcalculator.h"

namespace skranke {

int InterestCalculator::daysLate(const QDate& dueDate, const QDate& until) {
    return std::max<qint64>(0, dueDate.daysTo(until));
}

int InterestCalculator::startedMonths(const QDate& dueDate, const QDate& until) {
    if (daysLate(dueDate, until) == 0)
        return 0;
    const QDate first = dueDate.addDays(1);
    int months = 1;
    // addMonths keeps the day, or takes the month's last day when it is shorter.
    while (first.addMonths(months) <= until)
        ++months;
    return months;
}

Money InterestCalculator::interest(const Money& open, const Rate& ratePerMonth, Mode mode,
                                   const QDate& dueDate, const QDate& until) {
    if (!open.isPositive())
        return Money::zero(open.currency());
    Rational factor;
    if (mode == Mode::StartedMonth)
        factor = ratePerMonth.value() * startedMonths(dueDate, until);
    else
        factor = ratePerMonth.value() * 12 * daysLate(dueDate, until) / 365;
    return open.times(factor, Rounding::HalfAwayFromZero, "interest");
}

}  // namespace skranke
