#pragma once

#include "core/catalog/product.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <cstdint>

namespace skranke {

// Booking rows keep local wall-clock minutes since 1970-01-01, with no time
// zone: a night product is booked from arrival 00:00 to departure 00:00 (so
// the departure day is free again), a time product to the minute.
class BookingTime final {
    Q_DECLARE_TR_FUNCTIONS(skranke::BookingTime)
public:
    static constexpr std::int64_t MinutesPerDay = 24 * 60;

    static std::int64_t fromDate(const QDate& date);
    static std::int64_t fromDateTime(const QDateTime& local);
    static QDate date(std::int64_t minute);
    static QDateTime dateTime(std::int64_t minute);  // local, no time zone
    static int minuteOfDay(std::int64_t minute);

    // Whether a product of the kind is booked to the minute (rentals, time
    // slots, events) rather than by night.
    static bool usesTime(ProductKind kind);
    // "2026-11-23" for night products, "2026-11-23T10:00" for time products.
    static QString format(std::int64_t minute, ProductKind kind);
    // Accepts "YYYY-MM-DD" (00:00) and "YYYY-MM-DDTHH:MM" (or a space for
    // the T); a night product takes dates only. Throws Error::invalid(field).
    static std::int64_t parse(const QString& text, ProductKind kind, const QString& field);

    // The time units a row is priced in: nights for night products, started
    // hours for rentals and time slots, 1 for events.
    static std::int64_t lengthUnits(ProductKind kind, std::int64_t start, std::int64_t end);
    // The length of one priced unit in minutes: a day or an hour.
    static std::int64_t unitLength(ProductKind kind);
};

}  // namespace skranke
