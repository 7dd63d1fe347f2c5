#include "core/time/clockfactory.h"

#include "core/store/error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace skranke {

std::unique_ptr<Clock> ClockFactory::fromEnvironment() {
    const QString now = qEnvironmentVariable("SKRANKE_NOW");
    if (now.isEmpty())
        return std::make_unique<SystemClock>();
    return std::make_unique<FixedClock>(parseInstant(now, QStringLiteral("SKRANKE_NOW")));
}

std::int64_t ClockFactory::parseInstant(const QString& text, const QString& field) {
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})?$"));
    const auto m = pattern.match(text.trimmed());
    const QDate date = m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
    const QTime time = m.hasMatch() ? QTime(m.captured(2).toInt(), m.captured(3).toInt(),
                                            m.captured(4).isEmpty() ? 0 : m.captured(4).toInt())
                                    : QTime();
    if (!date.isValid() || !time.isValid())
        throw Error::invalid(field, QCoreApplication::translate(
                                        "skranke::ClockFactory",
                                        "%1 must be a time like 2026-01-31T09:30, not \"%2\".")
                                        .arg(field, text));
    int offsetSeconds = 0;
    const QString zone = m.captured(5);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        offsetSeconds = (zone.mid(1, 2).toInt() * 60 + zone.mid(4, 2).toInt()) * 60;
        if (zone.startsWith(QLatin1Char('-')))
            offsetSeconds = -offsetSeconds;
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toMSecsSinceEpoch();
}

}  // namespace skranke
