#pragma once

#include "core/money/rounding.h"

#include <QString>

namespace skranke {

// An exact rate (VAT, interest, a share), kept as a fraction: 25 % is 1/4,
// 12.5 % is 1/8. Never a floating-point number.
class Rate final {
public:
    Rate() = default;
    explicit Rate(Rational value) : m_value(std::move(value)) {}

    // "25", "12.5", "2,5" (percent). Throws Error::invalid(field) on bad text.
    static Rate percent(const QString& text, const QString& field = QStringLiteral("rate"));
    static Rate fromRational(std::int64_t numerator, std::int64_t denominator);

    const Rational& value() const { return m_value; }
    bool isZero() const { return m_value == 0; }
    bool isNegative() const { return m_value < 0; }
    // "25", "12.5"; exact (a rate with no finite decimal form gives up to 6 places).
    QString toPercentString() const;

    auto operator<=>(const Rate& o) const {
        return m_value < o.m_value   ? std::strong_ordering::less
               : m_value > o.m_value ? std::strong_ordering::greater
                                     : std::strong_ordering::equal;
    }
    bool operator==(const Rate& o) const { return m_value == o.m_value; }

private:
    Rational m_value{0};
};

}  // namespace skranke
