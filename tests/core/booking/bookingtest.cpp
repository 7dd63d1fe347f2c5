#include "core/booking/bookingbilling.h"
#include "core/booking/bookingstore.h"
#include "core/booking/recurringrentals.h"
#include "core/company/identifiers.h"
#include "core/journal/journal.h"
#include "core/ledger/ledgerservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "tests/core/booking/bookingfixture.h"
#include "tests/core/receivables/receivablesfixture.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

TEST_CASE("a booking paid in full turns its reservations final and settles them",
          "[booking][billing]") {
    BookingShop shop;
    const Session s = shop.owner();
    Booking header;
    header.customerId = shop.anna.id;
    header.depositDue = QDate(2026, 3, 10);
    header.finalDue = QDate(2026, 11, 1);
    const Booking b = BookingService::create(s, header);
    // Two cabins and a canoe with guests.
    RowInput cabin = nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 3));
    cabin.guests = {{QStringLiteral("adult"), 2}, {QStringLiteral("child"), 1}};
    const BookingRow one = BookingService::addRow(s, b.id, cabin);
    const BookingRow two = BookingService::addRow(s, b.id, cabin);
    CHECK(one.resourceId != two.resourceId);
    RowInput canoe = nights(shop.canoe, at(2026, 12, 2, 10), at(2026, 12, 2, 12));
    canoe.guests = {{QStringLiteral("adult"), 2}};
    BookingService::addRow(s, b.id, canoe);
    CHECK(BookingStore::total(shop.db(), b) == dkk(4 * 80000 + 2 * 15000));

    const Invoice invoice = BookingBilling::generateInvoice(s, b.id, QDate(2026, 3, 2));
    CHECK(invoice.total == dkk(350000));
    CHECK(invoice.dueDate == QDate(2026, 11, 1));
    CHECK(invoice.lines.size() == 3);
    CHECK(invoice.message.contains(QStringLiteral("875,00")));  // 25 % deposit, in Danish
    CHECK(BookingStore::requireRow(shop.db(), one.id).awaitingSettlementMs);
    // The customer became a debtor, and the invoice stands on their ledger.
    const std::int64_t debtor = CustomerService::find(shop.db(), shop.anna.id)->debtorId;
    REQUIRE(debtor > 0);
    CHECK(LedgerService::balance(shop.db(), debtor).outstanding == dkk(350000));
    // Nothing more to invoice.
    CHECK_THROWS_AS(BookingBilling::generateInvoice(s, b.id, QDate(2026, 3, 2)), Error);

    BookingBilling::pay(s, b.id, dkk(87500), QDate(2026, 3, 5), QStringLiteral("bank"),
                        QStringLiteral("TX-1"), QStringLiteral("Deposit"));
    CHECK(BookingStore::requireRow(shop.db(), one.id).status == RowStatus::Reservation);
    BookingBilling::recordFailed(s, b.id, dkk(262500), QDate(2026, 3, 6), QStringLiteral("card"),
                                 QStringLiteral("TX-2"), QStringLiteral("Declined"));
    CHECK(BookingStore::requireRow(shop.db(), one.id).status == RowStatus::Reservation);
    BookingBilling::pay(s, b.id, dkk(262500), QDate(2026, 3, 7), QStringLiteral("card"),
                        QStringLiteral("TX-3"), {});
    for (const BookingRow& r : BookingStore::rows(shop.db(), b.id)) {
        CHECK(r.status == RowStatus::Final);
        CHECK(r.settled());
        CHECK(r.confirmedMs);
    }
    CHECK(BookingBilling::paid(shop.db(), b.id) == dkk(350000));
    CHECK(BookingBilling::payments(shop.db(), b.id).size() == 3);
    CHECK_FALSE(BookingBilling::payments(shop.db(), b.id)[1].succeeded);
    CHECK(LedgerService::balance(shop.db(), debtor).outstanding.isZero());
}

TEST_CASE("settled rows are immutable, in the service and in SQL", "[booking][billing]") {
    BookingShop shop;
    const Session s = shop.owner();
    const Booking b = shop.newBooking(s);
    const BookingRow row =
        BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 2)));
    BookingBilling::generateInvoice(s, b.id, QDate(2026, 3, 2));
    BookingBilling::pay(s, b.id, dkk(80000), QDate(2026, 3, 2), {}, {}, {});
    REQUIRE(BookingStore::requireRow(shop.db(), row.id).settled());
    RowInput later = BookingService::inputOf(BookingStore::requireRow(shop.db(), row.id));
    later.start = day(2026, 12, 5);
    later.end = day(2026, 12, 6);
    try {
        BookingService::editRow(s, row.id, later);
        FAIL("a settled row was changed");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Conflict);
    }
    CHECK_THROWS(shop.db().exec("UPDATE booking_row SET quantity = 2"));
    CHECK_THROWS(shop.db().exec("DELETE FROM booking_row"));
    CHECK_THROWS(shop.db().exec("DELETE FROM booking"));
    CHECK(BookingStore::requireRow(shop.db(), row.id).start == day(2026, 12, 1));
}

