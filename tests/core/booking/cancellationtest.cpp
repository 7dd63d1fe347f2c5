#include "core/booking/availabilityservice.h"
#include "core/booking/bookingbilling.h"
#include "core/booking/bookingstore.h"
#include "core/booking/cancellationservice.h"
#include "core/invoicing/invoiceservice.h"
#include "core/journal/journal.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "tests/core/booking/bookingfixture.h"
#include "tests/core/receivables/receivablesfixture.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

CancelRequest because(const char* reason) {
    CancelRequest r;
    r.reason = QString::fromUtf8(reason);
    return r;
}

std::int64_t rowsOf(Database& db) {
    return countRows(db, "booking_row") + countRows(db, "booking") +
           countRows(db, "booking_cancellation") + countRows(db, "journal");
}

}  // namespace

// The test clock stands at 2026-03-02 (Copenhagen).
TEST_CASE("cancelling a row frees its time and records who, when, why and the fee", "[cancel]") {
    BookingShop shop;
    const Session s = shop.owner();
    const Booking b = shop.newBooking(s);
    const BookingRow row =
        BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 3, 20), day(2026, 3, 22)));
    const BookingRow other =
        BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 3, 20), day(2026, 3, 22)));
    CHECK(AvailabilityService::freeUnits(shop.db(), shop.cabin.id, day(2026, 3, 20),
                                         day(2026, 3, 22)) == 0);
    const auto before = rowsOf(shop.db());

    const auto done = CancellationService::cancelRow(s, row.id, because("Guest is ill"));
    REQUIRE(done.size() == 1);
    const Cancellation& c = done.front();
    CHECK(c.rowId == row.id);
    CHECK(c.bookingId == b.id);
    CHECK(c.quantity == 1);
    CHECK(c.reason == QStringLiteral("Guest is ill"));
    CHECK(c.cancelledBy == QStringLiteral("owner"));
    CHECK(c.cancelledMs == shop.business.clock().nowMs());
    CHECK(c.fee.isZero());  // the cabin has no cancellation rules
    CHECK(BookingStore::requireRow(shop.db(), row.id).status == RowStatus::Cancelled);
    CHECK(BookingStore::requireRow(shop.db(), other.id).status == RowStatus::Reservation);
    // Exactly one unit is free again.
    CHECK(AvailabilityService::freeUnits(shop.db(), shop.cabin.id, day(2026, 3, 20),
                                         day(2026, 3, 22)) == 1);
    // Nothing was deleted: every count only grew.
    CHECK(rowsOf(shop.db()) > before);
    CHECK(countRows(shop.db(), "booking_row") == 2);
    // The booking's history shows it.
    const auto log = Journal::forEntity(shop.db(), b.uid);
    REQUIRE_FALSE(log.empty());
    CHECK(log.back().action == QStringLiteral("cancel"));
    CHECK(log.back().payload.contains(QStringLiteral("\"reason\":\"Guest is ill\"")));
    // Once is enough.
    CHECK_THROWS_AS(CancellationService::cancelRow(s, row.id, because("again")), Error);
    // Cancellations stand as written, in SQL too.
    CHECK_THROWS(shop.db().exec("DELETE FROM booking_cancellation"));
    CHECK_THROWS(shop.db().exec("UPDATE booking_cancellation SET reason = 'x'"));
}

TEST_CASE("an empty reason is refused and writes nothing", "[cancel]") {
    BookingShop shop;
    const Session s = shop.owner();
    const Booking b = shop.newBooking(s);
    const BookingRow row =
        BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 3, 20), day(2026, 3, 22)));
    const auto before = rowsOf(shop.db());
    for (const char* reason : {"", "   "}) {
        try {
            CancellationService::cancelRow(s, row.id, because(reason));
            FAIL("cancelled without a reason");
        } catch (const Error& e) {
            CHECK(e.field() == QStringLiteral("reason"));
        }
        CHECK_THROWS_AS(CancellationService::cancelBooking(s, b.id, because(reason)), Error);
    }
    CHECK(rowsOf(shop.db()) == before);
    CHECK(BookingStore::requireRow(shop.db(), row.id).status == RowStatus::Reservation);
}

