#include "core/ledger/ledgerservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "tests/core/receivables/receivablesfixture.h"

#include <catch2/catch.hpp>
#include <random>

using namespace skranke;
using namespace skranke::test;

namespace {

// outstanding = Σ open debits, prepayment = Σ open credits, balance = Σ postings.
void checkInvariants(Database& db, std::int64_t debtorId) {
    auto sums = db.prepare(
        "SELECT ifnull(sum(CASE WHEN open_minor > 0 THEN open_minor END), 0), "
        "ifnull(-sum(CASE WHEN open_minor < 0 THEN open_minor END), 0) FROM posting_open "
        "WHERE debtor_id = ?1");
    sums.bind(1, debtorId);
    sums.step();
    auto total =
        db.prepare("SELECT ifnull(sum(amount_minor), 0) FROM posting WHERE debtor_id = ?1");
    total.bind(1, debtorId);
    total.step();
    const DebtorBalance b = LedgerService::balance(db, debtorId);
    CHECK(b.outstanding.minor() == sums.int64(0));
    CHECK(b.prepayment.minor() == sums.int64(1));
    CHECK(b.balance().minor() == total.int64(0));
    // A debtor never has both open debits and open credits after automatic settlement.
    CHECK((b.outstanding.isZero() || b.prepayment.isZero()));
    const auto rows = LedgerService::postings(db, debtorId);
    if (!rows.empty())
        CHECK(rows.back().runningBalance.minor() == total.int64(0));
    // No entry over-settled: open amounts keep the sign of the posting and never exceed it.
    auto over = db.prepare(
        "SELECT count(*) FROM posting p JOIN posting_open o ON o.posting_id = p.id "
        "WHERE p.debtor_id = ?1 AND (abs(o.open_minor) > abs(p.amount_minor) "
        "OR o.open_minor * p.amount_minor < 0)");
    over.bind(1, debtorId);
    over.step();
    CHECK(over.int64(0) == 0);
}

}  // namespace

TEST_CASE("outstanding = Σ open = Σ postings for random sequences", "[ledger]") {
    TestBusiness b;
    const Session s = b.owner();
    std::mt19937_64 rng(20261123);
    std::vector<Debtor> debtors{addDebtor(s, QStringLiteral("A")),
                                addDebtor(s, QStringLiteral("B")),
                                addDebtor(s, QStringLiteral("C"))};
    std::vector<std::int64_t> invoices;
    QDate date(2026, 1, 1);
    for (int step = 0; step < 300; ++step) {
        const Debtor& d = debtors[rng() % debtors.size()];
        date = date.addDays(std::int64_t(rng() % 2));
        const int action = int(rng() % 10);
        try {
            if (action < 4) {
                auto inv = InvoiceService::createAndPost(
                    s, draftFor(d,
                                {line("x", std::int64_t(1000 + rng() % 3000),
                                      std::int64_t(1 + rng() % 100000))},
                                date));
                invoices.push_back(inv.number);
            } else if (action < 7) {
                LedgerService::registerPayment(s, d.id, dkk(std::int64_t(1 + rng() % 150000)), date,
                                               QStringLiteral("bank"), {});
            } else if (action < 9 && !invoices.empty()) {
                CreditRequest r;
                r.amount = dkk(std::int64_t(1 + rng() % 20000));
                r.date = date.addDays(30);
                InvoiceService::creditNote(s, invoices[rng() % invoices.size()], r);
            } else {
                const auto bal = LedgerService::balance(b.db(), d.id);
                if (bal.outstanding.isPositive())
                    LedgerService::writeOff(
                        s, d.id,
                        dkk(1 + std::int64_t(rng() % std::uint64_t(bal.outstanding.minor()))), date,
                        QStringLiteral("small difference"));
            }
        } catch (const Error& e) {
            // Credits over the uncredited amount are refused; nothing else may fail.
            CHECK(e.field() == QStringLiteral("amount"));
        }
    }
    for (const Debtor& d : debtors)
        checkInvariants(b.db(), d.id);
}

TEST_CASE("a payment with nothing open stands as a prepayment and pays the next invoice",
          "[ledger]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    const Posting pay = LedgerService::registerPayment(
        s, d.id, dkk(50000), QDate(2026, 3, 1), QStringLiteral("bank"), QStringLiteral("ref 7"));
    CHECK(pay.open.minor() == -50000);
    CHECK(LedgerService::balance(b.db(), d.id).prepayment.minor() == 50000);
    InvoiceService::createAndPost(s, draftFor(d, {line("Hytte", 1000, 30000)}));
    const auto bal = LedgerService::balance(b.db(), d.id);
    CHECK(bal.outstanding.minor() == 0);
    CHECK(bal.prepayment.minor() == 20000);
}

TEST_CASE("payments settle the oldest invoice first", "[ledger]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    const Invoice late =
        InvoiceService::createAndPost(s, draftFor(d, {line("A", 1000, 10000)}, QDate(2026, 2, 1)));
    const Invoice early =
        InvoiceService::createAndPost(s, draftFor(d, {line("B", 1000, 10000)}, QDate(2026, 1, 1)));
    LedgerService::registerPayment(s, d.id, dkk(15000), QDate(2026, 3, 1), {}, {});
    CHECK_THROWS_AS(b.db().exec("DELETE FROM settlement"), Error);
    CHECK_THROWS_AS(b.db().exec("UPDATE settlement SET amount_minor = 1"), Error);
    for (const PostingRow& r : LedgerService::postings(b.db(), d.id)) {
        if (r.posting.docNumber == early.number && r.posting.kind == PostingKind::Invoice)
            CHECK(r.posting.open.minor() == 0);
        if (r.posting.docNumber == late.number && r.posting.kind == PostingKind::Invoice)
            CHECK(r.posting.open.minor() == 5000);
    }
}

TEST_CASE("bad payments and write-offs are refused and write nothing", "[ledger]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    const auto postings = countRows(b.db(), "posting");
    CHECK_THROWS_AS(LedgerService::registerPayment(s, d.id, dkk(0), QDate(2026, 3, 1), {}, {}),
                    Error);
    CHECK_THROWS_AS(LedgerService::registerPayment(s, 999, dkk(100), QDate(2026, 3, 1), {}, {}),
                    Error);
    CHECK_THROWS_AS(
        LedgerService::writeOff(s, d.id, dkk(100), QDate(2026, 3, 1), QStringLiteral("x")),
        Error);  // nothing outstanding
    InvoiceService::createAndPost(s, draftFor(d, {line("A", 1000, 10000)}));
    CHECK_THROWS_AS(LedgerService::writeOff(s, d.id, dkk(100), QDate(2026, 3, 1), QString()),
                    Error);
    const Session desk = b.userWithRole(QStringLiteral("frida"), QStringLiteral("front_desk"));
    CHECK_THROWS_AS(
        LedgerService::writeOff(desk, d.id, dkk(100), QDate(2026, 3, 1), QStringLiteral("x")),
        Error);
    CHECK(countRows(b.db(), "posting") == postings + 1);
}
