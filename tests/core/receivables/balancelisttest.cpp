#include "core/ledger/balancelist.h"
#include "core/ledger/ledgerservice.h"
#include "core/store/error.h"
#include "tests/core/receivables/receivablesfixture.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

TEST_CASE("the balance list as of a date ignores later postings and settlements", "[balancelist]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);  // net 14 days
    const Debtor idle = addDebtor(s, QStringLiteral("Idle"));
    InvoiceService::createAndPost(
        s, draftFor(d, {line("A", 1000, 10000)}, QDate(2026, 1, 1)));  // due 15 Jan
    InvoiceService::createAndPost(
        s, draftFor(d, {line("B", 1000, 20000)}, QDate(2026, 2, 20)));  // due 6 Mar
    LedgerService::registerPayment(s, d.id, dkk(10000), QDate(2026, 3, 10), {}, {});

    BalanceList::Filter f;
    f.asOf = QDate(2026, 3, 1);
    f.specified = true;
    auto rows = BalanceList::compute(b.db(), f);
    REQUIRE(rows.size() == 1);  // the idle debtor has nothing: left out
    const auto& r = rows[0];
    CHECK(r.balance.minor() == 30000);     // the payment came later
    CHECK(r.buckets[0].minor() == 20000);  // B not yet due on 1 March
    CHECK(r.buckets[2].minor() == 10000);  // A 45 days overdue: 31–60
    CHECK(r.items.size() == 2);

    f.asOf = QDate(2026, 3, 31);
    rows = BalanceList::compute(b.db(), f);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].balance.minor() == 20000);     // A paid on 10 March
    CHECK(rows[0].buckets[1].minor() == 20000);  // B 25 days overdue: 0–30

    f.includeZero = true;
    CHECK(BalanceList::compute(b.db(), f).size() == 2);
    f.debtorFrom = idle.id;
    CHECK(BalanceList::compute(b.db(), f).front().debtorId == idle.id);
    f.intervalDays = 0;
    CHECK_THROWS_AS(BalanceList::compute(b.db(), f), Error);
}

TEST_CASE("aging buckets by days overdue", "[balancelist]") {
    const QDate asOf(2026, 6, 30);
    CHECK(BalanceList::bucketOf(asOf, asOf, 30) == 0);
    CHECK(BalanceList::bucketOf(asOf.addDays(-1), asOf, 30) == 1);
    CHECK(BalanceList::bucketOf(asOf.addDays(-30), asOf, 30) == 1);
    CHECK(BalanceList::bucketOf(asOf.addDays(-31), asOf, 30) == 2);
    CHECK(BalanceList::bucketOf(asOf.addDays(-60), asOf, 30) == 2);
    CHECK(BalanceList::bucketOf(asOf.addDays(-61), asOf, 30) == 3);
}