TEST_CASE("the fee follows the product's deadlines, at their edges", "[cancel][fee]") {
    BookingShop shop;
    const Session s = shop.owner();
    // Free until 14 days before arrival, 50 % until 3 days before, 100 % after.
    CancellationRules::set(s, shop.cabin.id,
                           CancellationRules::parse(QStringLiteral("3:100, 14:50")));
    CHECK(CancellationRules::format(CancellationRules::of(shop.db(), shop.cabin.id)) ==
          QStringLiteral("14:50, 3:100"));
    const QDate today(2026, 3, 2);
    struct Case {
        QDate arrival;
        std::int64_t fee;  // of one night at 800.00
    };
    const Case cases[] = {
        {today.addDays(15), 0},     {today.addDays(14), 0},  // exactly at the deadline: free
        {today.addDays(13), 40000}, {today.addDays(3), 40000},
        {today.addDays(2), 80000},  {today, 80000},  // on the arrival day
        {today.addDays(-1), 80000},                  // after arrival
    };
    for (const Case& c : cases) {
        const Booking b = shop.newBooking(s);
        const auto from = BookingTime::fromDate(c.arrival);
        const BookingRow row = BookingService::addRow(
            s, b.id, nights(shop.cabin, from, from + BookingTime::MinutesPerDay));
        const CancelQuote q = CancellationService::quote(s, row.id);
        INFO("arrival " << c.arrival.toString(Qt::ISODate).toStdString());
        CHECK(q.daysLeft == today.daysTo(c.arrival));
        CHECK(q.suggestedFee == dkk(c.fee));
        const Cancellation done = CancellationService::cancelRow(s, row.id, because("x")).front();
        CHECK(done.fee == dkk(c.fee));
        CHECK(done.suggestedFee == dkk(c.fee));
    }
    CHECK(CancellationRules::feeShare({}, today, today).isZero());
    // Leaving a waiting list costs nothing, even the day before.
    const Booking waiting = shop.newBooking(s);
    RowInput wait = nights(shop.cabin, day(2026, 3, 3), day(2026, 3, 4));
    wait.status = RowStatus::Waitlist;
    const BookingRow waitRow = BookingService::addRow(s, waiting.id, wait);
    CHECK(CancellationService::quote(s, waitRow.id).suggestedFee.isZero());
    CHECK(CancellationService::cancelRow(s, waitRow.id, because("Got a place elsewhere"))
              .front()
              .fee.isZero());
    CHECK_THROWS_AS(CancellationRules::parse(QStringLiteral("14:50, 3:20")), Error);  // falls
    CHECK_THROWS_AS(CancellationRules::parse(QStringLiteral("14:150")), Error);
    CHECK_THROWS_AS(CancellationRules::parse(QStringLiteral("0:50")), Error);
    CHECK_THROWS_AS(CancellationRules::parse(QStringLiteral("14")), Error);
}

TEST_CASE("a waived fee records who waived it; a charged fee is invoiced on the booking",
          "[cancel][fee]") {
    BookingShop shop;
    const Session s = shop.owner();
    CancellationRules::set(s, shop.cabin.id, CancellationRules::parse(QStringLiteral("14:50")));
    const Booking b = shop.newBooking(s);
    const BookingRow one =
        BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 3, 10), day(2026, 3, 12)));
    const BookingRow two =
        BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 3, 10), day(2026, 3, 12)));

    CancelRequest waive = because("Storm warning");
    waive.waiveFee = true;
    const Cancellation waived = CancellationService::cancelRow(s, one.id, waive).front();
    CHECK(waived.suggestedFee == dkk(80000));  // 50 % of two nights
    CHECK(waived.fee.isZero());
    CHECK(waived.waivedBy == QStringLiteral("owner"));

    const Cancellation charged =
        CancellationService::cancelRow(s, two.id, because("Changed plans")).front();
    CHECK(charged.fee == dkk(80000));
    CHECK(charged.waivedBy.isEmpty());

    // The booking now costs the fee charged, not the waived one.
    CHECK(BookingStore::total(shop.db(), b) == dkk(80000));
    // Every row is cancelled, yet the fee is billed: one line on a new invoice.
    const Invoice invoice = BookingBilling::generateInvoice(s, b.id, QDate(2026, 3, 2));
    REQUIRE(invoice.lines.size() == 1);
    CHECK(invoice.total == dkk(80000));
    CHECK(invoice.lines[0].input.text.contains(QStringLiteral("Hytte, 4 personer")));
    CHECK(CancellationStore::ofBooking(shop.db(), b.id)[1].invoiceId == invoice.id);
    // Billed once.
    CHECK_THROWS_AS(BookingBilling::generateInvoice(s, b.id, QDate(2026, 3, 2)), Error);
}

