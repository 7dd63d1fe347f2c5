#include "core/catalog/catalogservice.h"
#include "core/invoicing/quantity.h"
#include "core/journal/journal.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/till/receiptcalculator.h"
#include "core/till/saleservice.h"
#include "core/till/tillreport.h"
#include "core/till/tillservice.h"
#include "tests/core/till/tillfixture.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

// A receipt of `totalMinor` DKK at 25 % VAT, paid with `tenders`.
Receipt paid(std::int64_t totalMinor, const std::vector<TenderInput>& tenders,
             std::int64_t step = 50) {
    SaleLineInput in;
    in.text = QStringLiteral("Kaffe");
    in.unitPrice = in.listPrice = dkk(totalMinor);
    in.vatRate = Rate::percent(QStringLiteral("25"));
    Receipt r;
    ReceiptCalculator::computeTotals(r, {in}, dkk(0).currency());
    TenderPlan::apply(r, tenders, step);
    return r;
}

}  // namespace

TEST_CASE("cash pays the rest rounded to the coin step and gives change", "[till]") {
    Receipt r = paid(1224, {cash(2000)});
    REQUIRE(r.tenders.size() == 1);
    CHECK(r.tenders[0].amount.minor() == 1200);  // DK: to 50 øre
    CHECK(r.tenders[0].given.minor() == 2000);
    CHECK(r.tenders[0].change.minor() == 800);
    CHECK(r.rounding.minor() == -24);
    CHECK(paid(1225, {cash(1250)}).tenders[0].change.isZero());
    CHECK(paid(1225, {cash(1250)}).rounding.minor() == 25);
    // Norway and Sweden: whole kroner.
    CHECK(paid(1249, {cash(1200)}, 100).tenders[0].amount.minor() == 1200);
    CHECK(paid(1250, {cash(1300)}, 100).rounding.minor() == 50);
}

TEST_CASE("split payments must cover the total exactly; only cash gives change", "[till]") {
    Receipt r = paid(10000, {card(6000), cash(5000)});
    REQUIRE(r.tenders.size() == 2);
    CHECK(r.tenders[0].kind == TenderKind::Card);
    CHECK(r.tenders[0].amount.minor() == 6000);
    CHECK(r.tenders[1].amount.minor() == 4000);
    CHECK(r.tenders[1].change.minor() == 1000);
    CHECK(paid(10000, {card(10000)}).rounding.isZero());  // card is never rounded
    CHECK(paid(1224, {card(1224)}).tenders[0].amount.minor() == 1224);
    CHECK(fieldOf([] { paid(10000, {card(6000)}); }) == QStringLiteral("tender"));
    CHECK(fieldOf([] { paid(10000, {card(10001)}); }) == QStringLiteral("tender"));
    CHECK(fieldOf([] { paid(10000, {card(6000), cash(3999)}); }) == QStringLiteral("tender"));
    CHECK(fieldOf([] { paid(10000, {card(10000), cash(100)}); }) == QStringLiteral("tender"));
    CHECK(fieldOf([] { paid(10000, {cash(0)}); }) == QStringLiteral("tender"));
}

TEST_CASE("receipt VAT is taken out of each rate's gross sum", "[till]") {
    SaleLineInput a;
    a.text = QStringLiteral("Sauna");
    a.quantityMilli = 3000;
    a.unitPrice = a.listPrice = dkk(8500);
    a.vatRate = Rate::percent(QStringLiteral("25"));
    a.discount = Rate::percent(QStringLiteral("10"));
    SaleLineInput gift;
    gift.text = QStringLiteral("Gavekort");
    gift.unitPrice = gift.listPrice = dkk(50000);
    gift.vatRate = Rate::percent(QStringLiteral("0"));
    Receipt r;
    ReceiptCalculator::computeTotals(r, {a, gift}, dkk(0).currency());
    CHECK(r.lines[0].amount.minor() == 22950);  // 3 × 85.00 × 0.9
    CHECK(r.total.minor() == 72950);
    REQUIRE(r.vat.size() == 2);
    CHECK(r.vat[1].gross.minor() == 22950);
    CHECK(r.vat[1].vat.minor() == 4590);  // 229.50 × 25/125
    CHECK(r.vat[0].vat.isZero());
}

TEST_CASE("a sale takes the next receipt number of its till and is kept whole", "[till]") {
    Shop shop;
    Database& db = shop.b.db();
    CHECK(ErrorCode::Conflict == [&] {
        try {
            SaleService::sell(shop.owner, QStringLiteral("K1"), {shop.line(QStringLiteral("C1"))},
                              {cash(5000)});
        } catch (const Error& e) {
            return e.code();
        }
        return ErrorCode::InvalidInput;
    }());  // no open shift yet
    CHECK(countRows(db, "receipt") == 0);
    TillService::openShift(shop.owner, QStringLiteral("K1"), dkk(50000));

    const Receipt first = SaleService::sell(
        shop.owner, QStringLiteral("K1"),
        {shop.line(QStringLiteral("5701234567899"), 2000), shop.line(QStringLiteral("C2"))},
        {cash(10000)});
    CHECK(first.number == 1);
    CHECK(first.total.minor() == 8275);
    CHECK(first.tenders[0].amount.minor() == 8300);  // 82.75 → 83.00 in cash
    CHECK(first.tenders[0].change.minor() == 1700);

    // A sale that does not add up writes nothing and takes no number.
    const auto journal = Journal::count(db);
    CHECK(fieldOf([&] {
              SaleService::sell(shop.owner, QStringLiteral("K1"), {shop.line(QStringLiteral("C1"))},
                                {card(100)});
          }) == QStringLiteral("tender"));
    CHECK(fieldOf([&] {
              SaleService::sell(shop.owner, QStringLiteral("K1"),
                                {shop.line(QStringLiteral("C1"), 0)}, {card(100)});
          }) == QStringLiteral("line"));
    CHECK(fieldOf([&] { shop.line(QStringLiteral("nope")); }) == QStringLiteral("line"));
    CHECK(Journal::count(db) == journal);

    const Receipt second = SaleService::sell(shop.owner, QStringLiteral("K1"),
                                             {shop.line(QStringLiteral("C1"))}, {card(3200)});
    CHECK(second.number == 2);
    const Receipt again = SaleService::load(db, QStringLiteral("K1"), 1);
    CHECK(again.total == first.total);
    CHECK(again.lines.size() == 2);
    CHECK(again.tenders[0].change.minor() == 1700);
    CHECK_THROWS_AS(db.exec("UPDATE receipt SET total_minor = 0"), Error);
    CHECK_THROWS_AS(db.exec("DELETE FROM receipt_line"), Error);
}

