#include "core/money/cashrounding.h"

#include "core/store/error.h"

#include <QCoreApplication>

namespace skranke {

CashRounding roundCash(const Money& amount, std::int64_t increment) {
    if (increment <= 0)
        throw Error::invalid(
            QStringLiteral("increment"),
            QCoreApplication::translate("skranke::Money",
                                        "The cash rounding step must be more than zero."));
    const std::int64_t steps =
        roundToMinor(Rational(amount.minor(), increment), Rounding::HalfAwayFromZero, "cash");
    const Money rounded = Money(steps, amount.currency()) * increment;
    return {rounded, rounded - amount};
}

}  // namespace skranke
