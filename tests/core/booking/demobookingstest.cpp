#include "core/booking/availability.h"
#include "core/booking/availabilityservice.h"
#include "core/booking/bookingbilling.h"
#include "core/booking/bookingstore.h"
#include "core/booking/bookingtime.h"
#include "core/demo/demobusiness.h"
#include "core/journal/journal.h"
#include "core/store/database.h"
#include "core/time/clock.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>

#include <map>

using namespace skranke;

namespace {

const QDate today(2026, 11, 23);

std::int64_t scalar(Database& db, const char* sql) {
    auto st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

}  // namespace

TEST_CASE("the demo has bookings in the past and the future at every status, and cancellations",
          "[booking][demo]") {
    test::TempDir dir;
    FixedClock clock(QDateTime(today, QTime(9, 0), Qt::UTC));
    auto db = Database::open(dir.path("demo.sqlite"), Database::OpenMode::Create);
    DemoBusiness::build(*db, clock, {DemoBusiness::Size::Small, 1});
    Database& d = *db;
    const std::int64_t now = BookingTime::fromDate(today);

    std::map<QString, int> statuses;
    auto st = d.prepare("SELECT status, count(*) FROM booking_row GROUP BY status");
    while (st.step())
        statuses[st.text(0)] = int(st.int64(1));
    for (const char* s : {"reservation", "final", "waitlist", "long_term", "self_booking"}) {
        INFO(s);
        CHECK(statuses[QString::fromLatin1(s)] > 0);
    }
    // Cancelled only through the cancellation service, each with its record
    // and reason; some with a fee.
    CHECK(statuses[QStringLiteral("cancelled")] > 0);
    CHECK(scalar(d,
                 "SELECT count(*) FROM booking_row r WHERE r.status = 'cancelled' AND NOT "
                 "EXISTS (SELECT 1 FROM booking_cancellation c WHERE c.row_id = r.id)") == 0);
    CHECK(scalar(d, "SELECT count(*) FROM booking_cancellation WHERE fee_minor > 0") > 0);
    CHECK(scalar(d, "SELECT count(*) FROM booking_cancellation WHERE trim(reason) = ''") == 0);

    auto past = d.prepare("SELECT count(*) FROM booking_row WHERE end_min <= ?1");
    past.bindAll(now);
    past.step();
    CHECK(past.int64(0) > 100);
    auto future = d.prepare("SELECT count(*) FROM booking_row WHERE start_min > ?1");
    future.bindAll(now);
    future.step();
    CHECK(future.int64(0) > 100);
    // Rentals by the hour, sauna and padel slots and course places as well as stays.
    CHECK(scalar(d,
                 "SELECT count(DISTINCT p.kind) FROM booking_row r "
                 "JOIN product p ON p.id = r.product_id") == 4);
    CHECK(scalar(d, "SELECT count(*) FROM booking_row WHERE overbooked = 1") == 0);
    CHECK(scalar(d, "SELECT count(*) FROM booking WHERE source = 'web'") > 0);
    CHECK(scalar(d,
                 "SELECT count(*) FROM booking_row WHERE status = 'long_term' "
                 "AND recurring = 1") >= 1);
    CHECK(Journal::verify(d).ok());
}

TEST_CASE("the demo's bookings fit the capacity and paid bookings are final", "[booking][demo]") {
    test::TempDir dir;
    FixedClock clock(QDateTime(today, QTime(9, 0), Qt::UTC));
    auto db = Database::open(dir.path("demo.sqlite"), Database::OpenMode::Create);
    DemoBusiness::build(*db, clock, {DemoBusiness::Size::Small, 3});
    Database& d = *db;
    const QDate first = today.addMonths(-3);
    const int days = int(first.daysTo(today.addMonths(6)));

    // Waiting-list rows may take a product below zero; nothing else may.
    auto products = d.prepare(
        "SELECT id, capacity FROM product WHERE kind IN "
        "('accommodation', 'rental', 'time_slot', 'event')");
    int checked = 0;
    while (products.step()) {
        const std::int64_t product = products.int64(0);
        const int capacity = int(products.int64(1));
        auto rows = d.prepare(
            "SELECT start_min, end_min, quantity FROM booking_row WHERE product_id = ?1 "
            "AND status NOT IN ('cancelled', 'waitlist')");
        rows.bindAll(product);
        std::vector<Availability::Use> uses;
        while (rows.step())
            uses.push_back({rows.int64(0), rows.int64(1), int(rows.int64(2))});
        const std::vector<int> peaks =
            Availability::peakPerDay(uses, BookingTime::fromDate(first), days);
        for (int i = 0; i < days; ++i) {
            INFO("product " << product << " on " << first.addDays(i).toString().toStdString());
            REQUIRE(peaks[std::size_t(i)] <= capacity);
        }
        // With the waiting lists, the service's view agrees at least where none wait.
        const std::vector<int> free = AvailabilityService::freeUnitsPerDay(d, product, first, days);
        for (int i = 0; i < days; ++i)
            CHECK(free[std::size_t(i)] >= -3);
        ++checked;
    }
    CHECK(checked == 8);
    // No unit has two stays or rentals at once (a course's unit takes many).
    CHECK(scalar(d,
                 "SELECT count(*) FROM booking_row a JOIN booking_row b "
                 "ON b.resource_id = a.resource_id AND b.id > a.id "
                 "AND a.start_min < b.end_min AND b.start_min < a.end_min "
                 "JOIN product p ON p.id = a.product_id WHERE p.kind <> 'event' "
                 "AND a.status NOT IN ('cancelled', 'waitlist') "
                 "AND b.status NOT IN ('cancelled', 'waitlist')") == 0);

    // Paid in full: every row final (or the long-term rental) and settled.
    auto bookings = d.prepare("SELECT DISTINCT booking_id FROM booking_payment");
    int paid = 0;
    while (bookings.step()) {
        const Booking b = BookingStore::require(d, bookings.int64(0));
        if (BookingBilling::paid(d, b.id) < BookingStore::total(d, b))
            continue;
        ++paid;
        for (const BookingRow& r : BookingStore::rows(d, b.id)) {
            INFO("row " << r.id);
            CHECK((r.status == RowStatus::Final || r.status == RowStatus::LongTerm));
            CHECK(r.settled());
        }
    }
    CHECK(paid > 50);

    // The cabins are 55–75 % full from three months back to a month ahead.
    auto nights = d.prepare(
        "SELECT sum(min(r.end_min, ?2) - max(r.start_min, ?1)) / 1440, "
        "(SELECT count(*) FROM resource res JOIN product q ON q.id = res.product_id "
        " WHERE q.name LIKE 'Hytte%') "
        "FROM booking_row r JOIN product p ON p.id = r.product_id "
        "WHERE p.name LIKE 'Hytte%' AND r.status NOT IN ('cancelled', 'waitlist') "
        "AND r.start_min < ?2 AND r.end_min > ?1");
    const std::int64_t from = BookingTime::fromDate(first);
    const std::int64_t to = BookingTime::fromDate(today.addMonths(1));
    nights.bindAll(from, to);
    nights.step();
    const double occupancy = double(nights.int64(0)) / double(nights.int64(1) * (to - from) / 1440);
    INFO("cabin occupancy " << occupancy);
    CHECK(occupancy > 0.55);
    CHECK(occupancy < 0.75);
}

TEST_CASE("the demo has online orders in every payment state and status", "[orders][demo]") {
    test::TempDir dir;
    FixedClock clock(QDateTime(today, QTime(9, 0), Qt::UTC));
    auto db = Database::open(dir.path("demo.sqlite"), Database::OpenMode::Create);
    DemoBusiness::build(*db, clock, {DemoBusiness::Size::Small, 1});
    Database& d = *db;

    std::map<QString, int> states;
    auto st = d.prepare("SELECT payment_state, count(*) FROM web_order GROUP BY payment_state");
    while (st.step())
        states[st.text(0)] = int(st.int64(1));
    for (const char* s : {"awaiting", "received", "refunded", "cancelled", "failed"}) {
        INFO(s);
        CHECK(states[QString::fromLatin1(s)] > 0);
    }
    std::map<QString, int> statuses;
    auto byStatus = d.prepare(
        "SELECT coalesce(s.built_in, 'custom'), count(*) FROM web_order o "
        "JOIN order_status s ON s.id = o.status_id GROUP BY 1");
    while (byStatus.step())
        statuses[byStatus.text(0)] = int(byStatus.int64(1));
    for (const char* s : {"not_effected", "effected", "cancelled", "custom"}) {
        INFO(s);
        CHECK(statuses[QString::fromLatin1(s)] > 0);
    }
    CHECK(scalar(d, "SELECT count(*) FROM web_order") >= 35);
    CHECK(scalar(d, "SELECT count(*) FROM payment_operation WHERE state = 'pending'") >= 1);
    CHECK(scalar(d, "SELECT count(*) FROM payment_operation WHERE state = 'declined'") >= 1);
    CHECK(scalar(d, "SELECT count(*) FROM payment_operation WHERE early_reason <> ''") >= 1);
    CHECK(scalar(d, "SELECT count(*) FROM web_order_value_card") >= 1);
    CHECK(scalar(d, "SELECT count(*) FROM web_order WHERE captured_minor < refunded_minor") == 0);
    CHECK(scalar(d,
                 "SELECT count(*) FROM web_order WHERE captured_minor BETWEEN 1 AND "
                 "reserved_minor - 1") >= 1);  // a reduced capture
    CHECK(scalar(d, "SELECT count(DISTINCT payment_type) FROM web_order") == 6);
    CHECK(scalar(d, "SELECT count(*) FROM web_order WHERE paid_by_hand = 1") >= 1);
    CHECK(scalar(d, "SELECT count(*) FROM web_order WHERE invoice_id IS NOT NULL") >= 1);
    CHECK(scalar(d, "SELECT count(*) FROM web_order_line WHERE booking_id IS NOT NULL") >= 1);
    CHECK(Journal::verify(d).ok());
}