TEST_CASE("lowering the quantity cancels exactly the surplus units", "[cancel]") {
    BookingShop shop;
    const Session s = shop.owner();
    const Booking b = shop.newBooking(s);
    RowInput three = nights(shop.canoe, at(2026, 3, 20, 10), at(2026, 3, 20, 12), 3);
    three.manual = dkk(90000);
    const BookingRow row = BookingService::addRow(s, b.id, three);
    const auto free = [&] {
        return AvailabilityService::freeUnits(shop.db(), shop.canoe.id, at(2026, 3, 20, 10),
                                              at(2026, 3, 20, 12));
    };
    CHECK(free() == 0);

    // A plain edit may not lower it: that would leave no trace.
    RowInput two = BookingService::inputOf(row);
    two.quantity = 2;
    CHECK_THROWS_AS(BookingService::editRow(s, row.id, two), Error);
    CHECK(BookingStore::requireRow(shop.db(), row.id).quantity == 3);

    const BookingRow after =
        CancellationService::editReducing(s, row.id, two, because("One canoe less"));
    CHECK(after.quantity == 2);
    CHECK(after.status == RowStatus::Reservation);
    CHECK(after.price() == dkk(60000));  // the manual price of the two that stay
    CHECK(free() == 1);
    const auto cancellations = CancellationStore::ofBooking(shop.db(), b.id);
    REQUIRE(cancellations.size() == 1);
    CHECK(cancellations[0].quantity == 1);

    // The same through cancelRow with a number of units.
    CancelRequest one = because("Another less");
    one.units = 1;
    CancellationService::cancelRow(s, row.id, one);
    CHECK(BookingStore::requireRow(shop.db(), row.id).quantity == 1);
    CHECK(free() == 2);
    one.units = 2;  // more than is left
    CHECK_THROWS_AS(CancellationService::cancelRow(s, row.id, one), Error);
    CHECK(CancellationStore::ofBooking(shop.db(), b.id).size() == 2);
}

TEST_CASE("billed rows are cancelled only after a credit note, or with the right",
          "[cancel][rights]") {
    BookingShop shop;
    const Session owner = shop.owner();
    const Session desk =
        shop.business.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    const Session manager =
        shop.business.userWithRole(QStringLiteral("boss"), QStringLiteral("manager"));
    const Booking b = shop.newBooking(owner);
    const BookingRow one =
        BookingService::addRow(owner, b.id, nights(shop.cabin, day(2026, 3, 20), day(2026, 3, 22)));
    const BookingRow two =
        BookingService::addRow(owner, b.id, nights(shop.cabin, day(2026, 3, 20), day(2026, 3, 22)));
    const Invoice invoice = BookingBilling::generateInvoice(owner, b.id, QDate(2026, 3, 2));
    CHECK(CancellationService::billed(shop.db(), BookingStore::requireRow(shop.db(), one.id)));
    const auto before = rowsOf(shop.db());
    try {
        CancellationService::cancelRow(desk, one.id, because("Ill"));
        FAIL("a billed row was cancelled without the right");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Forbidden);
        CHECK(e.message().contains(QString::number(invoice.number)));
    }
    CHECK(rowsOf(shop.db()) == before);

    // Crediting the first row's line lets front desk cancel it.
    CreditRequest credit;
    credit.lines.push_back({1, 0});
    InvoiceService::creditNote(owner, invoice.number, credit);
    CHECK_FALSE(
        CancellationService::billed(shop.db(), BookingStore::requireRow(shop.db(), one.id)));
    CHECK(CancellationService::billed(shop.db(), BookingStore::requireRow(shop.db(), two.id)));
    CHECK_FALSE(CancellationService::cancelRow(desk, one.id, because("Ill")).front().debited);
    CHECK(CancellationService::bookingOfInvoice(shop.db(), invoice.id) == b.id);

    // The manager may cancel the billed row anyway: the purchase stands.
    const Cancellation anyway =
        CancellationService::cancelRow(manager, two.id, because("Ill too")).front();
    CHECK(anyway.debited);
    CHECK(anyway.fee.isZero());
    CHECK(BookingStore::requireRow(shop.db(), two.id).status == RowStatus::Cancelled);
    CHECK(InvoiceService::uncredited(shop.db(), invoice) == dkk(160000));
}

