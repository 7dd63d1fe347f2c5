#include "core/accounting/accountingservice.h"
#include "core/accounting/accountingsettings.h"
#include "core/accounting/accountmapping.h"
#include "core/accounting/chartofaccounts.h"
#include "core/accounting/vouchergenerator.h"
#include "core/accounting/voucherstore.h"
#include "core/demo/demobusiness.h"
#include "core/invoicing/invoiceservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"
#include "tests/core/receivables/receivablesfixture.h"
#include "tests/support/tempdir.h"
#include "tests/support/testbusiness.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTranslator>
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <map>

using namespace skranke;
using namespace skranke::test;

namespace {

const QDate demoToday(2026, 11, 23);

std::int64_t scalarOf(Database& db, const std::string& sql, const QString& a = {},
                      const QString& b = {}) {
    auto st = db.prepare(sql);
    if (!a.isEmpty())
        st.bind(1, a);
    if (!b.isEmpty())
        st.bind(2, b);
    st.step();
    return st.isNull(0) ? 0 : st.int64(0);
}

// The small demo; without its vouchers (makeVouchers false) every event is
// still to be vouchered.
struct Demo {
    TempDir dir;
    FixedClock clock{QDateTime(demoToday, QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Database> db;
    explicit Demo(bool makeVouchers = true) {
        db = Database::open(dir.path(QStringLiteral("demo.sqlite")), Database::OpenMode::Create);
        DemoBusiness::build(*db, clock, {DemoBusiness::Size::Small, 1, makeVouchers});
    }
};

}  // namespace

TEST_CASE("every posted event of the demo becomes one balanced voucher, numbered without gaps",
          "[accounting][vouchers]") {
    Demo demo;
    Database& db = *demo.db;
    // The demo made its vouchers and sent this month's to the test program.
    CHECK(VoucherGenerator::run(db, demo.clock).made == 0);
    const std::int64_t made = scalarOf(db, "SELECT count(*) FROM voucher");
    REQUIRE(made > 100);
    CHECK(scalarOf(db, "SELECT count(*) FROM voucher WHERE state = 'transferred'") > 0);
    // The Danish default chart maps everything but the methods the demo
    // leaves unmapped on purpose (a PayPal payment, Swish payments).
    for (const Voucher& v : VoucherStore::list(db, {{}, {}, {}, VoucherState::Failed, {}})) {
        INFO(v.failReason.toStdString());
        CHECK(v.failKind == FailKind::Mapping);
        CHECK((v.failReason.contains(QStringLiteral("paypal")) ||
               v.failReason.contains(QStringLiteral("swish"))));
    }
    const GenerationResult first{made, 0, 0};
    // Numbers 1..N, each voucher balanced to the øre and fully mapped.
    CHECK(scalarOf(db, "SELECT min(number) FROM voucher") == 1);
    CHECK(scalarOf(db, "SELECT max(number) FROM voucher") == first.made);
    CHECK(scalarOf(db, "SELECT count(*) FROM voucher") == first.made);
    CHECK(scalarOf(db,
                   "SELECT count(*) FROM (SELECT voucher_id FROM voucher_line "
                   "GROUP BY voucher_id HAVING sum(amount_minor) <> 0)") == 0);
    CHECK(scalarOf(db,
                   "SELECT count(*) FROM voucher_line l JOIN voucher v ON v.id = l.voucher_id "
                   "WHERE l.account IS NULL AND v.state <> 'failed'") == 0);
    CHECK(scalarOf(db,
                   "SELECT count(*) FROM voucher v WHERE amount_minor <> "
                   "(SELECT sum(amount_minor) FROM voucher_line l WHERE l.voucher_id = v.id "
                   "AND amount_minor > 0)") == 0);
    // Every kind of event the demo has is there, once.
    for (const char* kind : {"invoice", "credit_note", "receipt", "payment", "reminder_fee",
                             "order_capture", "order_refund"}) {
        INFO(kind);
        CHECK(scalarOf(db, "SELECT count(*) FROM voucher WHERE source_kind = ?1",
                       QString::fromLatin1(kind)) > 0);
    }
    CHECK(
        scalarOf(db, "SELECT count(*) FROM voucher WHERE source_kind = 'receipt'") ==
        scalarOf(db, "SELECT count(*) FROM receipt WHERE total_minor <> 0 OR rounding_minor <> 0"));
    CHECK(scalarOf(db, "SELECT count(*) FROM voucher WHERE source_kind = 'order_capture'") ==
          scalarOf(db,
                   "SELECT count(*) FROM payment_operation WHERE kind = 'capture' "
                   "AND state = 'done'"));
    // A till sale put on an invoice is vouchered once, with the receipt.
    CHECK(scalarOf(db,
                   "SELECT count(*) FROM voucher v JOIN receipt_party rp "
                   "ON rp.invoice_id = v.source_id WHERE v.source_kind = 'invoice'") == 0);
    // A voucher's source is unique.
    CHECK(scalarOf(db,
                   "SELECT count(*) FROM (SELECT 1 FROM voucher GROUP BY source_kind, "
                   "source_id HAVING count(*) > 1)") == 0);
    // The texts are for the company's accountant: Danish, though the
    // vouchers were made by a program running in English.
    auto firstOfKind = db.prepare(
        "SELECT source_ref, text FROM voucher WHERE source_kind = ?1 ORDER BY number LIMIT 1");
    firstOfKind.bind(1, QStringLiteral("invoice"));
    REQUIRE(firstOfKind.step());
    CHECK(firstOfKind.text(0).startsWith(QStringLiteral("Faktura ")));
    firstOfKind.bind(1, QStringLiteral("receipt"));
    REQUIRE(firstOfKind.step());
    CHECK(firstOfKind.text(0).startsWith(QStringLiteral("Bon K")));
    CHECK(firstOfKind.text(1).startsWith(QStringLiteral("Kassesalg, Bon K")));
}

TEST_CASE("a missing mapping is told in the reader's language, whoever found it",
          "[accounting][vouchers]") {
    Demo demo;
    const std::vector<Voucher> failed =
        VoucherStore::list(*demo.db, {{}, {}, {}, VoucherState::Failed, {}});
    const auto swish = std::find_if(failed.begin(), failed.end(), [](const Voucher& v) {
        return v.failReason.contains(QStringLiteral("swish"));
    });
    REQUIRE(swish != failed.end());
    CHECK(VoucherTexts::failReasonText(swish->failKind, swish->failReason) ==
          QStringLiteral("Missing mapping: payment method “swish”"));
    {
        // A Danish reader of the same file.
        QTranslator danish;
        REQUIRE(danish.load(QStringLiteral("skranke_da"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&danish);
        const QString said = VoucherTexts::failReasonText(swish->failKind, swish->failReason);
        QCoreApplication::removeTranslator(&danish);
        CHECK(said == QStringLiteral("Manglende kontering: betalingsmåde “swish”"));
    }
    // A reason an earlier Skranke stored as text is shown as it is.
    CHECK(VoucherTexts::failReasonText(FailKind::Mapping, QStringLiteral("payment method “x”")) ==
          QStringLiteral("Missing mapping: payment method “x”"));
    CHECK(AccountMapping::describeMissing(AccountMapping::encodeMissing(
              {{QStringLiteral("revenue"), QStringLiteral("Cabins|25"), {}},
               {QStringLiteral("vat"), QStringLiteral("12"), {}}})) ==
          QStringLiteral("revenue of “Cabins” at 25 % VAT; output VAT at 12 %"));
}

TEST_CASE("revenue and VAT on the vouchers add up to the posted documents in any period",
          "[accounting][vouchers]") {
    Demo demo;
    Database& db = *demo.db;
    // Invoices and credit notes (not those a till receipt became) and till
    // receipts (not the value cards sold on them): what was sold, incl. VAT.
    const std::string documents =
        "SELECT (SELECT coalesce(sum(CASE kind WHEN 'invoice' THEN total_minor "
        "ELSE -total_minor END), 0) FROM invoice i WHERE status = 'posted' "
        "AND invoice_date BETWEEN ?1 AND ?2 AND NOT EXISTS (SELECT 1 FROM receipt_party rp "
        "WHERE rp.invoice_id = i.id)) + (SELECT coalesce(sum(rl.amount_minor), 0) "
        "FROM receipt_line rl JOIN receipt r ON r.id = rl.receipt_id "
        "LEFT JOIN product p ON p.id = rl.product_id WHERE coalesce(p.kind, '') <> 'value_card' "
        "AND NOT EXISTS (SELECT 1 FROM value_card_entry e WHERE e.receipt_id = rl.receipt_id "
        "AND e.line_no = rl.line_no AND e.kind IN ('issue', 'return')) "
        "AND r.id IN (SELECT source_id FROM voucher WHERE source_kind = 'receipt' "
        "AND voucher_date BETWEEN ?1 AND ?2))";
    const std::string vouchered =
        "SELECT -coalesce(sum(l.amount_minor), 0) FROM voucher_line l JOIN voucher v "
        "ON v.id = l.voucher_id WHERE l.role IN ('revenue', 'vat') "
        "AND v.source_kind IN ('invoice', 'credit_note', 'receipt') "
        "AND v.voucher_date BETWEEN ?1 AND ?2";
    const std::string rounding =
        "SELECT coalesce(sum(l.amount_minor), 0) FROM voucher_line l JOIN voucher v "
        "ON v.id = l.voucher_id WHERE l.role = 'rounding' AND v.source_kind IN "
        "('invoice', 'credit_note') AND v.voucher_date BETWEEN ?1 AND ?2";
    int periods = 0;
    for (QDate month(2026, 6, 1); month <= demoToday; month = month.addMonths(1)) {
        const QString from = month.toString(Qt::ISODate);
        const QString to = month.addMonths(1).addDays(-1).toString(Qt::ISODate);
        INFO(from.toStdString());
        const std::int64_t docs = scalarOf(db, documents, from, to);
        // Invoices book their VAT the EN 16931 way; any øre between that and
        // the total is on the rounding line, so it counts with the revenue.
        CHECK(scalarOf(db, vouchered, from, to) - scalarOf(db, rounding, from, to) == docs);
        periods += docs != 0;
    }
    CHECK(periods >= 2);
    // Online orders: revenue, VAT and value cards of each capture are what it took.
    CHECK(scalarOf(db,
                   "SELECT count(*) FROM voucher v WHERE v.source_kind = 'order_capture' AND "
                   "-(SELECT sum(amount_minor) FROM voucher_line l WHERE l.voucher_id = v.id "
                   "AND l.role IN ('revenue', 'vat', 'value_cards')) <> "
                   "(SELECT amount_minor FROM payment_operation WHERE id = v.source_id)") == 0);
}

TEST_CASE(
    "a payment method without an account fails its voucher with the reason; after the "
    "mapping is added and the voucher restarted it goes",
    "[accounting][vouchers]") {
    TestBusiness b;
    Session s = b.owner();
    const Debtor d = addDebtor(s);
    InvoiceService::createAndPost(s, draftFor(d, {line("Hytte", 1000, 100000)}));
    LedgerService::registerPayment(s, d.id, dkk(40000), QDate(2026, 3, 2), QStringLiteral("swish"),
                                   QStringLiteral("SW-1"));
    const GenerationResult made = AccountingService::generate(s);
    CHECK(made.made == 2);
    CHECK(made.failed == 1);
    auto failed = VoucherStore::list(b.db(), {{}, {}, {}, VoucherState::Failed, {}});
    REQUIRE(failed.size() == 1);
    CHECK(failed[0].failKind == FailKind::Mapping);
    CHECK(VoucherTexts::failDetail(failed[0].failKind, failed[0].failReason) ==
          QStringLiteral("payment method “swish”"));
    CHECK(failed[0].sourceKind == QStringLiteral("payment"));
    // Not guessed: restarting without a mapping leaves it failed.
    CHECK(AccountingService::restartAllFailed(s) == 0);
    CHECK(VoucherStore::require(b.db(), failed[0].id).state == VoucherState::Failed);

    Account swish{QStringLiteral("5745"),
                  QStringLiteral("Tilgodehavende Swish"),
                  AccountKind::Asset,
                  {},
                  true};
    ChartOfAccounts::save(s, swish);
    AccountMapping::set(s, QStringLiteral("payment"), QStringLiteral("swish"),
                        QStringLiteral("5745"));
    CHECK(AccountingService::restart(s, {failed[0].id}) == 1);
    const Voucher v = VoucherStore::require(b.db(), failed[0].id);
    CHECK(v.state == VoucherState::Queued);
    CHECK(v.failReason.isEmpty());
    CHECK(v.balanced());
    bool found = false;
    for (const VoucherLine& l : v.lines)
        if (l.account == QStringLiteral("5745")) {
            found = true;
            CHECK(l.amount == dkk(40000));
        }
    CHECK(found);
}

TEST_CASE("automatic transfer queues vouchers from its start date; earlier ones wait for a hand",
          "[accounting][vouchers]") {
    TestBusiness b;
    Session s = b.owner();
    const Debtor d = addDebtor(s);
    InvoiceService::createAndPost(s, draftFor(d, {line("Kano", 1000, 15000)}, QDate(2026, 2, 20)));
    InvoiceService::createAndPost(s, draftFor(d, {line("Kano", 1000, 25000)}, QDate(2026, 3, 2)));
    AccountingSettings settings;
    settings.target = QStringLiteral("test");
    settings.autoTransfer = true;
    settings.autoFrom = QDate(2026, 3, 1);
    AccountingSettingsStore::save(s, settings);
    CHECK(AccountingService::generate(s).queued == 1);
    auto all = VoucherStore::list(b.db(), {});
    REQUIRE(all.size() == 2);
    CHECK(all[0].date == QDate(2026, 2, 20));
    CHECK(all[0].state == VoucherState::Pending);
    CHECK(all[1].state == VoucherState::Queued);
    CHECK(all[1].queuedMs == b.clock().nowMs());
    // By hand: select, "Transfer".
    CHECK(AccountingService::markForTransfer(s, {all[0].id, all[1].id}) == 1);
    CHECK(VoucherStore::require(b.db(), all[0].id).state == VoucherState::Queued);
}

namespace {

// One posted invoice, vouchered: voucher 1.
void voucherOneInvoice(TestBusiness& b) {
    Session s = b.owner();
    const Debtor d = addDebtor(s);
    InvoiceService::createAndPost(s, draftFor(d, {line("Hytte", 1000, 100000)}));
    AccountingService::generate(s);
}

}  // namespace

TEST_CASE("vouchers and their lines cannot be changed or deleted in SQL",
          "[accounting][vouchers]") {
    TestBusiness b;
    Database& db = b.db();
    voucherOneInvoice(b);
    CHECK_THROWS(db.exec("UPDATE voucher_line SET amount_minor = amount_minor + 1"));
    CHECK_THROWS(db.exec("UPDATE voucher SET number = 7"));
    CHECK_THROWS(db.exec("DELETE FROM voucher_line"));
    CHECK_THROWS(db.exec("DELETE FROM voucher"));
    // A voucher with a line not mapped never leaves: the SQL refuses to queue it.
    db.exec("UPDATE voucher_line SET account = NULL WHERE line_no = 1");  // allowed while pending
    CHECK_THROWS(db.exec("UPDATE voucher SET state = 'queued', queued_ms = 1"));
    db.exec("UPDATE voucher_line SET account = '5600' WHERE line_no = 1");
    db.exec("UPDATE voucher SET state = 'transferred', transferred_ms = 2, target_ref = 'X'");
    CHECK_THROWS(db.exec("UPDATE voucher SET target_ref = 'Y'"));
}

TEST_CASE("a voucher's category, state and failure are one of their words, in SQL",
          "[accounting][vouchers]") {
    TestBusiness b;
    Database& db = b.db();
    voucherOneInvoice(b);
    // Voucher 1 again under a new number and source, with these words.
    auto copy = [&db](int offset, const std::string& category, const std::string& state,
                      const std::string& failKind) {
        const std::string n = std::to_string(offset);
        db.exec(
            "INSERT INTO voucher(uid, number, voucher_date, currency, source_kind, source_id, "
            "source_ref, category, text, amount_minor, state, queued_ms, fail_kind, "
            "created_ms) SELECT randomblob(16), number + " +
            n + ", voucher_date, currency, source_kind, source_id + " + n + ", source_ref, " +
            category + ", text, amount_minor, " + state + ", 1, " + failKind +
            ", 1 FROM voucher WHERE number = 1");
    };
    // As the generator writes them: accepted.
    copy(1, "'payout'", "'failed'", "'mapping'");
    copy(2, "'other'", "'queued'", "''");
    copy(3, "'refund'", "'pending'", "''");
    CHECK(scalarOf(db, "SELECT count(*) FROM voucher") == 4);
    // Any other word, a word in another case, or none: refused.
    CHECK_THROWS(copy(4, "'gift'", "'pending'", "''"));
    CHECK_THROWS(copy(4, "'Sale'", "'pending'", "''"));
    CHECK_THROWS(copy(4, "NULL", "'pending'", "''"));
    CHECK_THROWS(copy(4, "'sale'", "'sent'", "''"));
    CHECK_THROWS(copy(4, "'sale'", "NULL", "''"));
    CHECK_THROWS(copy(4, "'sale'", "'failed'", "'timeout'"));
    CHECK_THROWS(copy(4, "'sale'", "'failed'", "NULL"));
    CHECK(scalarOf(db, "SELECT count(*) FROM voucher") == 4);
    copy(4, "'sale'", "'pending'", "''");  // the same row with its words right
    CHECK(scalarOf(db, "SELECT count(*) FROM voucher") == 5);
}

namespace {

struct UnvoucheredDemo : Demo {
    UnvoucheredDemo() : Demo(false) {}
};

// Each voucher's source, in number order.
std::vector<std::pair<QString, std::int64_t>> sourcesByNumber(Database& db) {
    auto st = db.prepare("SELECT source_kind, source_id FROM voucher ORDER BY number");
    std::vector<std::pair<QString, std::int64_t>> out;
    while (st.step())
        out.emplace_back(st.text(0), st.int64(1));
    return out;
}

}  // namespace

namespace {

using Sources = std::vector<std::pair<QString, std::int64_t>>;

// Events entered out of the order they happened in (the clock set back), and
// two at the same moment: what each voucher's number must be.
Sources enterOutOfOrder(TestBusiness& b) {
    Session s = b.owner();
    const Debtor d = addDebtor(s);
    const std::int64_t start = b.clock().nowMs();
    b.clock().set(start + 10 * 60000);
    const Invoice late =
        InvoiceService::createAndPost(s, draftFor(d, {line("Hytte", 1000, 100000)}));
    b.clock().set(start + 5 * 60000);
    const Invoice early =
        InvoiceService::createAndPost(s, draftFor(d, {line("Sauna", 1000, 20000)}));
    b.clock().set(start + 7 * 60000);
    // At one moment: an invoice, then a write-off entered before a payment;
    // the payment still comes before the write-off that follows it.
    const Invoice meanwhile =
        InvoiceService::createAndPost(s, draftFor(d, {line("Kajak", 1000, 30000)}));
    const Posting writeOff =
        LedgerService::writeOff(s, d.id, dkk(5000), QDate(2026, 3, 2), QStringLiteral("Rest"));
    const Posting paid = LedgerService::registerPayment(
        s, d.id, dkk(20000), QDate(2026, 3, 2), QStringLiteral("bank"), QStringLiteral("B1"));
    return {{QStringLiteral("invoice"), early.id},
            {QStringLiteral("invoice"), meanwhile.id},
            {QStringLiteral("payment"), paid.id},
            {QStringLiteral("write_off"), writeOff.id},
            {QStringLiteral("invoice"), late.id}};
}

}  // namespace

TEST_CASE("vouchers are numbered in the order their events happened, not as they were entered",
          "[accounting][vouchers]") {
    SECTION("read on threads of their own, beside the writing") {
        TestBusiness b;
        const Sources expected = enterOutOfOrder(b);
        CHECK(VoucherGenerator::run(b.db(), b.clock()).made == 5);
        CHECK(sourcesByNumber(b.db()) == expected);
    }
    SECTION("inside a caller's transaction, whose events only its connection sees") {
        TestBusiness b;
        Transaction tx(b.db());
        const Sources expected = enterOutOfOrder(b);
        CHECK(VoucherGenerator::run(b.db(), b.clock()).made == 5);
        tx.commit();
        CHECK(sourcesByNumber(b.db()) == expected);
    }
}

TEST_CASE("vouchers written in small chunks are the same as written at once",
          "[accounting][vouchers]") {
    UnvoucheredDemo once;
    UnvoucheredDemo chunked;
    const GenerationResult whole = VoucherGenerator::run(*once.db, once.clock);
    REQUIRE(whole.made > 100);
    VoucherGenerator::Options small;
    small.chunkSize = 7;
    small.pauseMs = 0;
    int pauses = 0;
    small.betweenChunks = [&pauses] { ++pauses; };
    const GenerationResult inChunks = VoucherGenerator::run(*chunked.db, chunked.clock, small);
    CHECK(inChunks.made == whole.made);
    CHECK(inChunks.failed == whole.failed);
    CHECK(inChunks.queued == whole.queued);
    CHECK(pauses == int((whole.made + 6) / 7) - 1);
    CHECK(sourcesByNumber(*chunked.db) == sourcesByNumber(*once.db));
    CHECK(VoucherGenerator::run(*chunked.db, chunked.clock).made == 0);
}

TEST_CASE("a run that finds vouchers made by someone else stops; no event is vouchered twice",
          "[accounting][vouchers]") {
    UnvoucheredDemo demo;
    Database& db = *demo.db;
    GenerationResult other;
    VoucherGenerator::Options options;
    options.chunkSize = 50;
    options.pauseMs = 0;
    int pauses = 0;
    // Between this run's second and third chunk another window (its own
    // connection to the file) makes the rest: the write lock is free then.
    options.betweenChunks = [&] {
        if (++pauses == 2) {
            const auto window = Database::open(db.path(), Database::OpenMode::Existing);
            other = VoucherGenerator::run(*window, demo.clock);
        }
    };
    const GenerationResult first = VoucherGenerator::run(db, demo.clock, options);
    CHECK(first.made == 100);
    CHECK(pauses == 2);
    REQUIRE(other.made > 0);
    CHECK(VoucherGenerator::run(db, demo.clock).made == 0);

    const std::int64_t made = first.made + other.made;
    CHECK(scalarOf(db, "SELECT count(*) FROM voucher") == made);
    CHECK(scalarOf(db, "SELECT max(number) FROM voucher") == made);
    CHECK(scalarOf(db, "SELECT min(number) FROM voucher") == 1);
    CHECK(scalarOf(db,
                   "SELECT count(*) FROM (SELECT 1 FROM voucher GROUP BY source_kind, "
                   "source_id HAVING count(*) > 1)") == 0);
    CHECK(scalarOf(db, "SELECT next_number FROM number_series WHERE name = 'voucher'") == made + 1);
    // Numbers are taken: the series' start can no longer be set.
    CHECK(scalarOf(db, "SELECT start_locked FROM number_series WHERE name = 'voucher'") == 1);
}

TEST_CASE("a mapping added while vouchers are written counts for the chunks still to write",
          "[accounting][vouchers]") {
    UnvoucheredDemo demo;
    Database& db = *demo.db;
    VoucherGenerator::Options options;
    options.chunkSize = 3;
    options.pauseMs = 0;
    bool mapped = false;
    // Meanwhile someone maps Swish in Settings → Accounting (another connection).
    options.betweenChunks = [&] {
        if (mapped)
            return;
        const auto settings = Database::open(db.path(), Database::OpenMode::Existing);
        settings->exec(
            "INSERT INTO account_mapping(role, qualifier, account) VALUES ('payment', 'swish', "
            "'5740')");
        mapped = true;
    };
    const GenerationResult made = VoucherGenerator::run(db, demo.clock, options);
    REQUIRE(mapped);
    REQUIRE(made.made > 100);
    // The demo's Swish orders come after the first chunk (read before the mapping).
    CHECK(scalarOf(db, "SELECT min(number) FROM voucher WHERE method = 'swish'") > 3);
    CHECK(scalarOf(
              db, "SELECT count(*) FROM voucher WHERE method = 'swish' AND state = 'failed'") == 0);
    CHECK(scalarOf(db,
                   "SELECT count(*) FROM voucher_line WHERE qualifier = 'swish' "
                   "AND account = '5740'") > 0);
    // PayPal is still not mapped: its payment fails, with the reason.
    CHECK(scalarOf(db,
                   "SELECT count(*) FROM voucher WHERE method = 'paypal' AND state = 'failed' "
                   "AND fail_kind = 'mapping'") == 1);
}

TEST_CASE("a cancelled run stops between chunks; what it wrote is whole and the next run goes on",
          "[accounting][vouchers]") {
    UnvoucheredDemo demo;
    Database& db = *demo.db;
    std::atomic<bool> cancel{false};
    VoucherGenerator::Options options;
    options.chunkSize = 40;
    options.pauseMs = 0;
    options.cancel = &cancel;
    options.betweenChunks = [&] { cancel = true; };  // the window closes
    const GenerationResult first = VoucherGenerator::run(db, demo.clock, options);
    CHECK(first.made == 40);
    CHECK(scalarOf(db, "SELECT count(*) FROM voucher") == 40);
    CHECK(scalarOf(db,
                   "SELECT count(*) FROM voucher v WHERE NOT EXISTS (SELECT 1 FROM voucher_line l "
                   "WHERE l.voucher_id = v.id)") == 0);
    const GenerationResult rest = VoucherGenerator::run(db, demo.clock);
    CHECK(rest.made > 0);
    CHECK(scalarOf(db, "SELECT max(number) FROM voucher") == first.made + rest.made);
    CHECK(scalarOf(db, "SELECT count(*) FROM voucher") == first.made + rest.made);
}