TEST_CASE("a booking is copied only when fully settled or cancelled", "[booking]") {
    BookingShop shop;
    const Session s = shop.owner();
    const Booking b = shop.newBooking(s);
    RowInput cabin = nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 2));
    const BookingRow parent = BookingService::addRow(s, b.id, cabin);
    RowInput canoe = nights(shop.canoe, at(2026, 12, 1, 10), at(2026, 12, 1, 11));
    canoe.parentId = parent.id;
    BookingService::addRow(s, b.id, canoe);
    CHECK_THROWS_AS(BookingService::copy(s, b.id), Error);
    const auto bookings = countRows(shop.db(), "booking");
    CHECK(countRows(shop.db(), "booking") == bookings);
    BookingBilling::generateInvoice(s, b.id, QDate(2026, 3, 2));
    BookingBilling::pay(s, b.id, dkk(95000), QDate(2026, 3, 2), {}, {}, {});
    // The copy is a new booking for the same customer, needing its own
    // capacity: the cabin's second unit takes it.
    const Booking copy = BookingService::copy(s, b.id);
    CHECK(copy.id != b.id);
    CHECK(copy.copiedFrom == b.id);
    CHECK(copy.customerId == shop.anna.id);
    const auto rows = BookingStore::rows(shop.db(), copy.id);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].status == RowStatus::Reservation);
    CHECK_FALSE(rows[0].settled());
    CHECK(rows[1].parentId == rows[0].id);
}

TEST_CASE("a long-term rental gets a row and an invoice per month, once", "[booking]") {
    BookingShop shop;
    const Session s = shop.owner();
    const Booking b = shop.newBooking(s);
    RowInput rental = nights(shop.cabin, day(2026, 3, 1), day(2026, 4, 1));
    rental.status = RowStatus::LongTerm;
    rental.recurring = true;
    rental.manual = dkk(600000);
    BookingService::addRow(s, b.id, rental);
    const auto first = RecurringRentals::run(s, 2026, 4, QDate(2026, 3, 25));
    REQUIRE(first.rowIds.size() == 1);
    CHECK(first.invoiceNumbers.size() == 1);
    const BookingRow april = BookingStore::requireRow(shop.db(), first.rowIds[0]);
    CHECK(april.start == day(2026, 4, 1));
    CHECK(april.end == day(2026, 5, 1));
    CHECK(april.price() == dkk(600000));
    CHECK(april.status == RowStatus::LongTerm);
    const auto again = RecurringRentals::run(s, 2026, 4, QDate(2026, 3, 25));
    CHECK(again.rowIds.empty());
    CHECK(again.skippedBookings == std::vector<std::int64_t>{b.id});
    // Not before it began.
    CHECK(RecurringRentals::run(s, 2026, 3, QDate(2026, 3, 1)).rowIds.empty());
}

TEST_CASE("every change is journaled on the booking, with manual log lines", "[booking]") {
    BookingShop shop;
    const Session s = shop.owner();
    Booking b = shop.newBooking(s);
    const BookingRow row =
        BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 2)));
    RowInput edit = BookingService::inputOf(row);
    edit.quantity = 2;
    BookingService::editRow(s, row.id, edit);
    b.internalNote = QStringLiteral("Late arrival");
    b.purpose = QStringLiteral("business");
    BookingService::edit(s, b);
    BookingService::addLog(s, b.id, QStringLiteral("Called the customer about parking"));
    CHECK_THROWS_AS(BookingService::addLog(s, b.id, QStringLiteral("  ")), Error);
    QStringList actions;
    for (const JournalEntry& e : Journal::forEntity(shop.db(), b.uid))
        actions << e.action;
    CHECK(actions == QStringList{QStringLiteral("create"), QStringLiteral("add_row"),
                                 QStringLiteral("edit_row"), QStringLiteral("edit"),
                                 QStringLiteral("log")});
    b.purpose = QStringLiteral("holiday");
    CHECK_THROWS_AS(BookingService::edit(s, b), Error);
}

