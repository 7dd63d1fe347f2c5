#include "core/money/rate.h"

#include "core/money/decimaltext.h"
#include "core/store/error.h"

#include <QCoreApplication>

namespace skranke {

using boost::multiprecision::cpp_int;

namespace {

class MoneyText {
    Q_DECLARE_TR_FUNCTIONS(skranke::Money)
};

// Stored rates are read back with percent(), so this bounds what can be stored.
constexpr int maxPercentDecimals = 9;
constexpr int shownDecimalsWhenInexact = 6;

cpp_int pow10(int n) {
    cpp_int p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

// Whether a fraction in lowest terms ends after finitely many decimals: only
// when its denominator has no prime factors other than 2 and 5.
bool terminates(cpp_int den) {
    while (den % 2 == 0)
        den /= 2;
    while (den % 5 == 0)
        den /= 5;
    return den == 1;
}

// absNum/den with `decimals` places, rounded half away from zero in the last
// place (exact when the fraction ends there), trailing zeros dropped.
QString decimalDigits(const cpp_int& absNum, const cpp_int& den, int decimals) {
    const cpp_int scale = pow10(decimals);
    cpp_int scaled = absNum * scale / den;
    if ((absNum * scale % den) * 2 >= den)
        scaled += 1;
    const QString whole = QString::fromStdString(cpp_int(scaled / scale).str());
    QString fraction = QString::fromStdString(cpp_int(scaled % scale).str());
    fraction = QString(decimals - fraction.size(), QLatin1Char('0')) + fraction;
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
}

}  // namespace

Rate Rate::percent(const QString& text, const QString& field) {
    // Either separator: rates are typed as "12.5" and "12,5" alike, and no
    // rate is large enough to need thousands separators.
    QString normalized = text.trimmed();
    normalized.replace(QLatin1Char(','), QLatin1Char('.'));
    if (normalized.endsWith(QLatin1Char('%')))
        normalized = normalized.chopped(1).trimmed();
    DecimalText d;
    QString problem;
    if (!DecimalText::parse(normalized, QLocale::c(), d, problem))
        throw Error::invalid(field,
                             MoneyText::tr("\"%1\" is not a percentage (%2).").arg(text, problem));
    if (d.scale > maxPercentDecimals)
        throw Error::invalid(field, MoneyText::tr("\"%1\" is not a percentage (%2).")
                                        .arg(text, MoneyText::tr("too many decimals")));
    return Rate(Rational(d.digits, 100 * pow10(d.scale)));
}

Rate Rate::parsePercent(const QString& text, const QString& field) {
    Rate rate = percent(text, field);
    if (rate.isNegative())
        throw Error::invalid(field, MoneyText::tr("A rate cannot be negative."));
    return rate;
}

Rate Rate::fromRational(std::int64_t numerator, std::int64_t denominator) {
    if (denominator == 0)
        throw Error::invalid(QStringLiteral("rate"),
                             MoneyText::tr("A rate cannot have zero as its denominator."));
    // Boost's cpp_rational refuses a negative denominator: move the sign up.
    const bool flip = denominator < 0;
    return Rate(Rational(flip ? -cpp_int(numerator) : cpp_int(numerator),
                         flip ? -cpp_int(denominator) : cpp_int(denominator)));
}

QString Rate::toPercentString() const {
    const Rational pct = m_value * 100;
    cpp_int num = boost::multiprecision::numerator(pct);
    const cpp_int den = boost::multiprecision::denominator(pct);
    const bool negative = num < 0;
    if (negative)
        num = -num;
    int decimals = shownDecimalsWhenInexact;
    if (terminates(den)) {
        // den = 2^a·5^b ends after max(a, b) decimals.
        decimals = 0;
        while (num * pow10(decimals) % den != 0)
            ++decimals;
    }
    const QString digits = decimalDigits(num, den, decimals);
    // A tiny negative rate shown as "0" should not read "-0".
    return negative && digits != QLatin1String("0") ? QLatin1Char('-') + digits : digits;
}

}  // namespace skranke
