#include "core/booking/cancellationlist.h"

#include "core/booking/bookingtime.h"
#include "core/company/companyservice.h"
#include "core/export/csvwriter.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/time/dates.h"

#include <QTimeZone>
#include <cstring>

namespace skranke {

namespace {

QTimeZone zoneOf(const QString& timeZone) {
    QTimeZone zone(timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

}  // namespace

void CancellationList::check(const QDate& from, const QDate& to) {
    if (!from.isValid())
        throw Error::invalid(QStringLiteral("from"), tr("The first day is required."));
    if (!to.isValid())
        throw Error::invalid(QStringLiteral("to"), tr("The last day is required."));
    if (to < from)
        throw Error::invalid(QStringLiteral("to"), tr("The last day (%1) is before the first (%2).")
                                                       .arg(Dates::iso(to), Dates::iso(from)));
    if (from.daysTo(to) + 1 > MaxDays)
        throw Error::invalid(QStringLiteral("to"),
                             tr("A cancellation list spans at most %1 days; %2 to %3 is %4.")
                                 .arg(MaxDays)
                                 .arg(Dates::iso(from), Dates::iso(to))
                                 .arg(from.daysTo(to) + 1));
}

std::pair<std::int64_t, std::int64_t> CancellationList::instants(const QDate& from, const QDate& to,
                                                                 const QString& timeZone) {
    // startOfDay() knows the zone's rules, also on a day that starts in a gap.
    const QTimeZone zone = zoneOf(timeZone);
    return {from.startOfDay(zone).toMSecsSinceEpoch(),
            to.addDays(1).startOfDay(zone).toMSecsSinceEpoch()};
}

std::pair<QDate, QDate> CancellationList::weekOf(const QDate& day) {
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return {monday, monday.addDays(6)};
}

CancellationList::Result CancellationList::load(Database& db, const QDate& from, const QDate& to) {
    check(from, to);
    const CompanyProfile company = CompanyService::require(db);
    const QTimeZone zone = zoneOf(company.timeZone);
    const auto [first, end] = instants(from, to, company.timeZone);
    const Currency currency = Currency::fromCode(CompanyService::rules(db).currency);

    // The extra columns come first so CancellationStore::read() reads the
    // rest at an offset; the time index finds the interval.
    constexpr int extra = 6;
    const char* storeColumns = CancellationStore::select + std::strlen("SELECT ");
    auto st =
        db.prepare(std::string("SELECT ifnull(cu.id, 0), ifnull(cu.name, ''), p.name, p.kind, "
                               "ifnull(u.display_name, c.cancelled_by), "
                               "ifnull(w.display_name, ifnull(c.waived_by, '')), ") +
                   storeColumns +
                   "JOIN booking b ON b.id = c.booking_id "
                   "LEFT JOIN customer cu ON cu.id = b.customer_id "
                   "JOIN product p ON p.id = c.product_id "
                   "LEFT JOIN staff_user u ON u.login = c.cancelled_by "
                   "LEFT JOIN staff_user w ON w.login = c.waived_by "
                   "WHERE c.cancelled_ms >= ?1 AND c.cancelled_ms < ?2 "
                   "ORDER BY c.cancelled_ms, c.id");
    st.bindAll(first, end);

    Result result;
    result.from = from;
    result.to = to;
    result.totals.fees = Money::zero(currency);
    result.totals.suggested = Money::zero(currency);
    while (st.step()) {
        Line line;
        line.customerId = st.int64(0);
        line.customer = st.text(1);
        line.product = st.text(2);
        line.kind = productKindFromKey(st.text(3));
        line.user = st.text(4);
        line.waivedBy = st.text(5);
        line.cancellation = CancellationStore::read(st, extra);
        line.cancelledAt = QDateTime::fromMSecsSinceEpoch(line.cancellation.cancelledMs, zone);
        ++result.totals.count;
        result.totals.units += line.cancellation.quantity;
        result.totals.fees += line.cancellation.fee;
        result.totals.suggested += line.cancellation.suggestedFee;
        result.lines.push_back(std::move(line));
    }
    return result;
}

QString CancellationList::period(const Line& line, const QLocale& locale) {
    const Cancellation& c = line.cancellation;
    const QDateTime start = BookingTime::dateTime(c.start);
    const QDateTime end = BookingTime::dateTime(c.end);
    const bool times = BookingTime::usesTime(line.kind) || BookingTime::minuteOfDay(c.start) != 0 ||
                       BookingTime::minuteOfDay(c.end) != 0;
    const auto date = [&](const QDateTime& at) {
        return locale.toString(at.date(), QLocale::ShortFormat);
    };
    const auto time = [&](const QDateTime& at) {
        return locale.toString(at.time(), QLocale::ShortFormat);
    };
    if (!times)
        return QStringLiteral("%1 – %2").arg(date(start), date(end));
    if (start.date() == end.date())
        return QStringLiteral("%1 %2–%3").arg(date(start), time(start), time(end));
    return QStringLiteral("%1 %2 – %3 %4").arg(date(start), time(start), date(end), time(end));
}

QStringList CancellationList::csvHeader() {
    return {tr("Cancelled"),     tr("Booking"),       tr("Customer"),
            tr("Product"),       tr("From"),          tr("To"),
            tr("Quantity"),      tr("Reason"),        tr("Fee"),
            tr("Suggested fee"), tr("Fee waived by"), tr("User")};
}

QStringList CancellationList::csvFields(const Line& line, const QLocale& locale) {
    const Cancellation& c = line.cancellation;
    return {line.cancelledAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            QString::number(c.bookingId),
            line.customer,
            line.product,
            BookingTime::format(c.start, line.kind),
            BookingTime::format(c.end, line.kind),
            QString::number(c.quantity),
            c.reason,
            c.fee.format(locale),
            c.suggestedFee.format(locale),
            line.waivedBy,
            line.user};
}

void CancellationList::writeCsv(CsvWriter& csv, const Result& list, const QLocale& locale) {
    csv.addRow(csvHeader());
    for (const Line& line : list.lines)
        csv.addRow(csvFields(line, locale));
}

}  // namespace skranke
