#include "core/booking/availability.h"
#include "core/booking/availabilityservice.h"
#include "core/booking/bookingstore.h"
#include "core/store/error.h"
#include "tests/core/booking/bookingfixture.h"
#include "tests/core/receivables/receivablesfixture.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace skranke;
using namespace skranke::test;

namespace {

Error refusal(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& e) {
        return e;
    }
    return Error(ErrorCode::Storage, QStringLiteral("(no error)"));
}

}  // namespace

TEST_CASE("availability arithmetic: half-open intervals and quantities", "[booking]") {
    using U = Availability::Use;
    // [1, 3) and [3, 5) do not overlap: the departure day is free again.
    CHECK(Availability::peak({{1, 3, 1}, {3, 5, 1}}, 0, 10) == 1);
    CHECK(Availability::peak({{1, 4, 1}, {3, 5, 2}}, 0, 10) == 3);
    CHECK(Availability::peak({{1, 4, 1}, {3, 5, 2}}, 4, 10) == 2);
    CHECK(Availability::peak({U{1, 2, 5}}, 2, 3) == 0);
    const std::int64_t d = BookingTime::MinutesPerDay;
    const auto perDay = Availability::peakPerDay({{0, 2 * d, 1}, {d, 3 * d, 2}}, 0, 4);
    CHECK(perDay == std::vector<int>{1, 3, 2, 0});
}

TEST_CASE("booking time: dates for nights, minutes for time products", "[booking]") {
    const auto cabin = ProductKind::Accommodation;
    const auto canoe = ProductKind::Rental;
    CHECK(BookingTime::parse(QStringLiteral("2026-12-01"), cabin, QStringLiteral("arrival")) ==
          day(2026, 12, 1));
    CHECK(BookingTime::parse(QStringLiteral("2026-12-01T10:15"), canoe,
                             QStringLiteral("arrival")) == at(2026, 12, 1, 10, 15));
    CHECK(BookingTime::format(at(2026, 12, 1, 10, 15), canoe) ==
          QStringLiteral("2026-12-01T10:15"));
    CHECK(BookingTime::format(day(2026, 12, 1), cabin) == QStringLiteral("2026-12-01"));
    CHECK(BookingTime::date(day(1969, 12, 31) + 5) == QDate(1969, 12, 31));
    CHECK(refusal([&] {
              BookingTime::parse(QStringLiteral("2026-12-01T10:00"), cabin,
                                 QStringLiteral("arrival"));
          }).field() == QStringLiteral("arrival"));
    CHECK(refusal([&] {
              BookingTime::parse(QStringLiteral("2026-02-30"), canoe, QStringLiteral("departure"));
          }).field() == QStringLiteral("departure"));
    CHECK(BookingTime::lengthUnits(canoe, at(2026, 1, 1, 10), at(2026, 1, 1, 11, 1)) == 2);
    CHECK(BookingTime::lengthUnits(cabin, day(2026, 1, 1), day(2026, 1, 4)) == 3);
}

TEST_CASE("rows use capacity; the departure day is free again", "[booking]") {
    BookingShop shop;
    const Session s = shop.owner();
    const Booking b = shop.newBooking(s);
    BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 4), 2));
    CHECK(AvailabilityService::freeUnits(shop.db(), shop.cabin.id, day(2026, 12, 2),
                                         day(2026, 12, 3)) == 0);
    CHECK(AvailabilityService::freeUnits(shop.db(), shop.cabin.id, day(2026, 12, 4),
                                         day(2026, 12, 6)) == 2);
    CHECK(AvailabilityService::freeUnitsPerDay(shop.db(), shop.cabin.id, QDate(2026, 11, 30), 6) ==
          std::vector<int>{2, 0, 0, 0, 2, 2});

    const auto rows = countRows(shop.db(), "booking_row");
    const Error full = refusal([&] {
        BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 12, 3), day(2026, 12, 5)));
    });
    CHECK(full.code() == ErrorCode::Conflict);
    CHECK(full.field() == QStringLiteral("quantity"));
    CHECK(countRows(shop.db(), "booking_row") == rows);
    // Arriving on the departure day fits.
    const BookingRow next =
        BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 12, 4), day(2026, 12, 6)));
    CHECK_FALSE(next.overbooked);
    CHECK(next.resourceId == shop.cabins[0].id);
}

