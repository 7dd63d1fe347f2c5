#include "core/demo/demobookings.h"

#include "core/auth/session.h"
#include "core/booking/bookingbilling.h"
#include "core/booking/bookingservice.h"
#include "core/booking/bookingstore.h"
#include "core/booking/bookingtime.h"
#include "core/catalog/bookablecatalog.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <random>

namespace skranke {

namespace {

using Rng = std::mt19937_64;

int between(Rng& rng, int lo, int hi) {
    return lo + int(rng() % std::uint64_t(hi - lo + 1));
}
bool chance(Rng& rng, double p) {
    return double(rng() % 1'000'000) < p * 1'000'000.0;
}

enum class Shape { Cabin, Room, Rental, Slot, Course };

// How a product is booked: opening hours and months for the hourly ones,
// lengths in nights or hours, and the share of the time taken near today
// (small size, large size).
struct Bookable {
    const char* name;
    Shape shape;
    int open, close;               // hours; the large size opens 7–22 all year
    int firstMonth, lastMonth;     // the season
    int minLength, maxLength;      // nights or hours
    double density, largeDensity;  // share of the time taken near today
};

const Bookable bookables[] = {
    {"Hytte, 4 personer (pr. nat)", Shape::Cabin, 0, 0, 1, 12, 2, 7, 0.64, 0.64},
    {"Hytte, 6 personer (pr. nat)", Shape::Cabin, 0, 0, 1, 12, 2, 7, 0.60, 0.60},
    {"Dobbeltværelse (pr. nat)", Shape::Room, 0, 0, 1, 12, 1, 4, 0.40, 0.50},
    {"Kano, 2 personer (pr. time)", Shape::Rental, 9, 18, 5, 9, 1, 3, 0.05, 0.55},
    {"Cykel (pr. time)", Shape::Rental, 9, 18, 4, 10, 1, 3, 0.03, 0.55},
    {"Sauna, 1 time", Shape::Slot, 17, 21, 1, 12, 1, 1, 0.10, 0.55},
    {"Padelbane, 1 time", Shape::Slot, 9, 21, 1, 12, 1, 2, 0.06, 0.55},
    {"Kajakkursus for begyndere", Shape::Course, 10, 13, 5, 9, 1, 1, 0.0, 0.0},
};

struct Loaded {
    const Bookable* def = nullptr;
    std::int64_t id = 0;
    QString name;
    ProductKind kind = ProductKind::Accommodation;
    int capacity = 0;
    std::int64_t listMinor = 0;
    std::vector<std::int64_t> units;  // resources by sort order
    std::vector<PriceRule> rules;
};

struct PlanRow {
    std::size_t product = 0;
    std::int64_t resourceId = 0;  // 0: the service picks (waitlist)
    std::int64_t start = 0;
    std::int64_t end = 0;
    int quantity = 1;
    Guests guests;
};

enum class Billing { None, Invoice, Paid };

struct PlanBooking {
    std::vector<PlanRow> rows;
    RowStatus status = RowStatus::Reservation;
    Billing billing = Billing::None;
    bool web = false;
    bool recurring = false;
    QDate arrival;
    QDate departure;
    QDate bookedOn;
};

bool highSeason(const QDate& d) {
    return (d.month() == 6 && d.day() >= 20) || d.month() == 7 || (d.month() == 8 && d.day() <= 15);
}

// Fewer guests book far ahead; the high season is busier, the dark months
// quieter.
double demand(const QDate& day, const QDate& today) {
    const qint64 ahead = today.daysTo(day);
    double f = ahead <= 42 ? 1.0 : std::max(0.25, 1.0 - 0.75 * double(ahead - 42) / 140.0);
    const int m = day.month();
    if (highSeason(day))
        f *= 1.2;
    else if (m == 1 || m == 2 || m == 11)
        f *= 0.85;
    return std::min(f, 1.25);
}

Guests guestsFor(Shape shape, int persons, Rng& rng) {
    Guests g;
    if (shape == Shape::Room) {
        g[QStringLiteral("adult")] = chance(rng, 0.8) ? 2 : 1;
        return g;
    }
    const int adults = chance(rng, 0.7) ? 2 : between(rng, 1, std::min(4, persons));
    g[QStringLiteral("adult")] = adults;
    if (const int children = between(rng, 0, persons - adults); children > 0)
        g[QStringLiteral("child")] = children;
    if (chance(rng, 0.1))
        g[QStringLiteral("infant")] = 1;
    return g;
}

// The price tables: per night with dearer weekends (Friday, Saturday), a
// high season 20 June–15 August and a week price in it; per hour for
// rentals, per slot for the sauna and the courts, per participant for the
// course.
void priceTables(const Session& owner, std::vector<Loaded>& products, int firstYear, int lastYear) {
    const auto rule = [&](const Loaded& p, std::int64_t amount, auto&& tweak) {
        PriceRule r;
        r.productId = p.id;
        r.amountMinor = amount;
        tweak(r);
        BookableCatalog::addPriceRule(owner, r);
    };
    const auto none = [](PriceRule&) {};
    const auto weekend = [](PriceRule& r) {
        r.weekdays = 0x30;
        r.priority = 1;
    };
    const GuestCategory adult =
        BookableCatalog::guestCategoryByKey(owner.db(), QStringLiteral("adult"));
    const GuestCategory child =
        BookableCatalog::guestCategoryByKey(owner.db(), QStringLiteral("child"));
    const GuestCategory infant =
        BookableCatalog::guestCategoryByKey(owner.db(), QStringLiteral("infant"));
    for (Loaded& p : products) {
        switch (p.def->shape) {
            case Shape::Cabin: {
                const bool six = p.name.contains(QLatin1Char('6'));
                rule(p, six ? 119500 : 89500, none);
                rule(p, six ? 139500 : 109500, weekend);
                for (int y = firstYear; y <= lastYear; ++y) {
                    const auto season = [y](PriceRule& r) {
                        r.validFrom = QDate(y, 6, 20);
                        r.validTo = QDate(y, 8, 15);
                    };
                    rule(p, six ? 169500 : 129500, [&](PriceRule& r) {
                        season(r);
                        r.priority = 2;
                    });
                    rule(p, six ? 1049500 : 799500, [&](PriceRule& r) {
                        season(r);
                        r.basis = PriceRule::Basis::Stay;
                        r.minLength = 7;
                        r.maxLength = 7;
                        r.priority = 3;
                    });
                }
                BookableCatalog::setGuestCategories(owner, p.id, {adult.id, child.id, infant.id});
                break;
            }
            case Shape::Room:
                rule(p, 74500, none);
                rule(p, 84500, weekend);
                BookableCatalog::setGuestCategories(owner, p.id, {adult.id, child.id});
                break;
            case Shape::Rental:
            case Shape::Slot:
                rule(p, p.listMinor, none);
                if (p.name.startsWith(QLatin1String("Padel")))
                    rule(p, 28000, weekend);
                break;
            case Shape::Course: {
                const std::pair<std::int64_t, std::int64_t> perGuest[] = {{adult.id, 45000},
                                                                          {child.id, 30000}};
                for (const auto& [category, amount] : perGuest)
                    rule(p, amount, [&](PriceRule& r) {
                        r.basis = PriceRule::Basis::GuestStay;
                        r.guestCategoryId = category;
                    });
                BookableCatalog::setGuestCategories(owner, p.id, {adult.id, child.id});
                const Supplier s =
                    BookableCatalog::createSupplier(owner, QStringLiteral("Vejle Kajakklub"),
                                                    QStringLiteral("kurser@vejlekajak.example"));
                BookableCatalog::setSupplier(owner, p.id, s.id);
                break;
            }
        }
        p.rules = BookableCatalog::priceRules(owner.db(), p.id);
    }
}

std::vector<Loaded> loadProducts(Database& db) {
    std::vector<Loaded> result;
    for (const Bookable& b : bookables) {
        Loaded p;
        p.def = &b;
        p.name = QString::fromUtf8(b.name);
        auto st = db.prepare("SELECT id, kind, capacity, price_minor FROM product WHERE name = ?1");
        st.bindAll(p.name);
        if (!st.step())
            throw Error(ErrorCode::NotFound, QStringLiteral("demo product %1").arg(p.name),
                        QStringLiteral("product"));
        p.id = st.int64(0);
        p.kind = productKindFromKey(st.text(1));
        p.capacity = int(st.int64(2));
        p.listMinor = st.int64(3);
        auto units = db.prepare(
            "SELECT id FROM resource WHERE product_id = ?1 AND active = 1 ORDER BY sort_order, id");
        units.bindAll(p.id);
        while (units.step())
            p.units.push_back(units.int64(0));
        result.push_back(std::move(p));
    }
    return result;
}

// Plans the bookings by walking each unit's timeline (a flag per night, or
// per hour for products booked by the hour), so no unit is ever booked
// twice and no product over its capacity.
class Planner final {
public:
    Planner(std::vector<Loaded>& products, const QDate& first, int days, const QDate& today,
            bool large, Rng& rng)
        : m_products(products),
          m_first(first),
          m_days(days),
          m_today(today),
          m_large(large),
          m_rng(rng) {
        for (const Loaded& p : products)
            for (std::int64_t u : p.units)
                m_taken[u].assign(std::size_t(days) * (BookingTime::usesTime(p.kind) ? 24 : 1), 0);
    }