TEST_CASE("a settled row can be cancelled with the right; nothing else of it changes",
          "[cancel][rights]") {
    BookingShop shop;
    const Session s = shop.owner();
    const Booking b = shop.newBooking(s);
    const BookingRow row =
        BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 3, 20), day(2026, 3, 21)));
    BookingBilling::generateInvoice(s, b.id, QDate(2026, 3, 2));
    BookingBilling::pay(s, b.id, dkk(80000), QDate(2026, 3, 2), {}, {}, {});
    REQUIRE(BookingStore::requireRow(shop.db(), row.id).settled());
    CHECK_THROWS(shop.db().exec("UPDATE booking_row SET status = 'cancelled', quantity = 2"));
    const Cancellation c = CancellationService::cancelRow(s, row.id, because("No-show")).front();
    CHECK(c.debited);
    const BookingRow after = BookingStore::requireRow(shop.db(), row.id);
    CHECK(after.status == RowStatus::Cancelled);
    CHECK(after.settled());
    CHECK(after.price() == dkk(80000));
    CHECK(AvailabilityService::freeUnits(shop.db(), shop.cabin.id, day(2026, 3, 20),
                                         day(2026, 3, 21)) == 2);
}

TEST_CASE("a package's parts are cancelled with it only when asked", "[cancel]") {
    BookingShop shop;
    const Session s = shop.owner();
    const Booking b = shop.newBooking(s);
    const BookingRow cabin =
        BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 3, 20), day(2026, 3, 22)));
    RowInput canoe = nights(shop.canoe, at(2026, 3, 20, 10), at(2026, 3, 20, 12));
    canoe.parentId = cabin.id;
    const BookingRow part = BookingService::addRow(s, b.id, canoe);
    RowInput course = nights(shop.course, at(2026, 3, 21, 9), at(2026, 3, 21, 12));
    course.parentId = part.id;  // a part of the part
    const BookingRow deeper = BookingService::addRow(s, b.id, course);

    CHECK(CancellationService::quote(s, cabin.id).parts.size() == 1);
    CancellationService::cancelRow(s, part.id, because("No canoe after all"));
    CHECK(BookingStore::requireRow(shop.db(), deeper.id).status == RowStatus::Reservation);
    CHECK(BookingStore::requireRow(shop.db(), cabin.id).status == RowStatus::Reservation);

    const Booking b2 = shop.newBooking(s);
    const BookingRow cabin2 =
        BookingService::addRow(s, b2.id, nights(shop.cabin, day(2026, 3, 20), day(2026, 3, 22)));
    canoe.parentId = cabin2.id;
    const BookingRow part2 = BookingService::addRow(s, b2.id, canoe);
    course.parentId = part2.id;
    const BookingRow deeper2 = BookingService::addRow(s, b2.id, course);
    CancelRequest all = because("Whole package");
    all.allParts = true;
    CHECK(CancellationService::cancelRow(s, cabin2.id, all).size() == 3);
    for (const auto id : {cabin2.id, part2.id, deeper2.id})
        CHECK(BookingStore::requireRow(shop.db(), id).status == RowStatus::Cancelled);
}

TEST_CASE("a whole booking is cancelled row by row with one reason", "[cancel]") {
    BookingShop shop;
    const Session s = shop.owner();
    const Booking b = shop.newBooking(s);
    BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 3, 20), day(2026, 3, 22)));
    BookingService::addRow(s, b.id,
                           nights(shop.canoe, at(2026, 3, 20, 10), at(2026, 3, 20, 12), 2));
    const auto done = CancellationService::cancelBooking(s, b.id, because("Wedding called off"));
    CHECK(done.size() == 2);
    CHECK(done[1].quantity == 2);
    for (const BookingRow& r : BookingStore::rows(shop.db(), b.id))
        CHECK(r.status == RowStatus::Cancelled);
    CHECK_THROWS_AS(CancellationService::cancelBooking(s, b.id, because("again")), Error);
}
