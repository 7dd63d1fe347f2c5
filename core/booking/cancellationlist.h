#pragma once

#include "core/booking/cancellation.h"
#include "core/catalog/product.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <vector>

namespace skranke {

class CsvWriter;
class Database;

// The cancellations made on the local days from `from` to `to` (inclusive,
// in the company's time zone), oldest first: what a manager prints for the
// week, with the reasons and fees.
class CancellationList final {
    Q_DECLARE_TR_FUNCTIONS(skranke::CancellationList)
public:
    // The most days one list spans, so a screen never loads unbounded data.
    static constexpr int MaxDays = 366;

    struct Line {
        Cancellation cancellation;
        QDateTime cancelledAt;  // in the company's time zone
        std::int64_t customerId = 0;
        QString customer;  // the booking's customer, empty when it has none
        QString product;
        ProductKind kind = ProductKind::Accommodation;
        QString user;      // the staff user's name, else the login recorded
        QString waivedBy;  // who waived the fee: name, else login; empty when none
    };
    struct Totals {
        int count = 0;
        std::int64_t units = 0;
        Money fees;       // charged
        Money suggested;  // before any were waived
    };
    struct Result {
        QDate from;
        QDate to;
        std::vector<Line> lines;
        Totals totals;
    };

    // Throws Error::invalid naming "from" or "to" for a missing date, a `to`
    // before `from` or more than MaxDays days.
    static void check(const QDate& from, const QDate& to);
    static Result load(Database& db, const QDate& from, const QDate& to);
    // The instants [first, end) in ms UTC that the local days span in the zone.
    static std::pair<std::int64_t, std::int64_t> instants(const QDate& from, const QDate& to,
                                                          const QString& timeZone);
    // Monday to Sunday of the week `day` is in.
    static std::pair<QDate, QDate> weekOf(const QDate& day);

    // "20.03.2026 – 22.03.2026", "20.03.2026 10:00–12:00": the period in the
    // locale, with times for products booked by the hour.
    static QString period(const Line& line, const QLocale& locale);
    // The list as CSV: a header and a line per cancellation with the period
    // as two ISO columns and amounts as `locale` writes them (C: 1234.50).
    static QStringList csvHeader();
    static QStringList csvFields(const Line& line, const QLocale& locale);
    static void writeCsv(CsvWriter& csv, const Result& list, const QLocale& locale);
};

}  // namespace skranke
