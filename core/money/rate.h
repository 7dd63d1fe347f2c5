#pragma once

#include "core/money/rounding.h"

#include <QString>
#include <compare>

namespace skranke {

// An exact rate (VAT, interest, a share), kept as a fraction: 25 % is 1/4,
// 12.5 % is 1/8. Never a floating-point number.
class Rate final {
public:
    Rate() = default;
    explicit Rate(Rational value) : m_value(std::move(value)) {}

    // "25", "12.5", "2,5", "-3" (percent, at most 9 decimals, an optional
    // trailing "%"). Signed, because stored rates and adjustments may be
    // negative. Throws Error::invalid(field) on text that is no percentage.
    static Rate percent(const QString& text, const QString& field = QStringLiteral("rate"));
    // The same for what a user types into a rate field, where a negative rate
    // is always a mistake: also throws Error::invalid(field) below zero.
    static Rate parsePercent(const QString& text, const QString& field);
    // numerator/denominator as a plain fraction (1, 4 is 25 %). Throws
    // Error::invalid("rate") on a zero denominator.
    static Rate fromRational(std::int64_t numerator, std::int64_t denominator);

    const Rational& value() const { return m_value; }
    bool isZero() const { return m_value == 0; }
    bool isNegative() const { return m_value < 0; }

    // "25", "12.5", "-0.125": exact whenever the percentage has a finite
    // decimal form, so that percent(toPercentString()) gives the rate back
    // (it is how rates are stored). Only a rate like 1/3 has none; it is
    // shown rounded half away from zero to 6 decimals ("33.333333").
    QString toPercentString() const;

    std::strong_ordering operator<=>(const Rate& o) const {
        return m_value < o.m_value   ? std::strong_ordering::less
               : m_value > o.m_value ? std::strong_ordering::greater
                                     : std::strong_ordering::equal;
    }
    bool operator==(const Rate& o) const { return m_value == o.m_value; }

private:
    Rational m_value{0};
};

}  // namespace skranke
