#include "core/auth/session.h"
#include "core/auth/userservice.h"
#include "core/catalog/catalogservice.h"
#include "core/journal/journal.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/time/clock.h"
#include "tests/cli/tillshop.h"

#include <QElapsedTimer>
#include <QProcess>
#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <thread>

using namespace skranke;
using namespace skranke::test;

namespace {

// What one sale writes: 2 coffees and a bun (one VAT rate), paid in cash.
constexpr int LinesPerSale = 2;
constexpr int VatRowsPerSale = 1;
constexpr int TendersPerSale = 1;

QStringList saleArgs(const Shop& shop) {
    return QStringList{QStringLiteral("--db"), shop.file, QStringLiteral("--user"),
                       QStringLiteral("owner")} +
           words({"till", "sale", "--till", "K1", "--line", "5701234567899|2", "--line", "C2|1",
                  "--tender", "cash|100"});
}

void prepare(Shop& shop) {
    addCafeProducts(shop);
    REQUIRE(shop.run(words({"till", "create", "K1", "--name", "Reception"})).exitCode == 0);
    REQUIRE(shop.run(words({"till", "shift", "open", "--till", "K1", "--float", "500"})).exitCode ==
            0);
}

std::int64_t scalar(Database& db, const char* sql) {
    auto st = db.prepare(sql);
    REQUIRE(st.step());
    return st.int64(0);
}

// Everything a killed sale may not leave behind. Returns the number of
// receipts on the till.
std::int64_t checkWhole(const QString& file) {
    auto db = Database::open(file, Database::OpenMode::Existing);
    {
        auto st = db->prepare("PRAGMA integrity_check");
        REQUIRE(st.step());
        REQUIRE(st.text(0) == QStringLiteral("ok"));
    }
    REQUIRE(Journal::verify(*db).ok());
    // Every receipt is whole: its lines, VAT rows and tenders.
    {
        auto st = db->prepare(
            "SELECT count(*) FROM receipt r WHERE "
            "(SELECT count(*) FROM receipt_line WHERE receipt_id = r.id) <> ?1 OR "
            "(SELECT count(*) FROM receipt_vat WHERE receipt_id = r.id) <> ?2 OR "
            "(SELECT count(*) FROM receipt_tender WHERE receipt_id = r.id) <> ?3");
        st.bindAll(LinesPerSale, VatRowsPerSale, TendersPerSale);
        REQUIRE(st.step());
        CHECK(st.int64(0) == 0);
    }
    // Nothing without its receipt.
    CHECK(scalar(*db,
                 "SELECT (SELECT count(*) FROM receipt_line WHERE receipt_id NOT IN "
                 "(SELECT id FROM receipt)) + (SELECT count(*) FROM receipt_vat WHERE "
                 "receipt_id NOT IN (SELECT id FROM receipt)) + (SELECT count(*) FROM "
                 "receipt_tender WHERE receipt_id NOT IN (SELECT id FROM receipt))") == 0);
    // Numbers 1..N without gaps, and the till's next number is N + 1.
    const std::int64_t n =
        scalar(*db,
               "SELECT count(*) FROM receipt WHERE till_id = (SELECT id FROM till "
               "WHERE ref = 'K1')");
    CHECK(scalar(*db, "SELECT coalesce(min(number), 1) FROM receipt") == 1);
    CHECK(scalar(*db, "SELECT coalesce(max(number), 0) FROM receipt") == n);
    CHECK(scalar(*db, "SELECT count(DISTINCT number) FROM receipt") == n);
    CHECK(scalar(*db, "SELECT next_receipt FROM till WHERE ref = 'K1'") == n + 1);
    // Each sale is journaled in its own transaction.
    CHECK(scalar(*db,
                 "SELECT count(*) FROM journal WHERE entity = 'receipt' AND action = 'sale'") == n);
    return n;
}

}  // namespace

TEST_CASE("till sale killed at any moment leaves the file whole and the numbers gapless",
          "[cli][till][crash]") {
    Shop shop;
    prepare(shop);
    const QStringList args = saleArgs(shop);

    // How long one sale takes from start to exit, the slowest of three.
    std::int64_t durationUs = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto p = startCli(args);
        REQUIRE(p->waitForFinished(60'000));
        durationUs = std::max<std::int64_t>(durationUs, timer.nsecsElapsed() / 1000);
        INFO(p->readAllStandardError().toStdString());
        REQUIRE(p->exitCode() == 0);
    }
    REQUIRE(checkWhole(shop.file) == 3);

    constexpr int Runs = 200;
    std::mt19937 random(20261123);
    // Up to twice the measured time, so that every moment of a sale is hit
    // and some sales still finish when the machine is busier than when it
    // was measured (on a loaded CI machine all 200 were once killed).
    std::uniform_int_distribution<std::int64_t> delayUs(0, 2 * durationUs);
    int killed = 0;
    std::int64_t receipts = 3;
    for (int run = 0; run < Runs; ++run) {
        const std::int64_t delay = delayUs(random);
        auto p = startCli(args);
        std::this_thread::sleep_for(std::chrono::microseconds(delay));
        const bool wasKilled = killCli(*p);
        killed += wasKilled ? 1 : 0;
        INFO("run " << run << ", killed after " << delay << " µs of " << durationUs);
        if (!wasKilled) {
            INFO(p->readAllStandardError().toStdString());
            REQUIRE(p->exitCode() == 0);
        }
        const std::int64_t now = checkWhole(shop.file);
        // A finished sale added its receipt; a killed one added it or not.
        CHECK(now >= receipts);
        CHECK(now <= receipts + 1);
        if (!wasKilled)
            CHECK(now == receipts + 1);
        receipts = now;
        if (run % 50 == 49)
            REQUIRE(shop.run(words({"journal", "verify"})).exitCode == 0);
    }
    WARN("one sale took " << durationUs << " µs; " << killed << " of " << Runs
                          << " runs were killed; " << receipts << " receipts");
    CHECK(killed > 0);
    CHECK(killed < Runs);

    // The till goes on: the next sale gets the next number.
    const auto r = shop.run(saleArgs(shop).mid(4));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[QStringLiteral("number")].toInt() == receipts + 1);
    CHECK(shop.run(words({"journal", "verify"})).exitCode == 0);
}
