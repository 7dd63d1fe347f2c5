#include "core/time/dates.h"

#include "core/store/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace skranke {

QDate Dates::parse(const QString& text, const QString& field) {
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = iso.match(text.trimmed()).hasMatch()
                        ? QDate::fromString(text.trimmed(), Qt::ISODate)
                        : QDate();
    if (!d.isValid())
        throw Error::invalid(field, QCoreApplication::translate(
                                        "skranke::Dates", "\"%1\" is not a date like 2026-01-31.")
                                        .arg(text));
    return d;
}

QDate Dates::localDate(std::int64_t unixMs, const QString& timeZone) {
    QTimeZone zone(timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    return QDateTime::fromMSecsSinceEpoch(unixMs, zone).date();
}

}  // namespace skranke
