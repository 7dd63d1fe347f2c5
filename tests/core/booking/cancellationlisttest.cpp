#include "core/booking/cancellationlist.h"
#include "core/booking/cancellationservice.h"
#include "core/export/csvwriter.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "tests/core/booking/bookingfixture.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

CancelRequest because(const QString& reason, bool waive = false, int units = 0) {
    CancelRequest r;
    r.reason = reason;
    r.waiveFee = waive;
    r.units = units;
    return r;
}

std::int64_t utc(int y, int m, int d, int h, int min, int s = 0, int ms = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

// A cabin night booked for Anna and cancelled at `whenMs` (UTC).
Cancellation cancelCabinAt(BookingShop& shop, const Session& s, std::int64_t whenMs,
                           const QString& reason = QStringLiteral("Guest is ill")) {
    shop.business.clock().set(whenMs);
    const Booking b = shop.newBooking(s);
    const BookingRow row =
        BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 6, 10), day(2026, 6, 11)));
    return CancellationService::cancelRow(s, row.id, because(reason)).front();
}

std::vector<std::int64_t> idsOf(const CancellationList::Result& list) {
    std::vector<std::int64_t> ids;
    for (const auto& line : list.lines)
        ids.push_back(line.cancellation.id);
    return ids;
}

QString fieldOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        return e.field();
    }
    return QStringLiteral("(no error)");
}

}  // namespace

// Copenhagen is UTC+1 until 2026-03-29 02:00, UTC+2 after.
TEST_CASE("the cancellation list takes the local days from and to, inclusive", "[cancellations]") {
    BookingShop shop;
    const Session s = shop.owner();
    const auto sundayLate = cancelCabinAt(shop, s, utc(2026, 3, 1, 22, 59, 59, 999));
    const auto mondayFirst = cancelCabinAt(shop, s, utc(2026, 3, 1, 23, 0));
    const auto sundayLast = cancelCabinAt(shop, s, utc(2026, 3, 8, 22, 59, 59, 999));
    const auto nextMonday = cancelCabinAt(shop, s, utc(2026, 3, 8, 23, 0));

    const auto week = CancellationList::load(shop.db(), QDate(2026, 3, 2), QDate(2026, 3, 8));
    CHECK(idsOf(week) == std::vector<std::int64_t>{mondayFirst.id, sundayLast.id});
    CHECK(week.lines.front().cancelledAt.toString(Qt::ISODate) ==
          QStringLiteral("2026-03-02T00:00:00+01:00"));
    CHECK(idsOf(CancellationList::load(shop.db(), QDate(2026, 3, 1), QDate(2026, 3, 1))) ==
          std::vector<std::int64_t>{sundayLate.id});
    CHECK(idsOf(CancellationList::load(shop.db(), QDate(2026, 3, 9), QDate(2026, 3, 9))) ==
          std::vector<std::int64_t>{nextMonday.id});
    CHECK(CancellationList::load(shop.db(), QDate(2026, 3, 3), QDate(2026, 3, 7)).lines.empty());

    // The day summer time starts has 23 hours: 2026-03-28 23:00 to 03-29 22:00 UTC.
    const auto dstStart = cancelCabinAt(shop, s, utc(2026, 3, 28, 23, 0));
    const auto dstEnd = cancelCabinAt(shop, s, utc(2026, 3, 29, 21, 59));
    const auto after = cancelCabinAt(shop, s, utc(2026, 3, 29, 22, 0));
    CHECK(idsOf(CancellationList::load(shop.db(), QDate(2026, 3, 29), QDate(2026, 3, 29))) ==
          std::vector<std::int64_t>{dstStart.id, dstEnd.id});
    CHECK(idsOf(CancellationList::load(shop.db(), QDate(2026, 3, 30), QDate(2026, 3, 30))) ==
          std::vector<std::int64_t>{after.id});
    const auto [first, end] = CancellationList::instants(QDate(2026, 3, 29), QDate(2026, 3, 29),
                                                         QStringLiteral("Europe/Copenhagen"));
    CHECK(end - first == 23 * 3600 * 1000LL);
}

