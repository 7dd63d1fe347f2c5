#include "core/dunning/reminderrun.h"
#include "core/journal/journal.h"
#include "core/ledger/ledgerservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "tests/core/dunning/dunningfixture.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

TEST_CASE("to date and respite decide which invoices are reminded", "[dunning]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    invoiceDue(s, d, QDate(2026, 1, 8));
    auto p = params(1, QDate(2026, 1, 10), QDate(2026, 1, 12));
    p.respiteDays = 3;  // due 8 Jan, to date 10 Jan, respite 3: not yet
    CHECK(ReminderRun::preview(b.db(), p).empty());
    p.respiteDays = 2;
    CHECK(ReminderRun::preview(b.db(), p).size() == 1);
    p.toDate = QDate(2026, 1, 7);
    p.respiteDays = 0;
    CHECK(ReminderRun::preview(b.db(), p).empty());
}

TEST_CASE("a first reminder with fee, interest and compensation, posted on the debtor",
          "[dunning]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);  // a business
    const Invoice inv = invoiceDue(s, d, QDate(2026, 1, 31));
    auto p = params(1, QDate(2026, 2, 28), QDate(2026, 3, 1));
    p.compensation = true;
    const auto preview = ReminderRun::preview(b.db(), p);
    REQUIRE(preview.size() == 1);
    const auto& r = preview[0];
    CHECK(r.claimsTotal == inv.total);
    CHECK(r.fee.minor() == 10000);
    CHECK(r.compensation.minor() == 31000);
    CHECK(r.interest.minor() == 1600);  // 1,000.00 × 0.8 % × 2 started months
    CHECK(r.total.minor() == 100000 + 10000 + 31000 + 1600);

    const auto journal = Journal::count(b.db());
    const auto numbers = ReminderRun::create(s, p, {});
    REQUIRE(numbers == std::vector<std::int64_t>{1});
    CHECK(Journal::count(b.db()) == journal + 1);
    CHECK(LedgerService::balance(b.db(), d.id).outstanding.minor() == r.total.minor());
    CHECK_THROWS_AS(b.db().exec("UPDATE reminder SET fee_minor = 0"), Error);
    CHECK_THROWS_AS(b.db().exec("DELETE FROM reminder_line"), Error);

    // The second reminder: not within 10 days, and no second compensation.
    auto second = params(2, QDate(2026, 3, 1), QDate(2026, 3, 10));
    second.compensation = true;
    CHECK(ReminderRun::preview(b.db(), second).empty());  // 9 days after the first
    second.runDate = QDate(2026, 3, 11);
    const auto later = ReminderRun::preview(b.db(), second);
    REQUIRE(later.size() == 1);
    CHECK(later[0].compensation.isZero());
    // Interest already charged up to 1 March is not charged again: from the
    // first reminder's date, one started month.
    CHECK(later[0].interest.minor() == 800);
    // The first reminder's unpaid charges are shown, not charged again.
    CHECK(later[0].earlierCharges.minor() == 10000 + 31000 + 1600);
    CHECK(later[0].total.minor() == 100000 + 42600 + 10000 + 800);
    CHECK(later[0].fee.minor() == 10000);
    REQUIRE(ReminderRun::create(s, second, {}).size() == 1);
    CHECK(LedgerService::balance(b.db(), d.id).outstanding.minor() == later[0].total.minor());
    // The first level is done: a level-1 run finds nothing.
    CHECK(ReminderRun::preview(b.db(), params(1, QDate(2026, 3, 1), QDate(2026, 3, 11))).empty());
}

TEST_CASE("fees only where the invoice allowed them; minimum balance and interest", "[dunning]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    Debtor privateDebtor;
    privateDebtor.name = QStringLiteral("Anna");
    privateDebtor = DebtorService::create(s, privateDebtor);
    invoiceDue(s, d, QDate(2026, 1, 31), 100000, false);
    invoiceDue(s, privateDebtor, QDate(2026, 2, 20), 5000);
    auto p = params(1, QDate(2026, 2, 28), QDate(2026, 3, 1));
    p.compensation = true;
    auto preview = ReminderRun::preview(b.db(), p);
    REQUIRE(preview.size() == 2);
    CHECK(preview[0].fee.isZero());  // the invoice did not allow fees
    CHECK_FALSE(preview[0].claims[0].noFeeReason.isEmpty());
    CHECK(preview[1].compensation.isZero());  // not a business
    p.minBalance = dkk(10000);
    CHECK(ReminderRun::preview(b.db(), p).size() == 1);
    p.minBalance = dkk(0);
    p.minInterest = dkk(1000);  // Anna's 50.00 for one started month at 0.8 %: 0.40
    preview = ReminderRun::preview(b.db(), p);
    CHECK(preview[1].interest.isZero());
}

TEST_CASE("unlawful or wrong run parameters name the field and write nothing", "[dunning]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    invoiceDue(s, d, QDate(2026, 1, 31));
    auto fieldOf = [&](ReminderRun::Params p) {
        try {
            ReminderRun::create(s, p, {});
        } catch (const Error& e) {
            return e.field();
        }
        return QString();
    };
    const auto ok = params(1, QDate(2026, 2, 28), QDate(2026, 3, 1));
    auto p = ok;
    p.fee = dkk(10001);
    CHECK(fieldOf(p) == QStringLiteral("fee"));
    p = ok;
    p.interestPerMonth = Rate::percent(QStringLiteral("-1"));
    CHECK(fieldOf(p) == QStringLiteral("interest_rate"));
    p = ok;
    p.toDate = QDate(2026, 3, 2);
    CHECK(fieldOf(p) == QStringLiteral("to_date"));
    p = ok;
    p.tillRef = QStringLiteral("Kasse 9");
    CHECK(fieldOf(p) == QStringLiteral("till"));
    p = ok;
    p.termsDays = 9;
    CHECK(fieldOf(p) == QStringLiteral("terms_days"));
    p = ok;
    p.level = 4;
    CHECK(fieldOf(p) == QStringLiteral("level"));
    CHECK(countRows(b.db(), "reminder") == 0);
    const Session desk = b.userWithRole(QStringLiteral("frida"), QStringLiteral("front_desk"));
    CHECK_THROWS_AS(ReminderRun::create(desk, ok, {}), Error);
    CHECK(countRows(b.db(), "reminder") == 0);
}