    std::vector<PlanBooking> plan() {
        longTermRentals();
        for (std::size_t i = 0; i < m_products.size(); ++i) {
            const Shape shape = m_products[i].def->shape;
            if (shape == Shape::Cabin || shape == Shape::Room)
                nights(i);
            else if (shape == Shape::Course)
                courses(i);
            else
                hours(i);
        }
        waitlists();
        return std::move(m_plan);
    }

private:
    bool free(std::int64_t unit, int from, int to) const {
        const auto& t = m_taken.at(unit);
        return std::none_of(t.begin() + from, t.begin() + to, [](std::uint8_t v) { return v; });
    }
    void take(std::int64_t unit, int from, int to) {
        auto& t = m_taken[unit];
        std::fill(t.begin() + from, t.begin() + to, std::uint8_t(1));
    }
    std::int64_t minute(int day, int hour = 0) const {
        return BookingTime::fromDate(m_first.addDays(day)) + hour * 60;
    }
    // One booking of one unit, and for groups more units free at the same time.
    void book(std::size_t product, int day, int from, int to, double groupChance, int maxExtra,
              bool hourly) {
        const Loaded& p = m_products[product];
        const Shape shape = p.def->shape;
        PlanBooking b;
        std::vector<std::int64_t> units{p.units[m_cursor]};
        if (chance(m_rng, groupChance))
            for (std::size_t u = 0; u < p.units.size() && int(units.size()) <= maxExtra; ++u)
                if (u != m_cursor && free(p.units[u], from, to))
                    units.push_back(p.units[u]);
        for (std::int64_t u : units) {
            take(u, from, to);
            PlanRow r;
            r.product = product;
            r.resourceId = u;
            r.start = hourly ? minute(day, from - day * 24) : minute(from);
            r.end = hourly ? minute(day, to - day * 24) : minute(to);
            if (shape == Shape::Cabin || shape == Shape::Room)
                r.guests = guestsFor(shape, p.name.contains(QLatin1Char('6')) ? 6 : 4, m_rng);
            b.rows.push_back(std::move(r));
        }
        m_plan.push_back(std::move(b));
    }

