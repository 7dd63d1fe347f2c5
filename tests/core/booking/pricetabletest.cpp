#include "core/booking/bookingstore.h"
#include "core/catalog/bookablecatalog.h"
#include "core/store/error.h"
#include "tests/core/booking/bookingfixture.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

PriceRule perNight(std::int64_t product, std::int64_t amount) {
    PriceRule r;
    r.productId = product;
    r.basis = PriceRule::Basis::Unit;
    r.amountMinor = amount;
    return r;
}

PriceQuery stay(std::int64_t from, std::int64_t to, int quantity = 1) {
    PriceQuery q;
    q.kind = ProductKind::Accommodation;
    q.start = from;
    q.end = to;
    q.quantity = quantity;
    return q;
}

}  // namespace

TEST_CASE("no price table: the list price per night and unit", "[booking][price]") {
    CHECK(PriceTable::price({}, stay(day(2026, 7, 1), day(2026, 7, 4), 2), 80000) == 480000);
    PriceQuery hours = stay(at(2026, 7, 1, 10), at(2026, 7, 1, 12, 30));
    hours.kind = ProductKind::Rental;
    CHECK(PriceTable::price({}, hours, 15000) == 45000);  // three started hours
}

TEST_CASE("each night is priced by its season and weekday", "[booking][price]") {
    PriceRule base = perNight(1, 80000);
    base.id = 1;
    PriceRule high = perNight(1, 120000);
    high.id = 2;
    high.validFrom = QDate(2026, 6, 20);
    high.validTo = QDate(2026, 8, 15);
    PriceRule weekend = perNight(1, 100000);
    weekend.id = 3;
    weekend.weekdays = (1 << 4) | (1 << 5);  // Friday and Saturday nights
    weekend.priority = 1;
    const std::vector<PriceRule> rules{base, high, weekend};
    // Thu 18 – Mon 22 June 2026: Thu 800, Fri 1000, Sat 1000 (weekend wins on
    // priority), Sun 21 June is high season 1200.
    CHECK(PriceTable::price(rules, stay(day(2026, 6, 18), day(2026, 6, 22)), 0) ==
          80000 + 100000 + 100000 + 120000);
    // Longer than any rule allows: no price.
    PriceRule shortOnly = perNight(1, 50000);
    shortOnly.maxLength = 2;
    CHECK_FALSE(PriceTable::price({shortOnly}, stay(day(2026, 3, 2), day(2026, 3, 5)), 0));
}

TEST_CASE("a week price prices the whole stay; guests add per category", "[booking][price]") {
    PriceRule night = perNight(1, 90000);
    night.id = 1;
    PriceRule week;
    week.id = 2;
    week.productId = 1;
    week.basis = PriceRule::Basis::Stay;
    week.minLength = 7;
    week.maxLength = 7;
    week.priority = 5;
    week.amountMinor = 500000;
    PriceRule child;
    child.id = 3;
    child.productId = 1;
    child.basis = PriceRule::Basis::GuestUnit;
    child.guestCategoryId = 2;
    child.amountMinor = 5000;
    const std::vector<PriceRule> rules{night, week, child};
    PriceQuery q = stay(day(2026, 9, 5), day(2026, 9, 12));
    CHECK(PriceTable::price(rules, q, 0) == 500000);
    q.guests[2] = 2;  // two children: 50 per night each
    CHECK(PriceTable::price(rules, q, 0) == 500000 + 2 * 7 * 5000);
    q.end = day(2026, 9, 8);
    CHECK(PriceTable::price(rules, q, 0) == 3 * 90000 + 2 * 3 * 5000);
    // A week whose stay price starts only in a later season is priced night
    // by night, not refused.
    PriceRule lateWeek = week;
    lateWeek.id = 4;
    lateWeek.validFrom = QDate(2026, 9, 7);
    q = stay(day(2026, 9, 5), day(2026, 9, 12));
    CHECK(PriceTable::price({night, lateWeek}, q, 0) == 7 * 90000);
}

TEST_CASE("the row's price is offered and recomputed; none matching needs a manual price",
          "[booking][price]") {
    BookingShop shop;
    const Session s = shop.owner();
    PriceRule summer = perNight(shop.cabin.id, 100000);
    summer.validFrom = QDate(2026, 6, 1);
    summer.validTo = QDate(2026, 8, 31);
    BookableCatalog::addPriceRule(s, summer);
    const Booking b = shop.newBooking(s);
    const BookingRow row =
        BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 7, 1), day(2026, 7, 3)));
    CHECK(row.price().minor() == 200000);
    CHECK_FALSE(row.manual);
    RowInput longer = BookingService::inputOf(row);
    longer.end = day(2026, 7, 5);
    longer.quantity = 2;
    CHECK(BookingService::editRow(s, row.id, longer).price().minor() == 800000);

    // Outside the season no rule matches.
    RowInput winter = nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 3));
    try {
        BookingService::addRow(s, b.id, winter);
        FAIL("a row without a price was saved");
    } catch (const Error& e) {
        CHECK(e.field() == QStringLiteral("price"));
    }
    winter.manual = Money(150000, shop.cabin.price.currency());
    const BookingRow manual = BookingService::addRow(s, b.id, winter);
    CHECK(manual.price().minor() == 150000);
    CHECK_FALSE(manual.offered);
}

TEST_CASE("price rules are checked before they are stored", "[booking][price]") {
    BookingShop shop;
    const Session s = shop.owner();
    PriceRule bad = perNight(shop.cabin.id, 1000);
    bad.validFrom = QDate(2026, 8, 1);
    bad.validTo = QDate(2026, 7, 1);
    CHECK_THROWS_AS(BookableCatalog::addPriceRule(s, bad), Error);
    PriceRule guest = perNight(shop.cabin.id, 1000);
    guest.basis = PriceRule::Basis::GuestUnit;  // without a category
    CHECK_THROWS_AS(BookableCatalog::addPriceRule(s, guest), Error);
    CHECK(BookableCatalog::priceRules(shop.db(), shop.cabin.id).empty());
    const auto desk =
        shop.business.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    CHECK_THROWS_AS(BookableCatalog::addPriceRule(desk, perNight(shop.cabin.id, 1000)), Error);
}
