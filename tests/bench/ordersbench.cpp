#include "tests/bench/ordersbench.h"

#include "core/auth/session.h"
#include "core/auth/userservice.h"
#include "core/company/companyservice.h"
#include "core/orders/orderimport.h"
#include "core/orders/orderlist.h"
#include "core/orders/orderpayments.h"
#include "core/orders/orderstore.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace skranke::bench {

namespace {

const QDateTime benchNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
constexpr std::int64_t DayMs = 24LL * 3600 * 1000;

Money dkk(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("DKK")));
}

ImportedOrder order(int i, std::int64_t orderMs) {
    ImportedOrder o;
    o.externalId = QStringLiteral("WEB-%1").arg(i);
    o.orderMs = orderMs;
    o.customerName = QStringLiteral("Kunde %1").arg(i % 5000);
    o.customerEmail = QStringLiteral("kunde%1@example.dk").arg(i % 5000);
    o.paymentType = QStringLiteral("card");
    o.gateway = QStringLiteral("test");
    o.transactionId = QStringLiteral("tx-%1").arg(i);
    OrderLine mug{1,
                  QStringLiteral("KRUS"),
                  QStringLiteral("Krus"),
                  2,
                  dkk(25800),
                  Rate::percent(QStringLiteral("25")),
                  OrderLineKind::Goods,
                  0};
    OrderLine card{2,
                   QStringLiteral("GK500"),
                   QStringLiteral("Gavekort"),
                   1,
                   dkk(50000),
                   Rate(),
                   OrderLineKind::ValueCard,
                   0};
    o.lines = {mug, card};
    o.reserved = dkk(75800);
    o.billing.name = o.customerName;
    o.delivery = o.billing;
    return o;
}

QByteArray importFile(int first, int count, std::int64_t orderMs) {
    QJsonArray orders;
    for (int i = first; i < first + count; ++i)
        orders.append(QJsonObject{
            {QStringLiteral("external_id"), QStringLiteral("NEW-%1").arg(i)},
            {QStringLiteral("created"),
             QDateTime::fromMSecsSinceEpoch(orderMs, Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("currency"), QStringLiteral("DKK")},
            {QStringLiteral("customer"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Ny kunde")}}},
            {QStringLiteral("payment"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("card")},
                         {QStringLiteral("gateway"), QStringLiteral("test")},
                         {QStringLiteral("transaction_id"), QStringLiteral("new-%1").arg(i)}}},
            {QStringLiteral("lines"),
             QJsonArray{QJsonObject{{QStringLiteral("item_number"), QStringLiteral("KRUS")},
                                    {QStringLiteral("text"), QStringLiteral("Krus")},
                                    {QStringLiteral("quantity"), 1},
                                    {QStringLiteral("amount"), QStringLiteral("129.00")},
                                    {QStringLiteral("kind"), QStringLiteral("goods")}}}}});
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("skranke-orders/1")},
                                     {QStringLiteral("orders"), orders}})
        .toJson();
}

// The first screen of the list, `runs` times.
QJsonObject firstScreen(Database& db, const OrderList::Filter& filter, int runs) {
    std::vector<double> ms;
    std::size_t rows = 0;
    for (int r = 0; r < runs; ++r) {
        Stopwatch w;
        rows = OrderList::page(db, filter, nullptr, 200).size();
        ms.push_back(w.ms());
    }
    QJsonObject o = BenchReport::percentiles(ms);
    o.insert(QStringLiteral("rows"), qint64(rows));
    return o;
}

}  // namespace

void runOrdersBench(const BenchOptions& options, BenchReport& report) {
    const int total = options.smoke ? 400 : 200000;
    const QString path = options.dir + QStringLiteral("/orders.sqlite");
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto db = Database::open(path, Database::OpenMode::Create);
    FixedClock clock(benchNow);
    CompanyProfile c;
    c.name = QStringLiteral("Bench Webshop A/S");
    CompanyService::create(*db, clock, c);
    UserService::createOwner(*db, clock,
                             {QStringLiteral("owner"),
                              QStringLiteral("Owner"),
                              {},
                              SecretKind::Pin,
                              QStringLiteral("1234")});
    const StaffUser owner = *UserService::find(*db, QStringLiteral("owner"));
    const Session s(*db, clock, owner, UserService::rightsOf(*db, owner), Settings::deviceUid(*db));

    QJsonObject out;
    Stopwatch build;
    {
        // Two years back; the newest tenth is not effected, the rest effected.
        Transaction tx(*db);
        const std::int64_t now = clock.nowMs();
        const std::int64_t span = 730 * DayMs;
        const std::int64_t effected = OrderStore::builtInStatus(*db, QStringLiteral("effected")).id;
        const std::int64_t open = OrderStore::builtInStatus(*db, QStringLiteral("not_effected")).id;
        for (int i = 0; i < total; ++i) {
            const std::int64_t at = now - span + span * i / total;
            OrderStore::insert(s, order(i, at), i >= total - total / 10 ? open : effected);
        }
        tx.commit();
    }
    out.insert(QStringLiteral("orders"), total);
    out.insert(QStringLiteral("build_ms"), build.ms());

    const int runs = options.smoke ? 3 : 20;
    const QDate today = benchNow.date();
    OrderList::Filter standard;  // as the page opens: 30 days, not effected
    standard.from = today.addDays(-30);
    standard.to = today;
    standard.statusId = OrderStore::builtInStatus(*db, QStringLiteral("not_effected")).id;
    out.insert(QStringLiteral("list_default_first_screen"), firstScreen(*db, standard, runs));
    OrderList::Filter everything;
    out.insert(QStringLiteral("list_all_first_screen"), firstScreen(*db, everything, runs));
    OrderList::Filter search;
    search.text = QStringLiteral("kunde4711@");
    out.insert(QStringLiteral("list_search_first_screen"), firstScreen(*db, search, runs));

    // Screen 100 of every order, reached through the keyset as scrolling does.
    {
        Stopwatch w;
        std::vector<OrderList::Row> page = OrderList::page(*db, everything, nullptr, 200);
        std::vector<double> ms;
        for (int p = 1; p < 100 && !page.empty(); ++p) {
            const OrderList::After after{page.back().orderMs, page.back().id};
            Stopwatch one;
            page = OrderList::page(*db, everything, &after, 200);
            ms.push_back(one.ms());
        }
        out.insert(QStringLiteral("list_next_screen"), BenchReport::percentiles(ms));
    }

    {
        const int count = options.smoke ? 20 : 1000;
        const QByteArray json = importFile(0, count, clock.nowMs() - 3600 * 1000);
        Stopwatch w;
        const auto imported = OrderImport::importJson(s, json);
        out.insert(QStringLiteral("import_file"),
                   QJsonObject{{QStringLiteral("orders"), qint64(imported.imported.size())},
                               {QStringLiteral("ms"), w.ms()}});
    }
    {
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            const std::int64_t id = *OrderStore::idOfExternal(*db, QStringLiteral("NEW-%1").arg(i));
            Stopwatch w;
            OrderPayments::capture(s, id, std::nullopt, true);
            ms.push_back(w.ms());
        }
        out.insert(QStringLiteral("capture"), BenchReport::percentiles(ms));
    }
    report.add(QStringLiteral("orders"), out);
}

}  // namespace skranke::bench
