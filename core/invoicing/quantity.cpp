#include "core/invoicing/quantity.h"

#include "core/money/decimaltext.h"
#include "core/store/error.h"

#include <QCoreApplication>

namespace skranke {

std::int64_t Quantity::parse(const QString& text, const QString& field) {
    QString normalized = text.trimmed();
    normalized.replace(QLatin1Char(','), QLatin1Char('.'));
    DecimalText d;
    QString problem;
    auto fail = [&](const QString& why) {
        return Error::invalid(
            field, QCoreApplication::translate("skranke::Quantity", "\"%1\" is not a quantity: %2.")
                       .arg(text, why));
    };
    if (normalized.contains(QLatin1Char(' ')) ||
        !DecimalText::parse(normalized, QLocale::c(), d, problem))
        throw fail(problem);
    if (d.scale > 3)
        throw fail(QCoreApplication::translate("skranke::Quantity", "at most three decimals"));
    boost::multiprecision::cpp_int milli = d.digits;
    for (int i = d.scale; i < 3; ++i)
        milli *= 10;
    if (milli <= 0)
        throw fail(QCoreApplication::translate("skranke::Quantity", "it must be more than 0"));
    if (milli > 1'000'000'000'000)
        throw fail(QCoreApplication::translate("skranke::Quantity", "it is too large"));
    return milli.convert_to<std::int64_t>();
}

QString Quantity::format(std::int64_t milli, const QLocale& locale) {
    // The sign written once, so that -0.5 (a returned half) is not "0,5".
    const std::int64_t magnitude = milli < 0 ? -milli : milli;
    QString out = (milli < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 1000);
    const std::int64_t frac = magnitude % 1000;
    if (frac != 0) {
        QString f = QStringLiteral("%1").arg(frac, 3, 10, QLatin1Char('0'));
        while (f.endsWith(QLatin1Char('0')))
            f.chop(1);
        out += locale.decimalPoint() + f;
    }
    return out;
}

}  // namespace skranke
