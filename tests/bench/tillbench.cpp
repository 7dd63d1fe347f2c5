#include "tests/bench/tillbench.h"

#include "core/auth/session.h"
#include "core/auth/userservice.h"
#include "core/catalog/catalogservice.h"
#include "core/company/companyservice.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"
#include "core/till/saleservice.h"
#include "core/till/tillreport.h"
#include "core/till/tillservice.h"
#include "core/time/clock.h"

#include <unistd.h>
#include <QFile>
#include <QFileInfo>
#include <optional>
#include <random>

namespace skranke::bench {

namespace {

constexpr int LinesPerSale = 5;

struct Size {
    int products;
    int tills;
    int days;           // of history: one closed shift per till and day
    int salesPerShift;  // of history
    int commits;        // sales timed one by one
    int lookups;        // EAN lookups timed
    int zSales;         // sales on the shift whose Z report is timed
};

const QDate historyStart(2024, 8, 1);  // 500 days end before the bench day
const QDate benchDay(2026, 1, 15);     // as the receivables bench

Money dkk(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("DKK")));
}

void removeDb(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

QString tillRef(int i) {
    return QStringLiteral("K%1").arg(i + 1);
}

// A valid EAN-13 for the i-th product (1-based).
QString ean(int item) {
    const QString body = QStringLiteral("570%1").arg(item, 9, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += body[i].digitValue() * (i % 2 == 0 ? 1 : 3);
    return body + QString::number((10 - sum % 10) % 10);
}

Session ownerSession(Database& db, const Clock& clock) {
    const StaffUser u = *UserService::find(db, QStringLiteral("owner"));
    return Session(db, clock, u, UserService::rightsOf(db, u), Settings::deviceUid(db));
}

// The measurements with the targets; `met` compares the median and,
// when given, the 99th percentile.
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

// Pays a sale: every other one by card, the rest in cash handed over as the
// next 100 kr note, so the till rounds and gives change.
std::vector<TenderInput> tendersFor(const std::vector<SaleLineInput>& lines, bool cash) {
    Money total = dkk(0);
    for (const SaleLineInput& l : lines)
        total += l.unitPrice * (l.quantityMilli / 1000);
    if (cash)
        return {{TenderKind::Cash, dkk((total.minor() / 10000 + 1) * 10000), {}}};
    return {{TenderKind::Card, total, QStringLiteral("TERM-4711")}};
}

Money cashOf(const Receipt& r) {
    Money cash = dkk(0);
    for (const ReceiptTender& t : r.tenders)
        if (t.kind == TenderKind::Cash)
            cash += t.amount;
    return cash;
}

// One sale of 5 products picked at random, 1 or 2 of each.
std::vector<SaleLineInput> randomLines(const std::vector<SaleLineInput>& catalog,
                                       std::mt19937_64& rng) {
    std::vector<SaleLineInput> lines;
    for (int i = 0; i < LinesPerSale; ++i) {
        SaleLineInput l = catalog[rng() % catalog.size()];
        l.quantityMilli = rng() % 5 == 0 ? 2000 : 1000;
        lines.push_back(l);
    }
    return lines;
}

// 3,000 goods in 10 categories, 1 in 10 at 0 % VAT, prices 5–500 kr.
void buildCatalog(const Session& s, const Size& size, std::mt19937_64& rng) {
    for (int i = 1; i <= size.products; ++i) {
        const std::int64_t minor = 500 + std::int64_t(rng() % 1980) * 25;
        NewProduct p{
            QStringLiteral("P%1").arg(i, 5, 10, QLatin1Char('0')),
            QStringLiteral("Vare %1").arg(i),
            ProductKind::Goods,
            QStringLiteral("Afdeling %1").arg(i % 10 + 1),
            QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0')),
            i % 10 == 0 ? QStringLiteral("0") : QStringLiteral("25"),
            ean(i),
            1};
        CatalogService::createProduct(s, p);
    }
}

// The history: every day each till opens a shift, rings up its sales through
// SaleService (each its own savepoint inside a transaction of ten days) and
// closes with a Z report that counts exactly the expected cash.
void build(const QString& path, const Size& size, QJsonObject& out) {
    Stopwatch w;
    auto db = Database::open(path, Database::OpenMode::Create);
    FixedClock clock(QDateTime(historyStart, QTime(7, 0), Qt::UTC));
    CompanyProfile c;
    c.name = QStringLiteral("Bench Butik A/S");
    CompanyService::create(*db, clock, c);
    UserService::createOwner(*db, clock,
                             {QStringLiteral("owner"),
                              QStringLiteral("Owner"),
                              {},
                              SecretKind::Pin,
                              QStringLiteral("1234")});
    const Session s = ownerSession(*db, clock);
    std::mt19937_64 rng(13);
    db->exec("PRAGMA synchronous = OFF");  // building only; measured below with FULL
    {
        Transaction tx(*db);
        buildCatalog(s, size, rng);
        for (int t = 0; t < size.tills; ++t)
            TillService::createTill(s, tillRef(t), QStringLiteral("Kasse %1").arg(t + 1));
        tx.commit();
    }
    std::vector<SaleLineInput> catalog;
    for (int i = 1; i <= size.products; ++i)
        catalog.push_back(SaleService::lineFor(*db, ean(i), 1000));

    const Money cashFloat = dkk(200000);
    std::optional<Transaction> tx;
    for (int day = 0; day < size.days; ++day) {
        if (day % 10 == 0) {
            if (tx)
                tx->commit();
            tx.emplace(*db);
        }
        for (int t = 0; t < size.tills; ++t) {
            clock.set(
                QDateTime(historyStart.addDays(day), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch() +
                std::int64_t(t) * 7 * 60'000);
            TillService::openShift(s, tillRef(t), cashFloat);
            Money cash = cashFloat;
            for (int i = 0; i < size.salesPerShift; ++i) {
                clock.advanceMs(60'000 + std::int64_t(rng() % 180'000));
                const auto lines = randomLines(catalog, rng);
                cash += cashOf(SaleService::sell(s, tillRef(t), lines, tendersFor(lines, i % 2)));
            }
            clock.advanceMs(15 * 60'000);
            TillReports::z(s, tillRef(t), cash);
        }
    }
    if (tx)
        tx->commit();
    db->exec("PRAGMA synchronous = FULL");
    db.reset();  // checkpoints the WAL into the file
    out.insert(QStringLiteral("build_s"), w.ms() / 1000.0);
}

// The bench's own copy, so the history file stays as built and every run
// starts from the same 2,000,000 lines.
QString workingCopy(const BenchOptions& o, const Size& size, QJsonObject& out) {
    const QString name = o.smoke ? QStringLiteral("till-smoke") : QStringLiteral("till-large");
    const QString source = o.dir + QLatin1Char('/') + name + QStringLiteral(".sqlite");
    if (o.smoke)
        removeDb(source);
    if (!QFile::exists(source)) {
        // Built under another name and renamed when complete, so a file that
        // exists is always the full history.
        const QString part = source + QStringLiteral(".part");
        removeDb(part);
        build(part, size, out);
        removeDb(source);
        QFile::rename(part, source);
    } else {
        out.insert(QStringLiteral("reused"), true);
    }
    out.insert(QStringLiteral("file_bytes"), QFileInfo(source).size());
    const QString copy = o.dir + QLatin1Char('/') + name + QStringLiteral("-run.sqlite");
    removeDb(copy);
    Stopwatch w;
    for (const char* suffix : {"", "-wal"})
        if (QFile::exists(source + QLatin1String(suffix)))
            QFile::copy(source + QLatin1String(suffix), copy + QLatin1String(suffix));
    out.insert(QStringLiteral("copy_s"), w.ms() / 1000.0);
    // The build and the copy can leave hundreds of MB waiting to be written; the
    // commits timed below each wait for fsync, so write all of it out first.
    Stopwatch flush;
    ::sync();
    out.insert(QStringLiteral("sync_s"), flush.ms() / 1000.0);
    return copy;
}

// SaleService::lineFor (EAN first, as a scanner's code is) and the catalog's
// lookup by EAN underneath it, for random products.
QJsonObject lookups(Database& db, const Size& size, std::mt19937_64& rng, QJsonObject& byEanOut) {
    std::vector<double> line, byEan;
    for (int i = 0; i < size.lookups; ++i) {
        const QString code = ean(1 + int(rng() % std::uint64_t(size.products)));
        Stopwatch a;
        SaleService::lineFor(db, code, 1000);
        line.push_back(a.ms());
        Stopwatch b;
        CatalogService::productByEan(db, code);
        byEan.push_back(b.ms());
    }
    byEanOut = against(byEan, 1);
    return against(line, 1);
}

// Sales of 5 scanned lines and one tender, each committed on its own with
// synchronous=FULL; only SaleService::sell is timed, not the scanning.
QJsonObject commits(const Session& s, FixedClock& clock, const Size& size, std::mt19937_64& rng) {
    const QString till = tillRef(0);
    TillService::openShift(s, till, dkk(200000));
    std::vector<double> ms;
    Stopwatch total;
    for (int i = 0; i < size.commits; ++i) {
        std::vector<SaleLineInput> lines;
        for (int n = 0; n < LinesPerSale; ++n)
            lines.push_back(SaleService::lineFor(
                s.db(), ean(1 + int(rng() % std::uint64_t(size.products))), 1000));
        const auto tenders = tendersFor(lines, i % 2);
        clock.advanceMs(20'000);
        Stopwatch w;
        SaleService::sell(s, till, lines, tenders);
        ms.push_back(w.ms());
    }
    const double totalMs = total.ms();
    QJsonObject r = against(ms, 5, 20);
    r.insert(QStringLiteral("lines_per_sale"), LinesPerSale);
    r.insert(QStringLiteral("sales_per_second_with_scanning"),
             double(size.commits) * 1000.0 / totalMs);
    return r;
}

// A shift of 5,000 sales (rung up through SaleService, committed together as
// preparation), its X report, then the Z report that closes it, and the
// closed shift's Z report again (read only).
QJsonObject zReport(const Session& s, FixedClock& clock, const Size& size, std::mt19937_64& rng,
                    QJsonObject& out) {
    Database& db = s.db();
    const QString till = tillRef(1);
    std::vector<SaleLineInput> catalog;
    for (int i = 1; i <= size.products; ++i)
        catalog.push_back(SaleService::lineFor(db, ean(i), 1000));
    Stopwatch prep;
    TillService::openShift(s, till, dkk(200000));
    db.exec("PRAGMA synchronous = OFF");  // preparation only
    {
        Transaction tx(db);
        for (int i = 0; i < size.zSales; ++i) {
            clock.advanceMs(5'000);
            const auto lines = randomLines(catalog, rng);
            SaleService::sell(s, till, lines, tendersFor(lines, i % 2));
        }
        tx.commit();
    }
    db.exec("PRAGMA synchronous = FULL");
    out.insert(QStringLiteral("z_shift_build_s"), prep.ms() / 1000.0);

    std::vector<double> xs;
    TillReport x;
    for (int i = 0; i < (size.zSales > 1000 ? 10 : 3); ++i) {
        Stopwatch w;
        x = TillReports::x(s, till);
        xs.push_back(w.ms());
    }
    QJsonObject xr = BenchReport::percentiles(xs);  // no target; the same sums as the Z
    xr.insert(QStringLiteral("sales"), x.sales);
    out.insert(QStringLiteral("x_report_ms"), xr);

    Stopwatch w;
    const TillReport z = TillReports::z(s, till, x.expectedCash);
    QJsonObject r = against({w.ms()}, 200);
    r.insert(QStringLiteral("sales"), z.sales);
    r.insert(QStringLiteral("sales_total"), z.salesTotal.toDecimalString());

    std::vector<double> again;
    for (int i = 0; i < (size.zSales > 1000 ? 10 : 3); ++i) {
        Stopwatch a;
        TillReports::zAgain(db, till, z.zNumber);
        again.push_back(a.ms());
    }
    out.insert(QStringLiteral("z_again_ms"), BenchReport::percentiles(again));
    return r;
}

}  // namespace

void runTillBench(const BenchOptions& o, BenchReport& report) {
    const Size size =
        o.smoke ? Size{40, 2, 3, 10, 20, 200, 30} : Size{3000, 4, 500, 200, 2000, 20'000, 5000};
    QJsonObject r;
    const QString path = workingCopy(o, size, r);
    Stopwatch open;
    auto db = Database::open(path, Database::OpenMode::Existing);
    db->exec("PRAGMA optimize");
    r.insert(QStringLiteral("open_ms"), open.ms());
    const qint64 receipts = qint64(size.tills) * size.days * size.salesPerShift;
    r.insert(QStringLiteral("products"), size.products);
    r.insert(QStringLiteral("tills"), size.tills);
    r.insert(QStringLiteral("closed_shifts"), size.tills * size.days);
    r.insert(QStringLiteral("receipts"), receipts);
    r.insert(QStringLiteral("receipt_lines"), receipts * LinesPerSale);

    FixedClock clock(QDateTime(benchDay, QTime(9, 0), Qt::UTC));
    const Session s = ownerSession(*db, clock);
    std::mt19937_64 rng(29);
    QJsonObject byEan;
    r.insert(QStringLiteral("line_for_ean_ms"), lookups(*db, size, rng, byEan));
    r.insert(QStringLiteral("product_by_ean_ms"), byEan);
    r.insert(QStringLiteral("sale_commit_ms"), commits(s, clock, size, rng));
    QJsonObject z = zReport(s, clock, size, rng, r);
    r.insert(QStringLiteral("z_report_ms"), z);
    report.add(QStringLiteral("till"), r);
}

}  // namespace skranke::bench
