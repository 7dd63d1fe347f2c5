#include "tests/bench/accountingbench.h"

#include "core/accounting/exportformat.h"
#include "core/accounting/resttarget.h"
#include "core/accounting/transferqueue.h"
#include "core/accounting/voucherbuilder.h"
#include "core/accounting/vouchergenerator.h"
#include "core/accounting/voucherstore.h"
#include "core/demo/demobusiness.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"
#include "tests/support/httpstub.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <atomic>

namespace skranke::bench {

namespace {

const QDateTime benchNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

// Sales of 60.00 + 40.00 at 25 % paid by card, one every `step` ms over the
// year before now, on a shift of their own.
void addSales(Database& db, int count) {
    const std::int64_t now = benchNow.toMSecsSinceEpoch();
    const std::int64_t start = now - 365LL * 24 * 3600 * 1000;
    const std::int64_t step = (now - start) / (count + 1);
    Transaction tx(db);
    db.exec(
        "INSERT INTO till_shift(uid, till_id, currency, opened_ms, opened_by, float_minor) "
        "SELECT randomblob(16), min(id), 'DKK', 0, 1, 0 FROM till");
    const std::int64_t shift = db.lastInsertId();
    auto sales = db.prepare(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1) "
        "INSERT INTO receipt(uid, till_id, number, shift_id, kind, created_ms, user_id, currency, "
        "total_minor, rounding_minor) SELECT randomblob(16), (SELECT till_id FROM till_shift "
        "WHERE id = ?2), 1000000 + i, ?2, 'sale', ?3 + i * ?4, 1, 'DKK', 10000, 0 FROM n");
    sales.bindAll(std::int64_t(count), shift, start, step);
    sales.run();
    db.exec(
        "INSERT INTO receipt_line(receipt_id, line_no, product_id, text, quantity_milli, "
        "unit_price_minor, list_price_minor, vat_rate, amount_minor) SELECT id, 1, "
        "(SELECT min(id) FROM product WHERE kind = 'goods'), 'Kaffe', 1000, 6000, 6000, '25', "
        "6000 FROM receipt WHERE number > 1000000");
    db.exec(
        "INSERT INTO receipt_line(receipt_id, line_no, text, quantity_milli, "
        "unit_price_minor, list_price_minor, vat_rate, amount_minor) SELECT id, 2, 'Kage', "
        "1000, 4000, 4000, '25', 4000 FROM receipt WHERE number > 1000000");
    db.exec(
        "INSERT INTO receipt_vat(receipt_id, vat_rate, gross_minor, vat_minor) "
        "SELECT id, '25', 10000, 2000 FROM receipt WHERE number > 1000000");
    db.exec(
        "INSERT INTO receipt_tender(receipt_id, seq, kind, amount_minor, reference) "
        "SELECT id, 1, 'card', 10000, 'BENCH-' || id FROM receipt WHERE number > 1000000");
    tx.commit();
}

// The issue's file: the large demo (20,000 debtors, 400,000 invoices and
// their payments, reminders and credit notes) without its vouchers, built
// once (about 5 minutes) and copied for each run. The smoke run uses the
// small demo and 500 till sales instead.
QString benchFile(const BenchOptions& options, const FixedClock& clock) {
    const QString path = options.dir + QStringLiteral("/accounting.sqlite");
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    if (options.smoke) {
        auto db = Database::open(path, Database::OpenMode::Create);
        DemoBusiness::build(*db, clock, {DemoBusiness::Size::Small, 1, false});
        addSales(*db, 500);
        return path;
    }
    const QString base = options.dir + QStringLiteral("/accounting-large-base.sqlite");
    if (!QFile::exists(base)) {
        auto db = Database::open(base, Database::OpenMode::Create);
        DemoBusiness::build(*db, clock, {DemoBusiness::Size::Large, 1, false});
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QFile::copy(base, path);
    return path;
}

}  // namespace

void runAccountingBench(const BenchOptions& options, BenchReport& report) {
    FixedClock clock(benchNow);
    auto db = Database::open(benchFile(options, clock), Database::OpenMode::Existing);
    QJsonObject out;
    {
        Stopwatch w;
        const GenerationResult made = VoucherGenerator::run(*db, clock);
        out.insert(QStringLiteral("generate_year"),
                   QJsonObject{{QStringLiteral("vouchers"), qint64(made.made)},
                               {QStringLiteral("ms"), w.ms()},
                               {QStringLiteral("target_ms"), 10000}});
    }
    {
        // What every voucher-list show and automatic tick costs afterwards:
        // looking for events without a voucher and finding none.
        Stopwatch w;
        const GenerationResult again = VoucherGenerator::run(*db, clock);
        out.insert(QStringLiteral("generate_nothing_new"),
                   QJsonObject{{QStringLiteral("vouchers"), qint64(again.made)},
                               {QStringLiteral("ms"), w.ms()}});
    }
    {
        // The demo leaves PayPal and Swish unmapped on purpose; map them so
        // the year can be exported.
        db->exec(
            "INSERT OR IGNORE INTO account_mapping(role, qualifier, account) VALUES "
            "('payment', 'paypal', '5710'), ('payment', 'swish', '5710')");
        const AccountResolver resolver(*db);
        for (Voucher v : VoucherStore::list(*db, {{}, {}, {}, VoucherState::Failed, {}}, 0, 1000)) {
            v = VoucherStore::require(*db, v.id);
            resolveAccounts(resolver, v);
            VoucherStore::saveAccounts(*db, v);
        }
    }
    {
        // As the CLI and the page export: checked, then written to the file.
        const QString saftPath = options.dir + QStringLiteral("/saft-year.xml");
        Stopwatch w;
        AccountingExport::toFile(*db, clock, QStringLiteral("saft"),
                                 {benchNow.date().addYears(-1), benchNow.date()}, saftPath);
        const qint64 bytes = QFileInfo(saftPath).size();
        QFile::remove(saftPath);
        out.insert(QStringLiteral("saft_year"), QJsonObject{{QStringLiteral("bytes"), bytes},
                                                            {QStringLiteral("ms"), w.ms()},
                                                            {QStringLiteral("target_ms"), 15000}});
    }
    {
        const int n = options.smoke ? 50 : 2000;
        db->exec(
            "UPDATE voucher SET state = 'queued', queued_ms = 1 WHERE state = 'pending' "
            "AND number IN (SELECT number FROM voucher WHERE state = 'pending' "
            "ORDER BY number LIMIT " +
            std::to_string(n) + ")");
        std::atomic<int> booked{0};
        test::HttpStub stub([&booked](const test::HttpStub::Request&) {
            test::HttpStub::Response r;
            r.status = 201;
            r.body = QByteArray(R"({"id": "AC-)") + QByteArray::number(++booked) + "\"}";
            return r;
        });
        RestTarget target(RestTarget::Config{stub.baseUrl(), QStringLiteral("bench"), 10});
        Stopwatch w;
        const TransferRun run = TransferQueue::run(*db, clock, target, n);
        const double ms = w.ms();
        out.insert(QStringLiteral("queue_to_stub"),
                   QJsonObject{{QStringLiteral("vouchers"), run.transferred},
                               {QStringLiteral("ms"), ms},
                               {QStringLiteral("per_second"), run.transferred * 1000.0 / ms},
                               {QStringLiteral("target_per_second"), 200}});
    }
    report.add(QStringLiteral("accounting"), out);
}

}  // namespace skranke::bench