TEST_CASE("a price override is journaled with its SAF-T event code", "[till]") {
    Shop shop;
    TillService::openShift(shop.owner, QStringLiteral("K1"), dkk(0));
    const auto before = Journal::count(shop.b.db());
    SaleService::sell(shop.owner, QStringLiteral("K1"),
                      {SaleService::lineFor(shop.b.db(), QStringLiteral("C1"), 1000, dkk(2500))},
                      {card(2500)});
    CHECK(Journal::count(shop.b.db()) == before + 2);  // the sale and the override
    auto st = shop.b.db().prepare(
        "SELECT count(*) FROM journal WHERE action = 'price_override' "
        "AND json_extract(payload, '$.event_code') = 13021");
    st.step();
    CHECK(st.int64(0) == 1);
}

TEST_CASE("the Z report adds up the shift's receipts and closes it", "[till]") {
    Shop shop;
    Database& db = shop.b.db();
    TillService::openShift(shop.owner, QStringLiteral("K1"), dkk(50000));
    SaleService::sell(shop.owner, QStringLiteral("K1"), {shop.line(QStringLiteral("C2"))},
                      {cash(2000)});  // 18.75 → 19.00 cash
    SaleService::sell(shop.owner, QStringLiteral("K1"), {shop.line(QStringLiteral("C1"), 3000)},
                      {card(5000), cash(5000)});  // 96.00: card 50, cash 46
    TillService::moveCash(shop.owner, QStringLiteral("K1"), dkk(-10000), QStringLiteral("Bank"));
    CHECK(fieldOf([&] {
              TillService::moveCash(shop.owner, QStringLiteral("K1"), dkk(100), QString());
          }) == QStringLiteral("reason"));

    const TillReport x = TillReports::x(shop.owner, QStringLiteral("K1"));
    CHECK(x.sales == 2);
    CHECK(x.salesTotal.minor() == 1875 + 9600);
    CHECK(x.tenders.at(TenderKind::Card).minor() == 5000);
    CHECK(x.tenders.at(TenderKind::Cash).minor() == 1900 + 4600);
    CHECK(x.rounding.minor() == 25);
    CHECK(x.cashOut.minor() == -10000);
    CHECK(x.expectedCash.minor() == 50000 + 6500 - 10000);
    REQUIRE(x.vat.size() == 1);
    CHECK(x.vat[0].gross.minor() == 11475);

    const TillReport z = TillReports::z(shop.owner, QStringLiteral("K1"), dkk(46400));
    CHECK(z.zNumber == 1);
    CHECK(z.difference->minor() == -100);
    CHECK_FALSE(TillService::openShift(db, z.till.id));
    CHECK_THROWS_AS(db.exec("UPDATE till_shift SET counted_cash_minor = 0"), Error);
    const TillReport printed = TillReports::zAgain(db, QStringLiteral("K1"), 1);
    CHECK(printed.salesTotal == z.salesTotal);
    CHECK(printed.difference == z.difference);

    // A new shift after the Z, with the next Z number.
    TillService::openShift(shop.owner, QStringLiteral("K1"), dkk(46400));
    CHECK(TillReports::z(shop.owner, QStringLiteral("K1"), dkk(46400)).zNumber == 2);
}

TEST_CASE("tills are set up by a settings editor; front desk sells", "[till]") {
    Shop shop;
    const Session desk = shop.b.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    CHECK_THROWS_AS(TillService::createTill(desk, QStringLiteral("K2"), QStringLiteral("Bar")),
                    Error);
    CHECK(fieldOf([&] {
              TillService::createTill(shop.owner, QStringLiteral("k1"), QStringLiteral("Igen"));
          }) == QStringLiteral("ref"));
    TillService::openShift(desk, QStringLiteral("K1"), dkk(0));
    CHECK(SaleService::sell(desk, QStringLiteral("K1"), {shop.line(QStringLiteral("C1"))},
                            {card(3200)})
              .number == 1);
    CHECK(fieldOf([&] { TillService::openShift(desk, QStringLiteral("K9"), dkk(0)); }) ==
          QStringLiteral("till"));
}

TEST_CASE("quantities are written with their sign, also below one", "[till]") {
    CHECK(Quantity::format(2000) == QStringLiteral("2"));
    CHECK(Quantity::format(1500) == QStringLiteral("1.5"));
    CHECK(Quantity::format(-500) == QStringLiteral("-0.5"));
    CHECK(Quantity::format(-1250, QLocale(QLocale::Danish)) == QStringLiteral("-1,25"));
    CHECK(Quantity::parse(QStringLiteral("0,25"), QStringLiteral("q")) == 250);
}