    // A long-term tenant in a room from the first of the month (the last
    // month and this one); the room stays theirs for the rest of the demo.
    void longTermRentals() {
        for (std::size_t i = 0; i < m_products.size(); ++i) {
            const Loaded& p = m_products[i];
            if (p.def->shape != Shape::Room || p.units.size() < 3)
                continue;
            for (int k = 0; k < 2; ++k) {
                const QDate from = QDate(m_today.year(), m_today.month(), 1).addMonths(k - 1);
                const int day = int(m_first.daysTo(from));
                if (day < 0)
                    continue;
                const std::int64_t unit = p.units[p.units.size() - 1 - std::size_t(k)];
                take(unit, day, m_days);
                PlanBooking b;
                b.status = RowStatus::LongTerm;
                b.recurring = true;
                b.billing = k == 0 ? Billing::Paid : Billing::Invoice;
                PlanRow r{i, unit, minute(day), BookingTime::fromDate(from.addMonths(1)), 1, {}};
                r.guests[QStringLiteral("adult")] = 1;
                b.rows.push_back(std::move(r));
                m_plan.push_back(std::move(b));
            }
        }
    }

    void nights(std::size_t product) {
        const Loaded& p = m_products[product];
        const Bookable& d = *p.def;
        // A quarter of the cabin stays are weeks.
        const double meanLength = d.shape == Shape::Cabin
                                      ? 0.25 * 7 + 0.75 * (d.minLength + d.maxLength) / 2.0
                                      : (d.minLength + d.maxLength) / 2.0;
        for (m_cursor = 0; m_cursor < p.units.size(); ++m_cursor) {
            const std::int64_t unit = p.units[m_cursor];
            for (int day = 0; day < m_days;) {
                const double o = std::min(0.95, (m_large ? d.largeDensity : d.density) *
                                                    demand(m_first.addDays(day), m_today));
                if (m_taken[unit][day] || !chance(m_rng, o / (meanLength * (1 - o) + o))) {
                    ++day;
                    continue;
                }
                // Week stays are popular in cabins.
                int length = d.shape == Shape::Cabin && chance(m_rng, 0.25)
                                 ? 7
                                 : between(m_rng, d.minLength, d.maxLength);
                // PriceTable gives no price for a week that reaches into the
                // high season from before it (the week price is best on a
                // later night); such guests stay six nights.
                if (length == 7 && !highSeason(m_first.addDays(day)) &&
                    highSeason(m_first.addDays(day + 6)))
                    length = 6;
                int run = 0;
                while (run < length && day + run < m_days && !m_taken[unit][day + run])
                    ++run;
                if (run < d.minLength) {
                    day += std::max(run, 1);
                    continue;
                }
                book(product, day, day, day + run, d.shape == Shape::Cabin ? 0.1 : 0.05, 1, false);
                day += run;
            }
        }
    }