TEST_CASE("the week of a day runs Monday to Sunday", "[cancellations]") {
    using W = std::pair<QDate, QDate>;
    const W week{QDate(2026, 3, 2), QDate(2026, 3, 8)};
    CHECK(CancellationList::weekOf(QDate(2026, 3, 2)) == week);  // Monday
    CHECK(CancellationList::weekOf(QDate(2026, 3, 5)) == week);
    CHECK(CancellationList::weekOf(QDate(2026, 3, 8)) == week);  // Sunday
    CHECK(CancellationList::weekOf(QDate(2026, 3, 9)).first == QDate(2026, 3, 9));
}

TEST_CASE("cancellation list lines carry booking, customer, product, period, fee and user",
          "[cancellations]") {
    BookingShop shop;
    const Session owner = shop.owner();
    const Session frida =
        shop.business.userWithRole(QStringLiteral("frida"), QStringLiteral("manager"));
    // 14 days or more ahead free, then 50 %, from 3 days ahead 100 %.
    CancellationRules::set(owner, shop.cabin.id,
                           CancellationRules::parse(QStringLiteral("14:50, 3:100")));
    const Booking anna = shop.newBooking(owner);
    const BookingRow cabins = BookingService::addRow(
        owner, anna.id, nights(shop.cabin, day(2026, 3, 4), day(2026, 3, 6), 2));
    RowInput canoe = nights(shop.canoe, at(2026, 3, 20, 10), at(2026, 3, 20, 12), 3);
    const BookingRow canoes = BookingService::addRow(owner, anna.id, canoe);
    const Booking walkIn = BookingService::create(owner, Booking{});
    const BookingRow course = BookingService::addRow(
        owner, walkIn.id, nights(shop.course, at(2026, 4, 1, 9), at(2026, 4, 1, 15)));

    shop.business.clock().set(utc(2026, 3, 2, 9, 0));
    CancellationService::cancelRow(owner, cabins.id,
                                   because(QStringLiteral("Storm warning"), true, 1));
    shop.business.clock().set(utc(2026, 3, 2, 10, 30));
    CancellationService::cancelRow(owner, cabins.id, because(QStringLiteral("Guest is ill")));
    shop.business.clock().set(utc(2026, 3, 3, 8, 15));
    CancellationService::cancelRow(frida, canoes.id,
                                   because(QStringLiteral("Too windy"), false, 2));
    shop.business.clock().set(utc(2026, 3, 4, 12, 0));
    CancellationService::cancelRow(frida, course.id, because(QStringLiteral("Course full")));
    // A cancellation synced from a till whose user is not in this file.
    shop.db().exec(
        QStringLiteral(
            "INSERT INTO booking_cancellation(uid, booking_id, row_id, product_id, start_min, "
            "end_min, quantity, reason, currency, cancelled_ms, cancelled_by) "
            "VALUES (randomblob(16), %1, %2, %3, %4, %5, 1, 'Double booking', 'DKK', %6, 'ghost')")
            .arg(anna.id)
            .arg(canoes.id)
            .arg(shop.canoe.id)
            .arg(canoes.start)
            .arg(canoes.end)
            .arg(utc(2026, 3, 5, 7, 0))
            .toStdString());

    const auto list = CancellationList::load(shop.db(), QDate(2026, 3, 2), QDate(2026, 3, 8));
    REQUIRE(list.lines.size() == 5);
    const auto& waived = list.lines[0];
    CHECK(waived.cancellation.bookingId == anna.id);
    CHECK(waived.customerId == shop.anna.id);
    CHECK(waived.customer == QStringLiteral("Anna Østergaard"));
    CHECK(waived.product == QStringLiteral("Hytte, 4 personer"));
    CHECK(waived.kind == ProductKind::Accommodation);
    CHECK(waived.cancellation.quantity == 1);
    CHECK(waived.cancellation.reason == QStringLiteral("Storm warning"));
    CHECK(waived.cancellation.fee.isZero());
    CHECK(waived.cancellation.suggestedFee.minor() == 160000);  // two nights at 100 %
    CHECK(waived.cancellation.waivedBy == QStringLiteral("owner"));
    CHECK(waived.waivedBy == QStringLiteral("Olivia Owner"));
    CHECK(waived.user == QStringLiteral("Olivia Owner"));
    CHECK(waived.cancelledAt.toString(Qt::ISODate) == QStringLiteral("2026-03-02T10:00:00+01:00"));
    const auto& charged = list.lines[1];
    CHECK(charged.cancellation.fee.minor() == 160000);
    CHECK(charged.cancellation.waivedBy.isEmpty());
    CHECK(charged.waivedBy.isEmpty());

    const QLocale da(QLocale::Danish, QLocale::Denmark);
    CHECK(CancellationList::period(charged, da) == QStringLiteral("04.03.2026 – 06.03.2026"));
    const auto& canoeLine = list.lines[2];
    CHECK(canoeLine.product == QStringLiteral("Kano"));
    CHECK(canoeLine.cancellation.quantity == 2);
    CHECK(canoeLine.user == QStringLiteral("FRIDA"));
    CHECK(CancellationList::period(canoeLine, da) == QStringLiteral("20.03.2026 10.00–12.00"));
    const auto& courseLine = list.lines[3];
    CHECK(courseLine.customer.isEmpty());
    CHECK(courseLine.customerId == 0);
    CHECK(courseLine.product == QStringLiteral("Kajakkursus"));
    CHECK(list.lines[4].user == QStringLiteral("ghost"));  // the login, for want of a name

    CHECK(list.totals.count == 5);
    CHECK(list.totals.units == 1 + 1 + 2 + 1 + 1);
    CHECK(list.totals.fees.minor() == 160000);
    CHECK(list.totals.suggested.minor() == 320000);
    CHECK(list.totals.fees.currency().code() == QStringLiteral("DKK"));
}