TEST_CASE("time products are booked to the minute", "[booking]") {
    BookingShop shop;
    const Session s = shop.owner();
    const Booking b = shop.newBooking(s);
    RowInput three = nights(shop.canoe, at(2026, 6, 1, 10), at(2026, 6, 1, 12), 3);
    BookingService::addRow(s, b.id, three);
    CHECK(AvailabilityService::freeUnits(shop.db(), shop.canoe.id, at(2026, 6, 1, 11),
                                         at(2026, 6, 1, 11, 30)) == 0);
    CHECK(AvailabilityService::freeUnits(shop.db(), shop.canoe.id, at(2026, 6, 1, 12),
                                         at(2026, 6, 1, 13)) == 3);
    CHECK(refusal([&] {
              BookingService::addRow(
                  s, b.id, nights(shop.canoe, at(2026, 6, 1, 11, 59), at(2026, 6, 1, 12, 30)));
          }).code() == ErrorCode::Conflict);
    CHECK_NOTHROW(BookingService::addRow(
        s, b.id, nights(shop.canoe, at(2026, 6, 1, 12), at(2026, 6, 1, 12, 30))));
}

TEST_CASE("overbooking needs the box ticked and the right; waitlist may go below zero",
          "[booking]") {
    BookingShop shop;
    const Session owner = shop.owner();
    const Session desk =
        shop.business.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    const Booking b = shop.newBooking(owner);
    BookingService::addRow(owner, b.id, nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 3), 2));
    RowInput more = nights(shop.cabin, day(2026, 12, 2), day(2026, 12, 3));
    more.allowOverbooking = true;
    CHECK(refusal([&] { BookingService::addRow(desk, b.id, more); }).code() ==
          ErrorCode::Forbidden);
    const BookingRow over = BookingService::addRow(owner, b.id, more);
    CHECK(over.overbooked);
    CHECK(AvailabilityService::freeUnits(shop.db(), shop.cabin.id, day(2026, 12, 2),
                                         day(2026, 12, 3)) == -1);

    RowInput wait = nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 2));
    wait.status = RowStatus::Waitlist;
    const BookingRow waiting = BookingService::addRow(desk, b.id, wait);
    CHECK(waiting.status == RowStatus::Waitlist);
    CHECK(AvailabilityService::freeUnits(shop.db(), shop.cabin.id, day(2026, 12, 1),
                                         day(2026, 12, 2)) == -1);
    // A row that does not fit is not saved as a reservation either.
    RowInput promote = BookingService::inputOf(waiting);
    promote.status = RowStatus::Reservation;
    CHECK(refusal([&] { BookingService::editRow(desk, waiting.id, promote); }).code() ==
          ErrorCode::Conflict);
    CHECK(BookingStore::requireRow(shop.db(), waiting.id).status == RowStatus::Waitlist);
}

TEST_CASE("bad rows are refused naming the field and write nothing", "[booking]") {
    BookingShop shop;
    const Session s = shop.owner();
    const Booking b = shop.newBooking(s);
    const auto rows = countRows(shop.db(), "booking_row");
    const auto field = [&](const RowInput& in) {
        return refusal([&] { BookingService::addRow(s, b.id, in); }).field();
    };
    CHECK(field(nights(shop.cabin, day(2026, 12, 4), day(2026, 12, 1))) ==
          QStringLiteral("departure"));
    CHECK(field(nights(shop.cabin, day(2026, 12, 4), day(2026, 12, 4))) ==
          QStringLiteral("departure"));
    CHECK(field(nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 2), 0)) ==
          QStringLiteral("quantity"));
    RowInput unknown = nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 2));
    unknown.productId = 9999;
    CHECK(field(unknown) == QStringLiteral("product"));
    CHECK(field(nights(shop.cabin, at(2026, 12, 1, 14), day(2026, 12, 2))) ==
          QStringLiteral("arrival"));
    RowInput guests = nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 2));
    guests.guests[QStringLiteral("alien")] = 1;
    CHECK(field(guests) == QStringLiteral("guests"));
    RowInput cancelled = nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 2));
    cancelled.status = RowStatus::Cancelled;
    CHECK(field(cancelled) == QStringLiteral("status"));
    CHECK(countRows(shop.db(), "booking_row") == rows);
}

TEST_CASE("show available products lists what is free for the period", "[booking]") {
    BookingShop shop;
    const Session s = shop.owner();
    const Booking b = shop.newBooking(s);
    BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 3), 2));
    const auto nightsFree =
        AvailabilityService::availableProducts(shop.db(), day(2026, 12, 2), day(2026, 12, 3), 1);
    // Whole days: every bookable product but the full cabins.
    REQUIRE(nightsFree.size() == 2);
    const auto hours = AvailabilityService::availableProducts(shop.db(), at(2026, 12, 5, 10),
                                                              at(2026, 12, 5, 12), 1);
    REQUIRE(hours.size() == 2);
    CHECK(hours[0].product.id != shop.cabin.id);
    CHECK(hours[1].product.id != shop.cabin.id);
}