    void hours(std::size_t product) {
        const Loaded& p = m_products[product];
        const Bookable& d = *p.def;
        const int open = m_large ? 7 : d.open;
        const int close = m_large ? 22 : d.close;
        const int maxLength = m_large ? std::min(d.maxLength, 2) : d.maxLength;
        const double meanLength = (d.minLength + maxLength) / 2.0;
        for (m_cursor = 0; m_cursor < p.units.size(); ++m_cursor) {
            const std::int64_t unit = p.units[m_cursor];
            for (int day = 0; day < m_days; ++day) {
                const QDate date = m_first.addDays(day);
                if (!m_large && (date.month() < d.firstMonth || date.month() > d.lastMonth))
                    continue;
                const double o =
                    std::min(0.95, (m_large ? d.largeDensity : d.density) * demand(date, m_today));
                for (int h = open; h < close;) {
                    const int slot = day * 24 + h;
                    if (m_taken[unit][slot] || !chance(m_rng, o / (meanLength * (1 - o) + o))) {
                        ++h;
                        continue;
                    }
                    int length = std::min(between(m_rng, d.minLength, maxLength), close - h);
                    int run = 0;
                    while (run < length && !m_taken[unit][slot + run])
                        ++run;
                    book(product, day, slot, slot + run, d.shape == Shape::Rental ? 0.3 : 0.0, 2,
                         true);
                    h += run;
                }
            }
        }
    }

    // Saturday courses in the season, 10–13, for 1–4 participants a booking;
    // a full course gets a waiting list.
    void courses(std::size_t product) {
        const Loaded& p = m_products[product];
        const Bookable& d = *p.def;
        for (int day = 0; day < m_days; ++day) {
            const QDate date = m_first.addDays(day);
            if (date.dayOfWeek() != Qt::Saturday || date.month() < d.firstMonth ||
                date.month() > d.lastMonth)
                continue;
            // The first course ahead is always full, with guests waiting.
            const bool next = date > m_today && !m_nextCourse;
            m_nextCourse = m_nextCourse || next;
            const int target =
                next || chance(m_rng, 0.35) ? p.capacity : between(m_rng, 4, p.capacity - 1);
            int taken = 0;
            const auto participants = [&](int n, RowStatus status) {
                PlanBooking b;
                b.status = status;
                PlanRow r{product, p.units.front(), minute(day, d.open), minute(day, d.close), n,
                          {}};
                const int children = between(m_rng, 0, n - 1);
                r.guests[QStringLiteral("adult")] = n - children;
                if (children > 0)
                    r.guests[QStringLiteral("child")] = children;
                b.rows.push_back(std::move(r));
                m_plan.push_back(std::move(b));
            };
            while (taken < target) {
                const int n = std::min(between(m_rng, 1, 4), target - taken);
                participants(n, RowStatus::Reservation);
                taken += n;
            }
            if (taken == p.capacity && (next || chance(m_rng, 0.5)))
                participants(between(m_rng, 1, 2), RowStatus::Waitlist);
        }
    }

