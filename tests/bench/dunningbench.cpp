#include "tests/bench/dunningbench.h"

#include "core/auth/session.h"
#include "core/auth/userservice.h"
#include "core/dunning/dunningsettings.h"
#include "core/dunning/reminderrun.h"
#include "core/ledger/ledgerwriter.h"
#include "core/ledger/settlementservice.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"
#include "tests/bench/receivablesbench.h"
#include "ui/documents/reminderdispatch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace skranke::bench {

namespace {

const QDate benchDay(2026, 1, 15);  // the receivables bench's clock

Money dkk(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("DKK")));
}

void removeDb(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// The measurements with the target; `met` compares the median.
QJsonObject against(std::vector<double> ms, double targetMs) {
    QJsonObject r = BenchReport::percentiles(std::move(ms));
    r.insert(QStringLiteral("target_ms"), targetMs);
    r.insert(QStringLiteral("met"), r.value(QStringLiteral("p50_ms")).toDouble() < targetMs);
    return r;
}

ReminderRun::Params levelOne() {
    ReminderRun::Params p;
    p.level = 1;
    p.runDate = benchDay;
    p.toDate = benchDay;
    p.fee = dkk(10000);
    p.compensation = true;
    p.interestPerMonth = Rate::percent(QStringLiteral("0.8"));
    p.referenceRatePerYear = Rate::percent(QStringLiteral("1.75"));
    return p;
}

// The copy the reminders and settlements are written to; the receivables
// file stays as the receivables bench left it.
QString workingCopy(const BenchOptions& o, QJsonObject& out) {
    const QString name = o.smoke ? QStringLiteral("receivables-smoke.sqlite")
                                 : QStringLiteral("receivables-large.sqlite");
    const QString source = o.dir + QLatin1Char('/') + name;
    if (!QFile::exists(source)) {
        BenchReport unused;  // builds the file; its timings belong to the receivables part
        runReceivablesBench(o, unused);
    }
    const QString copy = o.dir + (o.smoke ? QStringLiteral("/dunning-smoke.sqlite")
                                          : QStringLiteral("/dunning-large.sqlite"));
    removeDb(copy);
    Stopwatch w;
    for (const char* suffix : {"", "-wal"})
        if (QFile::exists(source + QLatin1String(suffix)))
            QFile::copy(source + QLatin1String(suffix), copy + QLatin1String(suffix));
    out.insert(QStringLiteral("copy_s"), w.ms() / 1000.0);
    return copy;
}

QJsonObject preview(Database& db, const BenchOptions& o) {
    std::vector<double> ms;
    std::size_t debtors = 0, claims = 0;
    for (int i = 0; i < (o.smoke ? 3 : 5); ++i) {
        Stopwatch w;
        const auto proposals = ReminderRun::preview(db, levelOne());
        ms.push_back(w.ms());
        debtors = proposals.size();
        claims = 0;
        for (const auto& d : proposals)
            claims += d.claims.size();
    }
    QJsonObject r = against(ms, 2000);
    r.insert(QStringLiteral("debtors"), qint64(debtors));
    r.insert(QStringLiteral("claims"), qint64(claims));
    return r;
}

// A run over the first debtors (one reminder each), then their PDFs.
QJsonObject pdfs(const Session& s, const BenchOptions& o, QJsonObject& createOut) {
    ReminderRun::Params p = levelOne();
    p.debtorFrom = 1;
    p.debtorTo = o.smoke ? 10 : 1000;
    Stopwatch c;
    const std::vector<std::int64_t> numbers = ReminderRun::create(s, p, {});
    createOut = BenchReport::percentiles({c.ms()});  // no target; for reading only
    createOut.insert(QStringLiteral("reminders"), qint64(numbers.size()));

    QDir dir(o.dir + QStringLiteral("/dunning-pdfs"));
    dir.removeRecursively();
    QDir().mkpath(dir.path());
    QStringList written;
    Stopwatch w;
    const QString merged = ReminderDispatch::writePdfs(s.db(), numbers, dir.path(), &written);
    QJsonObject r = against({w.ms()}, 30000);
    qint64 bytes = 0;
    for (const QString& f : written)
        bytes += QFileInfo(f).size();
    r.insert(QStringLiteral("reminders"), qint64(numbers.size()));
    r.insert(QStringLiteral("files"), qint64(written.size()));
    r.insert(QStringLiteral("bytes"), bytes);
    r.insert(QStringLiteral("merged_bytes"), QFileInfo(merged).size());
    return r;
}

// The receivables file's payments were all matched when registered; a bank
// import that is not matched yet leaves one open payment on every debtor who
// owes something: 60 % of the balance, so it spreads over several invoices.
// Written with LedgerWriter as the ledger services would, without matching.
std::int64_t unmatchedPayments(const Session& s) {
    Database& db = s.db();
    db.exec("PRAGMA synchronous = OFF");  // preparation only
    Transaction tx(db);
    auto st = db.prepare(
        "SELECT debtor_id, outstanding_minor FROM debtor_balance WHERE outstanding_minor > 0 "
        "ORDER BY debtor_id");
    std::int64_t n = 0;
    while (st.step()) {
        Posting p;
        p.debtorId = st.int64(0);
        p.kind = PostingKind::Payment;
        p.date = p.dueDate = benchDay;
        p.amount = dkk(-std::max<std::int64_t>(1, st.int64(1) * 6 / 10));
        p.paymentType = QStringLiteral("bank");
        p.text = QStringLiteral("Bank import");
        LedgerWriter::add(s, p);
        ++n;
    }
    tx.commit();
    db.exec("PRAGMA synchronous = FULL");
    return n;
}

QJsonObject settlement(const Session& s) {
    const std::int64_t payments = unmatchedPayments(s);
    const std::size_t candidates = SettlementService::candidates(s.db(), {}).size();
    Stopwatch w;
    const auto results = SettlementService::settleAuto(s, {}, {}, false, benchDay);
    QJsonObject r = against({w.ms()}, 10000);
    std::int64_t pairs = 0;
    for (const auto& res : results)
        pairs += res.pairs;
    r.insert(QStringLiteral("open_payments"), qint64(payments));
    r.insert(QStringLiteral("candidates"), qint64(candidates));
    r.insert(QStringLiteral("debtors_settled"), qint64(results.size()));
    r.insert(QStringLiteral("pairs"), qint64(pairs));
    return r;
}

}  // namespace

void runDunningBench(const BenchOptions& o, BenchReport& report) {
    QJsonObject r;
    const QString path = workingCopy(o, r);
    Stopwatch open;
    auto db = Database::open(path, Database::OpenMode::Existing);  // migrates a copy of an old file
    db->exec("PRAGMA optimize");
    r.insert(QStringLiteral("open_ms"), open.ms());
    FixedClock clock(QDateTime(benchDay, QTime(9, 0), Qt::UTC));
    const StaffUser u = *UserService::find(*db, QStringLiteral("owner"));
    const Session s(*db, clock, u, UserService::rightsOf(*db, u), Settings::deviceUid(*db));
    DunningSettings::setReferenceRate(s, QStringLiteral("1.75"));

    r.insert(QStringLiteral("preview_level1_all_debtors_ms"), preview(*db, o));
    QJsonObject create;
    r.insert(QStringLiteral("reminder_pdfs_ms"), pdfs(s, o, create));
    r.insert(QStringLiteral("create_run_ms"), create);
    r.insert(QStringLiteral("settle_auto_all_debtors_ms"), settlement(s));
    report.add(QStringLiteral("dunning"), r);
}

}  // namespace skranke::bench
