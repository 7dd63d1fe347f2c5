#include "core/booking/bookingtime.h"

#include "core/store/error.h"

#include <QRegularExpression>

namespace skranke {

namespace {

const QDate epoch(1970, 1, 1);

}  // namespace

std::int64_t BookingTime::fromDate(const QDate& date) {
    return epoch.daysTo(date) * MinutesPerDay;
}

std::int64_t BookingTime::fromDateTime(const QDateTime& local) {
    return fromDate(local.date()) + local.time().hour() * 60 + local.time().minute();
}

QDate BookingTime::date(std::int64_t minute) {
    std::int64_t days = minute / MinutesPerDay;
    if (minute % MinutesPerDay < 0)
        --days;
    return epoch.addDays(days);
}

int BookingTime::minuteOfDay(std::int64_t minute) {
    const std::int64_t m = minute % MinutesPerDay;
    return int(m < 0 ? m + MinutesPerDay : m);
}

QDateTime BookingTime::dateTime(std::int64_t minute) {
    const int m = minuteOfDay(minute);
    return QDateTime(date(minute), QTime(m / 60, m % 60));
}

bool BookingTime::usesTime(ProductKind kind) {
    return kind == ProductKind::TimeSlot || kind == ProductKind::Rental ||
           kind == ProductKind::Event;
}

QString BookingTime::format(std::int64_t minute, ProductKind kind) {
    if (!usesTime(kind) && minuteOfDay(minute) == 0)
        return date(minute).toString(Qt::ISODate);
    return dateTime(minute).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"));
}

std::int64_t BookingTime::parse(const QString& text, ProductKind kind, const QString& field) {
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}):(\\d{2}))?$"));
    const auto match = pattern.match(text.trimmed());
    const QDate d = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    if (!d.isValid())
        throw Error::invalid(field,
                             usesTime(kind)
                                 ? tr("\"%1\" is not a date and time (YYYY-MM-DDTHH:MM).").arg(text)
                                 : tr("\"%1\" is not a date (YYYY-MM-DD).").arg(text));
    if (match.captured(2).isEmpty())
        return fromDate(d);
    if (!usesTime(kind))
        throw Error::invalid(field, tr("This product is booked by night: give a date without a "
                                       "time (\"%1\").")
                                        .arg(text));
    const int h = match.captured(2).toInt();
    const int m = match.captured(3).toInt();
    if (h > 23 || m > 59)
        throw Error::invalid(field, tr("\"%1\" is not a time of day.").arg(text));
    return fromDate(d) + h * 60 + m;
}

std::int64_t BookingTime::unitLength(ProductKind kind) {
    return usesTime(kind) ? 60 : MinutesPerDay;
}

std::int64_t BookingTime::lengthUnits(ProductKind kind, std::int64_t start, std::int64_t end) {
    if (kind == ProductKind::Event)
        return 1;
    const std::int64_t unit = unitLength(kind);
    return (end - start + unit - 1) / unit;
}

}  // namespace skranke
