#include "tests/bench/bookingbench.h"

#include "core/auth/session.h"
#include "core/auth/userservice.h"
#include "core/booking/availabilityservice.h"
#include "core/booking/bookingservice.h"
#include "core/booking/bookingtime.h"
#include "core/catalog/catalogservice.h"
#include "core/company/companyservice.h"
#include "core/demo/demobookings.h"
#include "core/demo/democustomers.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"
#include "ui/bookings/ordereditordialog.h"
#include "ui/schedule/scheduleview.h"
#include "ui/shell/appcontext.h"

#include <unistd.h>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <random>

namespace skranke::bench {

namespace {

const QDate benchDay(2026, 11, 23);

// The demo's bookable products (DemoBookings finds them by name), with the
// large demo's units: 500 in all.
struct BenchProduct {
    const char* name;
    ProductKind kind;
    const char* category;
    const char* price;
    int units;
    int smokeUnits;
};
const BenchProduct products[] = {
    {"Hytte, 4 personer (pr. nat)", ProductKind::Accommodation, "Hytter", "895.00", 200, 8},
    {"Hytte, 6 personer (pr. nat)", ProductKind::Accommodation, "Hytter", "1195.00", 100, 4},
    {"Dobbeltværelse (pr. nat)", ProductKind::Accommodation, "Værelser", "745.00", 120, 6},
    {"Kano, 2 personer (pr. time)", ProductKind::Rental, "Kano og cykel", "150.00", 40, 6},
    {"Cykel (pr. time)", ProductKind::Rental, "Kano og cykel", "40.00", 30, 10},
    {"Sauna, 1 time", ProductKind::TimeSlot, "Sauna og baner", "75.00", 4, 1},
    {"Padelbane, 1 time", ProductKind::TimeSlot, "Sauna og baner", "240.00", 4, 2},
    {"Kajakkursus for begyndere", ProductKind::Event, "Kurser", "450.00", 2, 1},
};

void removeDb(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

Session ownerSession(Database& db, const Clock& clock) {
    const StaffUser u = *UserService::find(db, QStringLiteral("owner"));
    return Session(db, clock, u, UserService::rightsOf(db, u), Settings::deviceUid(db));
}

QJsonObject against(std::vector<double> ms, double targetP50Ms, double targetP99Ms = 0) {
    QJsonObject r = BenchReport::percentiles(std::move(ms));
    bool met = r.value(QStringLiteral("p50_ms")).toDouble() < targetP50Ms;
    r.insert(QStringLiteral("target_ms"), targetP50Ms);
    if (targetP99Ms > 0) {
        r.insert(QStringLiteral("target_p99_ms"), targetP99Ms);
        met = met && r.value(QStringLiteral("p99_ms")).toDouble() < targetP99Ms;
    }
    r.insert(QStringLiteral("met"), met);
    return r;
}

void build(const QString& path, bool smoke, QJsonObject& out) {
    Stopwatch w;
    auto db = Database::open(path, Database::OpenMode::Create);
    FixedClock clock(QDateTime(benchDay, QTime(7, 0), Qt::UTC));
    CompanyProfile c;
    c.name = QStringLiteral("Bench Ferie ApS");
    CompanyService::create(*db, clock, c);
    UserService::createOwner(*db, clock,
                             {QStringLiteral("owner"),
                              QStringLiteral("Owner"),
                              {},
                              SecretKind::Pin,
                              QStringLiteral("1234")});
    const Session s = ownerSession(*db, clock);
    db->exec("PRAGMA synchronous = OFF");  // building only; measured below with FULL
    Transaction tx(*db);
    int item = 100;
    for (const BenchProduct& b : products) {
        const int units = smoke ? b.smokeUnits : b.units;
        const QString category = QString::fromUtf8(b.category);
        const Product p =
            CatalogService::createProduct(s, {QString::number(++item),
                                              QString::fromUtf8(b.name),
                                              b.kind,
                                              category,
                                              QString::fromLatin1(b.price),
                                              QStringLiteral("25"),
                                              {},
                                              b.kind == ProductKind::Event ? 12 : units});
        const QString unitName =
            p.name.section(QLatin1Char(','), 0, 0).section(QLatin1Char(' '), 0, 0);
        for (int n = 1; n <= units; ++n)
            CatalogService::createResource(s, QStringLiteral("%1 %2").arg(unitName).arg(n),
                                           category, p.id);
    }
    DemoCustomers::build(s, 2, smoke ? 120 : 20000);
    out.insert(QStringLiteral("catalog_customers_build_s"), w.ms() / 1000.0);
    Stopwatch bw;
    const DemoBookings::Result r = DemoBookings::build(
        s, benchDay, smoke ? DemoBusiness::Size::Small : DemoBusiness::Size::Large, 3);
    out.insert(QStringLiteral("demo_bookings_build_s"), bw.ms() / 1000.0);
    out.insert(QStringLiteral("demo_bookings_skipped"), r.skipped);
    tx.commit();
    Stopwatch cw;
    db->exec("PRAGMA synchronous = FULL");
    db->exec("ANALYZE");
    db.reset();  // checkpoints the WAL into the file
    out.insert(QStringLiteral("checkpoint_s"), cw.ms() / 1000.0);
    out.insert(QStringLiteral("build_s"), w.ms() / 1000.0);
}

QString workingCopy(const BenchOptions& o, QJsonObject& out) {
    const QString name =
        o.smoke ? QStringLiteral("bookings-smoke") : QStringLiteral("bookings-large");
    const QString source = o.dir + QLatin1Char('/') + name + QStringLiteral(".sqlite");
    if (o.smoke)
        removeDb(source);
    if (!QFile::exists(source)) {
        const QString part = source + QStringLiteral(".part");
        removeDb(part);
        build(part, o.smoke, out);
        removeDb(source);
        QFile::rename(part, source);
    } else {
        out.insert(QStringLiteral("reused"), true);
    }
    out.insert(QStringLiteral("file_bytes"), QFileInfo(source).size());
    const QString copy = o.dir + QLatin1Char('/') + name + QStringLiteral("-run.sqlite");
    removeDb(copy);
    for (const char* suffix : {"", "-wal"})
        if (QFile::exists(source + QLatin1String(suffix)))
            QFile::copy(source + QLatin1String(suffix), copy + QLatin1String(suffix));
    ::sync();
    return copy;
}

struct Loaded {
    std::int64_t id;
    ProductKind kind;
};

std::vector<Loaded> loadProducts(Database& db) {
    std::vector<Loaded> result;
    auto st = db.prepare(
        "SELECT id, kind FROM product WHERE kind IN ('accommodation', 'rental', 'time_slot', "
        "'event') ORDER BY id");
    while (st.step())
        result.push_back({st.int64(0), productKindFromKey(st.text(1))});
    return result;
}

// A random period for the product: 1–7 nights, or 1–3 hours from 7–20.
std::pair<std::int64_t, std::int64_t> period(const Loaded& p, const QDate& first, int days,
                                             std::mt19937_64& rng) {
    const QDate day = first.addDays(std::int64_t(rng() % std::uint64_t(days)));
    if (!BookingTime::usesTime(p.kind)) {
        const std::int64_t start = BookingTime::fromDate(day);
        return {start, start + std::int64_t(1 + rng() % 7) * BookingTime::MinutesPerDay};
    }
    const std::int64_t start = BookingTime::fromDate(day) + std::int64_t(7 + rng() % 14) * 60;
    return {start, start + std::int64_t(1 + rng() % 3) * 60};
}

void availability(Database& db, const std::vector<Loaded>& ps, bool smoke, std::mt19937_64& rng,
                  QJsonObject& r) {
    const QDate first = benchDay.addMonths(-18);
    const int days = int(first.daysTo(benchDay.addMonths(6))) - 7;
    std::vector<double> units, resource;
    const int n = smoke ? 200 : 2000;
    for (int i = 0; i < n; ++i) {
        const Loaded& p = ps[rng() % ps.size()];
        const auto [start, end] = period(p, first, days, rng);
        Stopwatch a;
        AvailabilityService::freeUnits(db, p.id, start, end);
        units.push_back(a.ms());
        Stopwatch b;
        AvailabilityService::freeResource(db, p.id, start, end);
        resource.push_back(b.ms());
    }
    r.insert(QStringLiteral("free_units_ms"), against(units, 1));
    r.insert(QStringLiteral("free_resource_ms"), BenchReport::percentiles(resource));
}

// Rows added one by one (each its own transaction, synchronous=FULL) on a
// new booking per five rows, for a random product and period in the next six
// months; the service picks the unit. Refusals (fully booked) are counted.
void addRows(const Session& s, const std::vector<Loaded>& ps, bool smoke, std::mt19937_64& rng,
             QJsonObject& r) {
    Database& db = s.db();
    std::vector<std::int64_t> customers;
    auto st = db.prepare("SELECT id FROM customer ORDER BY id LIMIT 1000");
    while (st.step())
        customers.push_back(st.int64(0));
    std::vector<double> added, refused, created;
    std::int64_t bookingId = 0;
    const int n = smoke ? 30 : 500;
    for (int i = 0; i < n; ++i) {
        if (i % 5 == 0) {
            Booking b;
            b.customerId = customers[rng() % customers.size()];
            Stopwatch c;
            bookingId = BookingService::create(s, b).id;
            created.push_back(c.ms());
        }
        const Loaded& p = ps[rng() % ps.size()];
        const auto [start, end] = period(p, benchDay, 180, rng);
        RowInput in;
        in.productId = p.id;
        in.start = start;
        in.end = end;
        if (p.kind == ProductKind::Event)
            in.guests[QStringLiteral("adult")] = 1;
        Stopwatch w;
        try {
            BookingService::addRow(s, bookingId, in);
            added.push_back(w.ms());
        } catch (const Error&) {
            refused.push_back(w.ms());
        }
    }
    QJsonObject a = BenchReport::percentiles(added);
    a.insert(QStringLiteral("refused"), int(refused.size()));
    if (!refused.empty())
        a.insert(QStringLiteral("refused_ms"), BenchReport::percentiles(refused));
    r.insert(QStringLiteral("add_row_ms"), a);
    r.insert(QStringLiteral("create_booking_ms"), BenchReport::percentiles(created));
}

// What writing the large demo through the services would cost: bookings of
// one row (create + addRow, no billing) in one transaction, as the demo
// writes them, rolled back afterwards. DemoBookings writes its large size
// with bulk INSERTs instead (see demobookings.cpp); this keeps the reason
// measured.
void serviceRate(const Session& s, const std::vector<Loaded>& ps, bool smoke, std::mt19937_64& rng,
                 QJsonObject& r) {
    Database& db = s.db();
    auto st = db.prepare("SELECT id FROM customer ORDER BY id LIMIT 1");
    st.step();
    const std::int64_t customer = st.int64(0);
    const int n = smoke ? 100 : 3000;
    int rows = 0;
    Stopwatch w;  // the refused ones included: they are a few
    {
        Transaction tx(db);
        for (int i = 0; i < n; ++i) {
            Booking b;
            b.customerId = customer;
            const std::int64_t id = BookingService::create(s, b).id;
            const Loaded& p = ps[rng() % (ps.size() - 1)];
            const auto [start, end] = period(p, benchDay.addMonths(-18), 700, rng);
            RowInput in;
            in.productId = p.id;
            in.start = start;
            in.end = end;
            in.allowOverbooking = true;  // the owner may; keeps the rate about writing
            try {
                BookingService::addRow(s, id, in);
                ++rows;
            } catch (const Error&) {
                // No price: a week that starts before the high season (see PriceTable).
            }
        }
        // Not committed: the file stays as built.
    }
    const double ms = w.ms();
    r.insert(QStringLiteral("service_path_rows_per_s"), rows * 1000.0 / ms);
    r.insert(QStringLiteral("service_path_300k_estimate_s"), 300'000 * ms / rows / 1000.0);
}

// A week of 60 units in the Week zoom, painted offscreen as paintEvent does;
// then the grid scrolled a day at a time across a month.
void schedule(AppContext& context, QJsonObject& r) {
    ScheduleView view(context);
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setZoom(ScheduleZoom::Week);
    const int dayWidth = view.geometry().dayWidth();
    // 60 units of one category (the cabins) need 60 unit rows and the
    // group's and product's lines above and between them.
    const QSize size(ScheduleView::HeaderWidth + 7 * dayWidth,
                     ScheduleView::HeaderHeight + 60 * ScheduleGeometry::ResourceHeight +
                         ScheduleGeometry::GroupHeight + ScheduleGeometry::FreeHeight);
    view.resize(size);
    view.show();
    QCoreApplication::processEvents();
    view.setFirstDate(benchDay);
    QCoreApplication::processEvents();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const QRect all(QPoint(0, 0), view.viewport()->size());
    const auto paint = [&] {
        QPainter p(&image);
        view.renderViewport(p, all);
    };
    const auto [firstUnit, lastUnit] = view.geometry().resourcesIn(
        view.verticalScrollBar()->value(), view.verticalScrollBar()->value() + size.height());
    r.insert(QStringLiteral("schedule_viewport"),
             QStringLiteral("%1x%2 px, %3 units, %4 days")
                 .arg(view.viewport()->width())
                 .arg(view.viewport()->height())
                 .arg(lastUnit - firstUnit)
                 .arg((view.viewport()->width() - ScheduleView::HeaderWidth) / dayWidth));
    const int queriesBefore = view.blockQueryCount();
    Stopwatch cold;
    paint();
    r.insert(QStringLiteral("schedule_first_frame_ms"), cold.ms());
    std::vector<double> frames;
    for (int i = 0; i < 50; ++i) {
        view.viewport()->update();
        Stopwatch w;
        paint();
        frames.push_back(w.ms());
    }
    r.insert(QStringLiteral("schedule_week_frame_ms"), against(frames, 10));
    const int queriesAtStart = view.blockQueryCount();
    std::vector<double> steps, scrolls, paints;
    QScrollBar* bar = view.horizontalScrollBar();
    for (int day = 0; day < 31; ++day) {
        Stopwatch w;
        bar->setValue(bar->value() + dayWidth);  // reads blocks when leaving the window
        scrolls.push_back(w.ms());
        Stopwatch pw;
        paint();
        paints.push_back(pw.ms());
        steps.push_back(w.ms());
    }
    QJsonObject scroll = against(steps, 10);
    scroll.insert(QStringLiteral("scroll_part_ms"), BenchReport::percentiles(scrolls));
    scroll.insert(QStringLiteral("paint_part_ms"), BenchReport::percentiles(paints));
    scroll.insert(QStringLiteral("steps"), 31);
    scroll.insert(QStringLiteral("block_queries"), view.blockQueryCount() - queriesAtStart);
    scroll.insert(QStringLiteral("block_queries_before_scrolling"), queriesAtStart - queriesBefore);
    scroll.insert(QStringLiteral("block_queries_total"), view.blockQueryCount());
    r.insert(QStringLiteral("schedule_scroll_day_ms"), scroll);
}

// A booking with 50 rows: cabins, rooms and rentals in the next months.
std::int64_t fiftyRowBooking(const Session& s, const std::vector<Loaded>& ps,
                             std::mt19937_64& rng) {
    Booking b;
    auto st = s.db().prepare("SELECT id FROM customer ORDER BY id LIMIT 1");
    st.step();
    b.customerId = st.int64(0);
    const std::int64_t id = BookingService::create(s, b).id;
    int rows = 0;
    for (int attempt = 0; rows < 50 && attempt < 1000; ++attempt) {
        const Loaded& p = ps[rng() % (ps.size() - 1)];  // not the course
        const auto [start, end] = period(p, benchDay.addDays(30), 150, rng);
        RowInput in;
        in.productId = p.id;
        in.start = start;
        in.end = end;
        try {
            BookingService::addRow(s, id, in);
            ++rows;
        } catch (const Error&) {
        }
    }
    return id;
}

void orderEditor(AppContext& context, std::int64_t bookingId, QJsonObject& r) {
    std::vector<double> ms;
    for (int i = 0; i < 11; ++i) {
        Stopwatch w;
        auto* dialog = new OrderEditorDialog(context, bookingId);
        dialog->show();
        QCoreApplication::processEvents();
        ms.push_back(w.ms());
        dialog->close();
        delete dialog;
        QCoreApplication::processEvents();
    }
    r.insert(QStringLiteral("order_editor_first_open_ms"), ms.front());
    ms.erase(ms.begin());
    r.insert(QStringLiteral("order_editor_open_ms"), against(ms, 100));
}

}  // namespace

void runBookingBench(const BenchOptions& o, BenchReport& report) {
    QJsonObject r;
    const QString path = workingCopy(o, r);
    auto db = Database::open(path, Database::OpenMode::Existing);
    db->exec("PRAGMA optimize");
    {
        auto st = db->prepare(
            "SELECT (SELECT count(*) FROM resource), (SELECT count(*) FROM booking_row), "
            "(SELECT count(*) FROM booking), (SELECT min(start_min) FROM booking_row), "
            "(SELECT max(end_min) FROM booking_row)");
        st.step();
        r.insert(QStringLiteral("resources"), qint64(st.int64(0)));
        r.insert(QStringLiteral("booking_rows"), qint64(st.int64(1)));
        r.insert(QStringLiteral("bookings"), qint64(st.int64(2)));
        r.insert(QStringLiteral("first_day"), BookingTime::date(st.int64(3)).toString(Qt::ISODate));
        r.insert(QStringLiteral("last_day"), BookingTime::date(st.int64(4)).toString(Qt::ISODate));
    }
    FixedClock clock(QDateTime(benchDay, QTime(9, 0), Qt::UTC));
    const Session s = ownerSession(*db, clock);
    const std::vector<Loaded> ps = loadProducts(*db);
    std::mt19937_64 rng(31);
    availability(*db, ps, o.smoke, rng, r);
    addRows(s, ps, o.smoke, rng, r);
    serviceRate(s, ps, o.smoke, rng, r);

    AppContext context(*db, clock);
    context.setSession(s);
    schedule(context, r);
    const std::int64_t fifty = fiftyRowBooking(s, ps, rng);
    orderEditor(context, fifty, r);
    report.add(QStringLiteral("bookings"), r);
}

}  // namespace skranke::bench