    // Guests who asked for a cabin on nights when every cabin was taken.
    void waitlists() {
        for (std::size_t i = 0; i < m_products.size(); ++i) {
            const Loaded& p = m_products[i];
            if (p.def->shape != Shape::Cabin)
                continue;
            const auto full = [&](int day) {
                return std::all_of(p.units.begin(), p.units.end(),
                                   [&](std::int64_t u) { return m_taken[u][day] != 0; });
            };
            const int from = int(m_first.daysTo(m_today)) + 1;
            int added = 0;
            for (int day = from; day + 2 < m_days && added < (m_large ? 40 : 2); ++day) {
                if (!full(day) || !full(day + 1))
                    continue;
                PlanBooking b;
                b.status = RowStatus::Waitlist;
                PlanRow r{i, 0, minute(day), minute(day + 2), 1, guestsFor(Shape::Cabin, 4, m_rng)};
                b.rows.push_back(std::move(r));
                m_plan.push_back(std::move(b));
                ++added;
                day += 10;
            }
        }
    }

    std::vector<Loaded>& m_products;
    QDate m_first;
    int m_days;
    QDate m_today;
    bool m_large;
    Rng& m_rng;
    std::map<std::int64_t, std::vector<std::uint8_t>> m_taken;
    std::size_t m_cursor = 0;
    bool m_nextCourse = false;
    std::vector<PlanBooking> m_plan;
};

// When it was booked, its status and how far it is billed, from where it
// lies in time: the past mostly paid (some invoices still open), the
// present paid or invoiced, the future mostly reservations with some final,
// paid, invoiced and booked online.
void classify(PlanBooking& b, const QDate& today, Rng& rng) {
    b.arrival = BookingTime::date(b.rows.front().start);
    b.departure = BookingTime::date(b.rows.front().end - 1).addDays(1);
    QDate booked = b.arrival.addDays(-between(rng, 2, 90));
    if (booked > today)
        booked = today.addDays(-between(rng, 0, 30));
    b.bookedOn = b.status == RowStatus::LongTerm ? std::min(today, b.arrival.addDays(-10)) : booked;
    if (b.status != RowStatus::Reservation)
        return;
    const int r = between(rng, 0, 99);
    if (b.departure <= today) {
        b.billing = r < 90 ? Billing::Paid : Billing::Invoice;
    } else if (b.arrival <= today) {
        b.billing = r < 55 ? Billing::Paid : Billing::Invoice;
        if (r >= 55 && r < 80)
            b.status = RowStatus::Final;
    } else if (r < 12) {
        b.status = RowStatus::SelfBooking;
        b.web = true;
    } else if (r < 22) {
        b.status = RowStatus::Final;
    } else if (r < 30) {
        b.billing = Billing::Paid;
    } else if (r < 47) {
        b.billing = Billing::Invoice;
    }
}

QDate finalDueOf(const PlanBooking& b) {
    return std::max(b.bookedOn.addDays(7), b.arrival.addDays(-14));
}

const char* const methods[] = {"card", "mobilepay", "bank"};
const char* const comments[] = {"Vi ankommer sent, ca. kl. 21.", "Vi har en lille hund med.",
                                "Må vi låne en barneseng?", "Fejrer sølvbryllup :)"};

// Through the services, so every rule and the journal apply; a booking
// whose row is refused is left out whole (its savepoint rolls back).
class ServiceWriter final {
public:
    ServiceWriter(const Session& owner, const std::vector<Loaded>& products, const QDate& today,
                  Rng& rng)
        : m_owner(owner), m_products(products), m_today(today), m_rng(rng) {}