TEST_CASE("account numbers for refunds: Norwegian MOD11, Danish reg. + account, IBAN",
          "[booking][billing]") {
    CHECK(Identifiers::isValidNorwegianAccount(QStringLiteral("8601.11.17947")));
    CHECK(Identifiers::isValidNorwegianAccount(QStringLiteral("86011117947")));
    CHECK_FALSE(Identifiers::isValidNorwegianAccount(QStringLiteral("86011117948")));
    CHECK_FALSE(Identifiers::isValidNorwegianAccount(QStringLiteral("8601111794")));
    CHECK(Identifiers::isValidDanishAccount(QStringLiteral("1234 0001234567")));
    CHECK(Identifiers::isValidDanishAccount(QStringLiteral("1234-1234567")));
    CHECK_FALSE(Identifiers::isValidDanishAccount(QStringLiteral("123 1234567")));
    CHECK_FALSE(Identifiers::isValidDanishAccount(QStringLiteral("1234 12345678901")));
    BookingShop shop;  // a Danish company
    CHECK_NOTHROW(BookingBilling::checkAccount(shop.db(), QStringLiteral("5470 0004567891")));
    CHECK_NOTHROW(
        BookingBilling::checkAccount(shop.db(), QStringLiteral("DK50 0040 0440 1162 43")));
    try {
        BookingBilling::checkAccount(shop.db(), QStringLiteral("DK50 0040 0440 1162 44"));
        FAIL("a bad IBAN passed");
    } catch (const Error& e) {
        CHECK(e.field() == QStringLiteral("account"));
    }
    CHECK_THROWS_AS(BookingBilling::checkAccount(shop.db(), QStringLiteral("86011117947")),
                    Error);  // Norwegian form, Danish company
}

TEST_CASE("a refund pays back only what the booking paid and did not use", "[booking][billing]") {
    BookingShop shop;
    const Session s = shop.owner();
    const Booking b = shop.newBooking(s);
    BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 2)));
    BookingBilling::generateInvoice(s, b.id, QDate(2026, 3, 2));
    BookingBilling::pay(s, b.id, dkk(100000), QDate(2026, 3, 3), {}, QStringLiteral("TX-9"), {});
    CHECK(BookingBilling::refundable(shop.db(), b.id) == dkk(20000));  // 1000 paid for 800
    const auto payments = countRows(shop.db(), "booking_payment");
    try {
        BookingBilling::refund(s, b.id, dkk(20001), QDate(2026, 3, 4), {}, {}, {});
        FAIL("more than was overpaid was refunded");
    } catch (const Error& e) {
        CHECK(e.field() == QStringLiteral("amount"));
    }
    CHECK_THROWS_AS(
        BookingBilling::refund(s, b.id, dkk(100), QDate(2026, 3, 4), QStringLiteral("12"), {}, {}),
        Error);
    CHECK(countRows(shop.db(), "booking_payment") == payments);
    const BookingPayment back =
        BookingBilling::refund(s, b.id, dkk(20000), QDate(2026, 3, 4),
                               QStringLiteral("5470 0004567891"), {}, QStringLiteral("Overpaid"));
    CHECK(back.amount == dkk(-20000));
    CHECK(back.account == QStringLiteral("5470 0004567891"));
    CHECK(BookingBilling::refundable(shop.db(), b.id).isZero());
    CHECK(BookingBilling::paid(shop.db(), b.id) == dkk(80000));
    const std::int64_t debtor = CustomerService::find(shop.db(), shop.anna.id)->debtorId;
    const DebtorBalance balance = LedgerService::balance(shop.db(), debtor);
    CHECK(balance.outstanding.isZero());
    CHECK(balance.prepayment.isZero());
}

TEST_CASE("a payment moves to another booking and pays it", "[booking][billing]") {
    BookingShop shop;
    const Session s = shop.owner();
    const Booking first = shop.newBooking(s);
    BookingService::addRow(s, first.id, nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 2)));
    BookingBilling::pay(s, first.id, dkk(80000), QDate(2026, 3, 3), {}, {}, {});
    const Booking second = shop.newBooking(s);
    const BookingRow row = BookingService::addRow(
        s, second.id, nights(shop.canoe, at(2026, 12, 2, 10), at(2026, 12, 2, 12)));
    BookingBilling::generateInvoice(s, second.id, QDate(2026, 3, 3));
    CHECK_THROWS_AS(
        BookingBilling::transfer(s, first.id, second.id, dkk(80001), QDate(2026, 3, 4), {}), Error);
    BookingBilling::transfer(s, first.id, second.id, dkk(30000), QDate(2026, 3, 4), {});
    CHECK(BookingBilling::paid(shop.db(), first.id) == dkk(50000));
    CHECK(BookingBilling::paid(shop.db(), second.id) == dkk(30000));
    CHECK(BookingStore::requireRow(shop.db(), row.id).status == RowStatus::Final);
}
