#include "core/booking/booking.h"

#include "core/store/error.h"

#include <QStringList>

namespace skranke {

namespace {

struct StatusInfo {
    RowStatus status;
    const char* key;
    const char* name;
};
constexpr StatusInfo statuses[] = {
    {RowStatus::Reservation, "reservation", QT_TRANSLATE_NOOP("skranke::RowStatus", "Reservation")},
    {RowStatus::Final, "final", QT_TRANSLATE_NOOP("skranke::RowStatus", "Final")},
    {RowStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("skranke::RowStatus", "Cancelled")},
    {RowStatus::Waitlist, "waitlist", QT_TRANSLATE_NOOP("skranke::RowStatus", "Waitlist")},
    {RowStatus::LongTerm, "long_term", QT_TRANSLATE_NOOP("skranke::RowStatus", "Long-term rental")},
    {RowStatus::SelfBooking, "self_booking",
     QT_TRANSLATE_NOOP("skranke::RowStatus", "Self-booking")},
};

struct PurposeInfo {
    const char* key;
    const char* name;
};
constexpr PurposeInfo purposes[] = {
    {"leisure", QT_TRANSLATE_NOOP("skranke::Booking", "Leisure")},
    {"business", QT_TRANSLATE_NOOP("skranke::Booking", "Business")},
    {"group", QT_TRANSLATE_NOOP("skranke::Booking", "Group")},
    {"school", QT_TRANSLATE_NOOP("skranke::Booking", "School or institution")},
    {"other", QT_TRANSLATE_NOOP("skranke::Booking", "Other")},
};

}  // namespace

QString rowStatusKey(RowStatus status) {
    for (const StatusInfo& s : statuses)
        if (s.status == status)
            return QString::fromLatin1(s.key);
    return {};
}

RowStatus rowStatusFromKey(const QString& key) {
    for (const StatusInfo& s : statuses)
        if (key == QLatin1String(s.key))
            return s.status;
    throw Error::invalid(QStringLiteral("status"),
                         QCoreApplication::translate("skranke::RowStatus",
                                                     "\"%1\" is not a booking status (reservation, "
                                                     "final, cancelled, waitlist, long_term, "
                                                     "self_booking).")
                             .arg(key));
}

QString rowStatusName(RowStatus status) {
    for (const StatusInfo& s : statuses)
        if (s.status == status)
            return QCoreApplication::translate("skranke::RowStatus", s.name);
    return {};
}

QString guestsToText(const Guests& guests) {
    QStringList parts;
    for (const auto& [key, count] : guests)
        if (count > 0)
            parts << QStringLiteral("%1:%2").arg(key).arg(count);
    return parts.join(QLatin1Char(','));
}

Guests guestsFromText(const QString& text) {
    Guests guests;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = part.trimmed().split(QLatin1Char(':'));
        bool ok = false;
        const int count = kv.size() == 2 ? kv[1].trimmed().toInt(&ok) : 0;
        if (!ok || count < 0 || kv[0].trimmed().isEmpty())
            throw Error::invalid(
                QStringLiteral("guests"),
                QCoreApplication::translate("skranke::Booking",
                                            "\"%1\" is not a guest count (category:number, for "
                                            "example adult:2,child:1).")
                    .arg(part));
        guests[kv[0].trimmed().toLower()] += count;
    }
    return guests;
}

QStringList bookingPurposeKeys() {
    QStringList keys;
    for (const PurposeInfo& p : purposes)
        keys << QString::fromLatin1(p.key);
    return keys;
}

QString bookingPurposeName(const QString& key) {
    for (const PurposeInfo& p : purposes)
        if (key == QLatin1String(p.key))
            return QCoreApplication::translate("skranke::Booking", p.name);
    return key;
}

}  // namespace skranke
