#include "core/journal/journal.h"
#include "core/ledger/ledgerservice.h"
#include "core/ledger/ledgerwriter.h"
#include "core/ledger/settlementengine.h"
#include "core/ledger/settlementservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "tests/core/receivables/receivablesfixture.h"

#include <catch2/catch.hpp>
#include <map>
#include <random>

using namespace skranke;
using namespace skranke::test;

namespace {

std::map<std::int64_t, std::int64_t> openAmounts(Database& db, std::int64_t debtorId) {
    std::map<std::int64_t, std::int64_t> out;
    auto st = db.prepare("SELECT posting_id, open_minor FROM posting_open WHERE debtor_id = ?1");
    st.bind(1, debtorId);
    while (st.step())
        out[st.int64(0)] = st.int64(1);
    return out;
}

std::vector<std::int64_t> activeSettlements(Database& db) {
    std::vector<std::int64_t> ids;
    auto st = db.prepare("SELECT id FROM settlement WHERE undone_ms IS NULL ORDER BY id");
    while (st.step())
        ids.push_back(st.int64(0));
    return ids;
}

}  // namespace

TEST_CASE("the oldest-first plan pairs credits with debits by due date", "[settlement]") {
    using E = SettlementEngine;
    const auto pairs = E::plan({{1, 100}, {2, 50}, {3, 70}}, {{10, -120}, {11, -80}});
    REQUIRE(pairs.size() == 4);
    CHECK(
        (pairs[0].debitPostingId == 1 && pairs[0].creditPostingId == 10 && pairs[0].minor == 100));
    CHECK((pairs[1].debitPostingId == 2 && pairs[1].creditPostingId == 10 && pairs[1].minor == 20));
    CHECK((pairs[2].debitPostingId == 2 && pairs[2].creditPostingId == 11 && pairs[2].minor == 30));
    CHECK((pairs[3].debitPostingId == 3 && pairs[3].creditPostingId == 11 && pairs[3].minor == 50));
    const auto equal = E::planEqual({{1, 100}, {2, 50}}, {{10, -50}, {11, -99}});
    REQUIRE(equal.size() == 1);
    CHECK((equal[0].debitPostingId == 2 && equal[0].minor == 50));
}

TEST_CASE("settling never over-settles, keeps the balance, and undo restores exactly",
          "[settlement]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    std::mt19937_64 rng(99);
    // Payments first (prepayments), then invoices settled by hand and by undo.
    for (int i = 0; i < 8; ++i)
        LedgerService::registerPayment(s, d.id, dkk(std::int64_t(1000 + rng() % 50000)),
                                       QDate(2026, 1, 1).addDays(i), QStringLiteral("bank"), {});
    std::vector<std::int64_t> numbers;
    for (int i = 0; i < 8; ++i) {
        // Invoices consume the prepayments as they are posted.
        numbers.push_back(InvoiceService::createAndPost(
                              s, draftFor(d, {line("x", 1000, std::int64_t(1000 + rng() % 50000))},
                                          QDate(2026, 2, 1).addDays(i)))
                              .number);
    }
    const auto balanceBefore = LedgerService::balance(b.db(), d.id).balance();
    const auto settled = openAmounts(b.db(), d.id);
    for (int round = 0; round < 40; ++round) {
        auto active = activeSettlements(b.db());
        if (!active.empty() && rng() % 2 == 0) {
            SettlementService::undo(s, active[rng() % active.size()]);
        } else {
            SettlementService::settleAuto(s, {d.id, d.id, false, false}, {}, false,
                                          QDate(2026, 3, 1));
        }
        const auto bal = LedgerService::balance(b.db(), d.id);
        CHECK(bal.balance() == balanceBefore);
        for (const auto& [posting, open] : openAmounts(b.db(), d.id)) {
            const Posting p = LedgerService::posting(b.db(), posting);
            CHECK(std::abs(open) <= std::abs(p.amount.minor()));
            CHECK(open * p.amount.minor() >= 0);
        }
    }
    // Undo everything, then settle again: back to the same open amounts as before.
    for (std::int64_t id : activeSettlements(b.db()))
        SettlementService::undo(s, id);
    for (const auto& [posting, open] : openAmounts(b.db(), d.id))
        CHECK(open == LedgerService::posting(b.db(), posting).amount.minor());
    SettlementService::settleAuto(s, {}, {d.id}, false, QDate(2026, 3, 1));
    CHECK(openAmounts(b.db(), d.id) == settled);
    CHECK_THROWS_AS(SettlementService::undo(s, activeSettlements(b.db()).front() - 1000), Error);
    CHECK(Journal::verify(b.db()).ok());
}

TEST_CASE("a payment is matched by hand against a chosen invoice", "[settlement]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    const Invoice a =
        InvoiceService::createAndPost(s, draftFor(d, {line("A", 1000, 10000)}, QDate(2026, 1, 1)));
    const Invoice later =
        InvoiceService::createAndPost(s, draftFor(d, {line("B", 1000, 20000)}, QDate(2026, 2, 1)));
    const Posting pay =
        LedgerService::registerPayment(s, d.id, dkk(20000), QDate(2026, 2, 5), {}, {});
    // The payment went oldest first; undo that and put it on the later invoice instead.
    for (std::int64_t id : activeSettlements(b.db()))
        SettlementService::undo(s, id);
    CHECK_THROWS_AS(
        SettlementService::match(s, pay.id, later.number, dkk(20001), QDate(2026, 2, 5)), Error);
    SettlementService::match(s, pay.id, later.number, dkk(20000), QDate(2026, 2, 5));
    auto open = openAmounts(b.db(), d.id);
    CHECK(open[pay.id] == 0);
    CHECK(LedgerService::balance(b.db(), d.id).outstanding.minor() == a.total.minor());
    CHECK_THROWS_AS(SettlementService::match(s, pay.id, a.number, dkk(1), QDate(2026, 2, 5)),
                    Error);
}

TEST_CASE("automatic settlement lists candidates, filters, and a dry run writes nothing",
          "[settlement]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor x = addDebtor(s, QStringLiteral("X"));
    const Debtor y = addDebtor(s, QStringLiteral("Y"));
    for (const Debtor& d : {x, y}) {
        InvoiceService::createAndPost(s, draftFor(d, {line("A", 1000, 10000)}));
        LedgerService::registerPayment(s, d.id, dkk(d.id == x.id ? 10000 : 7000), QDate(2026, 3, 3),
                                       {}, {});
    }
    for (std::int64_t id : activeSettlements(b.db()))
        SettlementService::undo(s, id);
    auto all = SettlementService::candidates(b.db(), {});
    REQUIRE(all.size() == 2);
    CHECK(all[1].settleable.minor() == 7000);
    CHECK(SettlementService::candidates(b.db(), {0, 0, true, false}).size() == 1);  // balance 0: X
    CHECK(SettlementService::candidates(b.db(), {0, 0, false, true}).size() ==
          1);  // equal amounts: X
    CHECK(SettlementService::candidates(b.db(), {y.id, y.id, false, false}).front().debtorId ==
          y.id);
    const auto journal = Journal::count(b.db());
    const auto dry = SettlementService::settleAuto(s, {}, {}, true, QDate(2026, 3, 4));
    CHECK(dry.size() == 2);
    CHECK(SettlementService::candidates(b.db(), {}).size() == 2);
    CHECK(Journal::count(b.db()) == journal);
    const auto done = SettlementService::settleAuto(s, {}, {}, false, QDate(2026, 3, 4));
    CHECK(done[0].settled.minor() + done[1].settled.minor() == 17000);
    CHECK(SettlementService::candidates(b.db(), {}).empty());
}
