#include "tests/bench/foundationbench.h"

#include "core/journal/journal.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/money/vatsplit.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QFile>

namespace skranke::bench {

namespace {

void removeDb(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

QJsonObject openAndMigrate(const BenchOptions& o) {
    const QString path = o.dir + QStringLiteral("/open.sqlite");
    removeDb(path);
    Stopwatch create;
    { Database::open(path, Database::OpenMode::Create); }
    const double createMs = create.ms();
    std::vector<double> reopen;
    for (int i = 0; i < (o.smoke ? 3 : 50); ++i) {
        Stopwatch w;
        Database::open(path, Database::OpenMode::Existing);
        reopen.push_back(w.ms());
    }
    removeDb(path);
    QJsonObject r = BenchReport::percentiles(reopen);
    r.insert(QStringLiteral("create_and_migrate_ms"), createMs);
    return r;
}

// Each append is its own committed transaction with synchronous=FULL, as a
// command's would be.
QJsonObject journalAppends(const BenchOptions& o) {
    const QString path = o.dir + QStringLiteral("/journal.sqlite");
    removeDb(path);
    auto db = Database::open(path, Database::OpenMode::Create);
    const JournalActor actor{QByteArray(16, '\1'), QStringLiteral("bench"), QByteArray(16, '\2')};
    const int n = o.smoke ? 50 : 5000;
    std::vector<double> each;
    Stopwatch total;
    for (int i = 0; i < n; ++i) {
        Stopwatch w;
        Transaction tx(*db);
        Journal::append(*db, 1'700'000'000'000 + i, actor, QStringLiteral("bench"),
                        QByteArray(16, char(i)), QStringLiteral("append"),
                        {{QStringLiteral("i"), i}});
        tx.commit();
        each.push_back(w.ms());
    }
    const double totalMs = total.ms();
    Stopwatch verify;
    const bool ok = Journal::verify(*db).ok();
    QJsonObject r = BenchReport::percentiles(each);
    r.insert(QStringLiteral("appends_per_second"), double(n) * 1000.0 / totalMs);
    r.insert(QStringLiteral("verify_ms"), verify.ms());
    r.insert(QStringLiteral("verify_ok"), ok);
    db.reset();
    removeDb(path);
    return r;
}

QJsonObject moneyArithmetic(const BenchOptions& o) {
    const Currency dkk = Currency::fromCode(QStringLiteral("DKK"));
    const Rate vat = Rate::percent(QStringLiteral("25"));
    const int n = o.smoke ? 1000 : 1'000'000;
    std::int64_t check = 0;
    Stopwatch adds;
    Money sum = Money::zero(dkk);
    for (int i = 0; i < n; ++i)
        sum += Money(i % 100'000, dkk) * 3;
    const double addMs = adds.ms();
    Stopwatch vats;
    for (int i = 0; i < n; ++i)
        check += splitVat(Money(i, dkk), vat).vat.minor();
    const double vatMs = vats.ms();
    Stopwatch parses;
    for (int i = 0; i < n / 10; ++i)
        check += Money::fromDecimalString(
                     QStringLiteral("1234.%1").arg(i % 100, 2, 10, QLatin1Char('0')), dkk)
                     .minor();
    const double parseMs = parses.ms();
    return {{QStringLiteral("add_multiply_per_second"), double(n) * 1000.0 / addMs},
            {QStringLiteral("vat_splits_per_second"), double(n) * 1000.0 / vatMs},
            {QStringLiteral("parses_per_second"), double(n / 10) * 1000.0 / parseMs},
            {QStringLiteral("checksum"), QString::number(check + sum.minor())}};
}

}  // namespace

void runFoundationBench(const BenchOptions& options, BenchReport& report) {
    report.add(QStringLiteral("open_migrate"), openAndMigrate(options));
    report.add(QStringLiteral("journal_append"), journalAppends(options));
    report.add(QStringLiteral("money"), moneyArithmetic(options));
}

}  // namespace skranke::bench
