#include "core/money/rounding.h"

#include "core/store/error.h"

#include <QCoreApplication>
#include <limits>

namespace skranke {

using boost::multiprecision::cpp_int;

std::int64_t roundToMinor(const Rational& value, Rounding mode, const char* point) {
    const cpp_int num = boost::multiprecision::numerator(value);
    const cpp_int den = boost::multiprecision::denominator(value);  // always > 0
    cpp_int q = num / den;                                          // truncates toward zero
    const cpp_int r = num % den;
    if (r != 0) {
        switch (mode) {
            case Rounding::Never:
                throw Error(ErrorCode::InvalidInput,
                            QCoreApplication::translate("skranke::Money",
                                                        "The amount would need rounding at %1.")
                                .arg(QLatin1String(point)));
            case Rounding::TowardZero:
                break;
            case Rounding::HalfAwayFromZero: {
                const cpp_int twice = (r < 0 ? -r : r) * 2;
                if (twice >= den)
                    q += num < 0 ? -1 : 1;
                break;
            }
        }
    }
    if (q > std::numeric_limits<std::int64_t>::max() ||
        q < std::numeric_limits<std::int64_t>::min())
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("skranke::Money", "The amount is too large."));
    return q.convert_to<std::int64_t>();
}

}  // namespace skranke
