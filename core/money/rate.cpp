#include "core/money/rate.h"

#include "core/money/decimaltext.h"
#include "core/store/error.h"

#include <QCoreApplication>

namespace skranke {

using boost::multiprecision::cpp_int;

Rate Rate::percent(const QString& text, const QString& field) {
    // Either separator: rates are typed as "12.5" and "12,5" alike.
    QString normalized = text.trimmed();
    normalized.replace(QLatin1Char(','), QLatin1Char('.'));
    if (normalized.endsWith(QLatin1Char('%')))
        normalized = normalized.chopped(1).trimmed();
    DecimalText d;
    QString problem;
    if (normalized.contains(QLatin1Char(' ')) ||
        !DecimalText::parse(normalized, QLocale::c(), d, problem) || d.scale > 9)
        throw Error::invalid(
            field, QCoreApplication::translate("skranke::Money", "\"%1\" is not a percentage (%2).")
                       .arg(text, problem.isEmpty() ? QCoreApplication::translate(
                                                          "skranke::Money", "too many decimals")
                                                    : problem));
    cpp_int den = 100;
    for (int i = 0; i < d.scale; ++i)
        den *= 10;
    return Rate(Rational(d.digits, den));
}

Rate Rate::fromRational(std::int64_t numerator, std::int64_t denominator) {
    if (denominator == 0)
        throw Error::invalid(QStringLiteral("rate"), QStringLiteral("zero denominator"));
    return Rate(Rational(cpp_int(numerator), cpp_int(denominator)));
}

QString Rate::toPercentString() const {
    const Rational pct = m_value * 100;
    cpp_int num = boost::multiprecision::numerator(pct);
    const cpp_int den = boost::multiprecision::denominator(pct);
    const bool negative = num < 0;
    if (negative)
        num = -num;
    QString out = QString::fromStdString(cpp_int(num / den).str());
    cpp_int rest = num % den;
    if (rest != 0) {
        out += QLatin1Char('.');
        for (int i = 0; i < 6 && rest != 0; ++i) {
            rest *= 10;
            out += QString::fromStdString(cpp_int(rest / den).str());
            rest %= den;
        }
    }
    return negative ? QLatin1Char('-') + out : out;
}

}  // namespace skranke