    bool write(const PlanBooking& plan, std::int64_t customerId, bool bill) {
        Transaction tx(m_owner.db());
        Booking h;
        h.customerId = customerId;
        h.source = plan.web ? QStringLiteral("web") : QStringLiteral("front_desk");
        h.paymentMethod = plan.web ? QStringLiteral("card") : QStringLiteral("invoice");
        h.finalDue = finalDueOf(plan);
        if (plan.bookedOn.addDays(7) < h.finalDue)
            h.depositDue = plan.bookedOn.addDays(7);
        const Shape shape = m_products[plan.rows.front().product].def->shape;
        h.supplierReport = shape == Shape::Course;
        h.purpose =
            plan.status == RowStatus::LongTerm || (shape == Shape::Room && chance(m_rng, 0.3))
                ? QStringLiteral("business")
                : QStringLiteral("leisure");
        if (plan.web && chance(m_rng, 0.3))
            h.customerComment = QString::fromUtf8(comments[m_rng() % std::size(comments)]);
        const Booking booking = BookingService::create(m_owner, h);
        try {
            for (const PlanRow& r : plan.rows) {
                RowInput in;
                in.productId = m_products[r.product].id;
                in.resourceId = r.resourceId;
                in.status = plan.status;
                in.start = r.start;
                in.end = r.end;
                in.quantity = r.quantity;
                in.guests = r.guests;
                in.recurring = plan.recurring;
                BookingService::addRow(m_owner, booking.id, in);
            }
        } catch (const Error&) {
            return false;
        }
        if (bill && plan.billing != Billing::None) {
            BookingBilling::generateInvoice(m_owner, booking.id, plan.bookedOn);
            if (plan.billing == Billing::Paid) {
                const QDate last = std::min(m_today, h.finalDue);
                const QDate paidOn =
                    plan.bookedOn.addDays(between(m_rng, 0, int(plan.bookedOn.daysTo(last))));
                const char* method = methods[m_rng() % std::size(methods)];
                BookingBilling::pay(
                    m_owner, booking.id, BookingStore::total(m_owner.db(), booking), paidOn,
                    QString::fromLatin1(method),
                    QStringLiteral("%1-%2").arg(QLatin1String(method)).arg(booking.id), {});
            }
        }
        tx.commit();
        return true;
    }

private:
    const Session& m_owner;
    const std::vector<Loaded>& m_products;
    QDate m_today;
    Rng& m_rng;
};

// The large size's rows go in with one prepared INSERT each, in the demo's
// transaction; one booking in a hundred goes through the services, invoiced
// and paid when its plan says so. Measured on the 300,000-row file
// (skranke-bench --only bookings, service_path_rows_per_s): BookingService
// writes about 2,300 rows a second with the machine to itself and 560 with
// two builds beside it, so 300,000 rows would take 2–9 minutes before any
// invoice; this path builds them in about 25 s. The planner already keeps
// every unit free of double bookings, so the service's checks would refuse
// nothing; the prices come from the same price tables, and a booking with a
// row they do not price is left out, as the service would refuse it. These
// rows are not journaled.
class BulkWriter final {
public:
    BulkWriter(const Session& owner, const std::vector<Loaded>& products)
        : m_owner(owner), m_products(products) {
        for (const GuestCategory& c : BookableCatalog::guestCategories(owner.db()))
            m_categories[c.key] = c.id;
    }