TEST_CASE("a cancellation list needs both days, in order, at most 366 days apart",
          "[cancellations]") {
    BookingShop shop;
    Database& db = shop.db();
    CHECK(fieldOf([&] { CancellationList::load(db, QDate(), QDate(2026, 3, 8)); }) ==
          QStringLiteral("from"));
    CHECK(fieldOf([&] { CancellationList::load(db, QDate(2026, 3, 2), QDate()); }) ==
          QStringLiteral("to"));
    CHECK(fieldOf([&] { CancellationList::load(db, QDate(2026, 3, 2), QDate(2026, 3, 1)); }) ==
          QStringLiteral("to"));
    CHECK(fieldOf([&] { CancellationList::load(db, QDate(2026, 1, 1), QDate(2027, 1, 2)); }) ==
          QStringLiteral("to"));
    CHECK_NOTHROW(CancellationList::load(db, QDate(2026, 1, 1), QDate(2027, 1, 1)));  // 366 days
    CHECK_NOTHROW(CancellationList::load(db, QDate(2026, 3, 2), QDate(2026, 3, 2)));
}

TEST_CASE("the cancellation list as CSV quotes reasons with separators, quotes and line breaks",
          "[cancellations]") {
    BookingShop shop;
    const Session s = shop.owner();
    cancelCabinAt(shop, s, utc(2026, 3, 2, 9, 15),
                  QStringLiteral("Storm, \"orange\" warning\nferry cancelled"));
    cancelCabinAt(shop, s, utc(2026, 3, 2, 9, 30), QStringLiteral("Ill; stays home"));
    const auto list = CancellationList::load(shop.db(), QDate(2026, 3, 2), QDate(2026, 3, 8));

    CsvWriter comma(QLatin1Char(','));
    CancellationList::writeCsv(comma, list, QLocale::c());
    const QByteArray bytes = comma.bytes();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList rows = text.split(QStringLiteral("\r\n"));
    REQUIRE(rows.size() == 4);  // header, two lines (one holding a line break), ""
    CHECK(rows[0] == QStringLiteral("Cancelled,Booking,Customer,Product,From,To,Quantity,Reason,"
                                    "Fee,Suggested fee,Fee waived by,User"));
    CHECK(rows[1] ==
          QStringLiteral("2026-03-02 10:15,1,Anna Østergaard,\"Hytte, 4 personer\",2026-06-10,"
                         "2026-06-11,1,\"Storm, \"\"orange\"\" warning\nferry cancelled\",0.00,"
                         "0.00,,Olivia Owner"));
    CHECK(rows[2].contains(QStringLiteral(",Ill; stays home,")));
    CHECK(rows[3].isEmpty());

    CsvWriter semicolon(QLatin1Char(';'));
    CancellationList::writeCsv(semicolon, list, QLocale(QLocale::Danish, QLocale::Denmark));
    const QString nordic = QString::fromUtf8(semicolon.bytes().mid(3));
    CHECK(nordic.contains(QStringLiteral(";Hytte, 4 personer;")));  // no quotes needed
    CHECK(nordic.contains(QStringLiteral(";\"Ill; stays home\";0,00;0,00;;Olivia Owner\r\n")));
}
