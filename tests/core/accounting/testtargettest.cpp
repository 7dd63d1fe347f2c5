#include "core/accounting/testtarget.h"
#include "core/accounting/voucherstore.h"
#include "core/store/transaction.h"
#include "tests/support/testbusiness.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

Money dkk(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("DKK")));
}

// A stored, balanced sale voucher of `minor` øre.
Voucher stored(TestBusiness& b, std::int64_t minor) {
    b.db().exec(
        "INSERT OR IGNORE INTO account(number, name, kind) VALUES "
        "('1010', 'Sales', 'revenue'), ('5600', 'Debtors', 'asset')");
    static int source = 0;
    Voucher v;
    v.date = QDate(2026, 3, 2);
    v.currency = QStringLiteral("DKK");
    v.sourceKind = QString::fromLatin1(VoucherSource::Invoice);
    v.sourceId = ++source;
    v.sourceRef = QStringLiteral("Invoice %1").arg(1000 + source);
    v.category = VoucherCategory::Sale;
    v.text = QStringLiteral("Sale");
    v.createdMs = b.clock().nowMs();
    v.lines = {{QStringLiteral("receivable"), {}, QStringLiteral("5600"), dkk(minor), {}, {}, {}},
               {QStringLiteral("revenue"), {}, QStringLiteral("1010"), dkk(-minor), {}, {}, {}}};
    Transaction tx(b.db());
    VoucherStore::insert(b.db(), v);
    tx.commit();
    return VoucherStore::require(b.db(), v.id);
}

}  // namespace

TEST_CASE("The test accounting program numbers what it receives", "[transfer][testtarget]") {
    TestBusiness b;
    TestTarget target(b.db(), b.clock());
    CHECK(target.name() == QStringLiteral("test"));
    const Voucher v1 = stored(b, 10000);
    const Voucher v2 = stored(b, 2550);

    const TransferResult r1 = target.send(v1, v1.uidText());
    b.clock().advanceMs(1000);
    const TransferResult r2 = target.send(v2, v2.uidText());
    CHECK(r1.transferred);
    CHECK(r1.reference == QStringLiteral("TEST-1"));
    CHECK(r2.reference == QStringLiteral("TEST-2"));

    const auto e2 = TestTarget::entry(b.db(), v2.uidText());
    REQUIRE(e2);
    CHECK(e2->entryNo == 2);
    CHECK(e2->voucherNumber == v2.number);
    CHECK(e2->amountMinor == 2550);
    CHECK(e2->receivedMs == b.clock().nowMs());
    CHECK(TestTarget::entryCount(b.db()) == 2);
}

TEST_CASE("The test accounting program books a key once", "[transfer][testtarget]") {
    TestBusiness b;
    TestTarget target(b.db(), b.clock());
    const Voucher v1 = stored(b, 10000);
    const Voucher v2 = stored(b, 500);
    CHECK(target.send(v1, v1.uidText()).reference == QStringLiteral("TEST-1"));
    CHECK(target.send(v2, v2.uidText()).reference == QStringLiteral("TEST-2"));

    const TransferResult again = target.send(v1, v1.uidText());
    CHECK(again.transferred);
    CHECK(again.reference == QStringLiteral("TEST-1"));
    CHECK(TestTarget::entryCount(b.db()) == 2);

    // Another voucher with a key it has booked is a sender's mistake.
    const TransferResult misused = target.send(v2, v1.uidText());
    CHECK_FALSE(misused.transferred);
    CHECK(misused.failKind == FailKind::Rejected);
    CHECK(misused.message.contains(QString::number(v1.number)));
    CHECK(TestTarget::entryCount(b.db()) == 2);
}

TEST_CASE("The test accounting program refuses what a program would", "[transfer][testtarget]") {
    TestBusiness b;
    TestTarget target(b.db(), b.clock());
    Voucher v = stored(b, 10000);
    SECTION("a voucher that does not balance") {
        v.lines[1].amount = dkk(-9999);
        const TransferResult r = target.send(v, v.uidText());
        CHECK(r.failKind == FailKind::Rejected);
        CHECK(r.message.contains(QStringLiteral("balance")));
    }
    SECTION("a line without an account") {
        v.lines[0].account.clear();
        const TransferResult r = target.send(v, v.uidText());
        CHECK(r.failKind == FailKind::Rejected);
        CHECK(r.message.contains(QStringLiteral("account")));
    }
    SECTION("no key") {
        CHECK(target.send(v, QString()).failKind == FailKind::Rejected);
    }
    CHECK(TestTarget::entryCount(b.db()) == 0);
    // Once right, it is booked as entry 1: refusals use up no number.
    const Voucher good = VoucherStore::require(b.db(), v.id);
    CHECK(target.send(good, good.uidText()).reference == QStringLiteral("TEST-1"));
}