    // False when a row has no price (as BookingService would refuse it).
    bool write(const PlanBooking& plan, std::int64_t customerId) {
        Database& db = m_owner.db();
        const std::int64_t now = m_owner.clock().nowMs();
        std::vector<std::int64_t> prices;
        for (const PlanRow& r : plan.rows) {
            const Loaded& p = m_products[r.product];
            PriceQuery q;
            q.kind = p.kind;
            q.start = r.start;
            q.end = r.end;
            q.quantity = r.quantity;
            for (const auto& [key, count] : r.guests)
                q.guests[m_categories.at(key)] += count;
            const auto price = PriceTable::price(p.rules, q, p.listMinor);
            if (!price)
                return false;
            prices.push_back(*price);
        }
        db.prepare(
              "INSERT INTO booking(uid, customer_id, created_ms, updated_ms, booked_by, source, "
              "payment_method, final_due, supplier_report) "
              "VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8)")
            .bindAll(Uuid::v7(now), customerId, now, m_owner.user().login,
                     plan.web ? QStringLiteral("web") : QStringLiteral("front_desk"),
                     plan.web ? QStringLiteral("card") : QStringLiteral("invoice"),
                     finalDueOf(plan).toString(Qt::ISODate),
                     m_products[plan.rows.front().product].def->shape == Shape::Course)
            .run();
        const std::int64_t bookingId = db.lastInsertId();
        // Paid without a booked payment: the row is final but not settled.
        const RowStatus status =
            plan.billing == Billing::Paid && plan.status == RowStatus::Reservation
                ? RowStatus::Final
                : plan.status;
        for (std::size_t i = 0; i < plan.rows.size(); ++i) {
            const PlanRow& r = plan.rows[i];
            const Loaded& p = m_products[r.product];
            auto st = db.prepare(
                "INSERT INTO booking_row(uid, booking_id, product_id, resource_id, status, "
                "start_min, end_min, quantity, guests, offered_minor, currency, invoice_text, "
                "recurring, confirmed_ms, created_ms, updated_ms) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'DKK', ?11, ?12, ?13, ?14, ?14)");
            st.bindAll(Uuid::v7(now), bookingId, p.id, r.resourceId > 0 ? r.resourceId : p.units[0],
                       rowStatusKey(status), r.start, r.end, r.quantity, guestsToText(r.guests),
                       prices[i], p.name, plan.recurring);
            if (status == RowStatus::Final)
                st.bind(13, now);
            else
                st.bindNull(13);
            st.bind(14, now).run();
        }
        return true;
    }

private:
    const Session& m_owner;
    const std::vector<Loaded>& m_products;
    std::map<QString, std::int64_t> m_categories;
};

}  // namespace

DemoBookings::Result DemoBookings::build(const Session& owner, const QDate& today,
                                         DemoBusiness::Size size, std::uint64_t seed) {
    Rng rng(seed);
    const bool large = size == DemoBusiness::Size::Large;
    Database& db = owner.db();
    Transaction tx(db);
    const QDate first = today.addMonths(large ? -18 : -3);
    const QDate last = today.addMonths(6);
    std::vector<Loaded> products = loadProducts(db);
    priceTables(owner, products, first.year() - 1, last.year());

    std::vector<std::int64_t> customers;
    {
        // Guests who book themselves, not the private debtors' people, so the
        // receivables demo keeps its balances.
        auto st = db.prepare("SELECT id FROM customer WHERE debtor_id IS NULL ORDER BY id");
        while (st.step())
            customers.push_back(st.int64(0));
    }
    if (customers.empty())
        throw Error(ErrorCode::NotFound, QStringLiteral("demo customers"),
                    QStringLiteral("customer"));

    std::vector<PlanBooking> plan =
        Planner(products, first, int(first.daysTo(last)), today, large, rng).plan();
    for (PlanBooking& b : plan)
        classify(b, today, rng);
    if (large) {
        // Exactly the benchmark's number of rows: drop bookings at random.
        constexpr std::size_t target = 300'000;
        std::shuffle(plan.begin(), plan.end(), rng);
        std::size_t rows = 0;
        std::size_t keep = 0;
        for (; keep < plan.size() && rows + plan[keep].rows.size() <= target; ++keep)
            rows += plan[keep].rows.size();
        plan.resize(keep);
    }
    // Booking numbers follow the booking dates; waiting lists last, as their
    // rows count against the capacity the others were checked for.
    std::stable_sort(plan.begin(), plan.end(), [](const PlanBooking& a, const PlanBooking& b) {
        const bool aw = a.status == RowStatus::Waitlist;
        const bool bw = b.status == RowStatus::Waitlist;
        return aw != bw ? bw : a.bookedOn < b.bookedOn;
    });

    Result result;
    ServiceWriter service(owner, products, today, rng);
    BulkWriter bulk(owner, products);
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const PlanBooking& b = plan[i];
        const std::int64_t customer = customers[rng() % customers.size()];
        if (large && i % 100 != 0 ? !bulk.write(b, customer) : !service.write(b, customer, true)) {
            ++result.skipped;
            continue;
        }
        ++result.bookings;
        result.rows += int(b.rows.size());
    }
    tx.commit();
    return result;
}

}  // namespace skranke
