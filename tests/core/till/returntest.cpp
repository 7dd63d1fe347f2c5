#include "core/journal/journal.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/till/returnservice.h"
#include "core/till/saleservice.h"
#include "core/till/tillevents.h"
#include "core/till/tillreport.h"
#include "core/till/tillservice.h"
#include "tests/core/till/tillfixture.h"

#include <catch2/catch.hpp>
#include <optional>

using namespace skranke;
using namespace skranke::test;

namespace {

const QString K1 = QStringLiteral("K1");

std::int64_t nextReceipt(Database& db) {
    return scalar(db, "SELECT next_receipt FROM till WHERE ref = 'K1'");
}

// Till K1 open with a 500.00 float and receipt 1: 2 coffees (64.00) and a
// bun (18.75), 82.75 paid by card.
struct Sold : Shop {
    Receipt sale;
    Sold() {
        TillService::openShift(owner, K1, dkk(50000));
        sale = SaleService::sell(owner, K1,
                                 {line(QStringLiteral("C1"), 2000), line(QStringLiteral("C2"))},
                                 {card(8275)});
    }
};

}  // namespace

TEST_CASE("a partial return in cash is rounded to the coin step and gives no change",
          "[till][return]") {
    Sold shop;
    Database& db = shop.b.db();
    const auto journal = Journal::count(db);
    CHECK(fieldOf([&] {
              ReturnService::returnLines(shop.owner, K1, 1, {{2, 1000}}, {cash(2000)});
          }) == QStringLiteral("tender"));  // 19.00 is due back, not 20.00
    CHECK(fieldOf([&] {
              ReturnService::returnLines(shop.owner, K1, 1, {{2, 1000}}, {cash(1875)});
          }) == QStringLiteral("tender"));  // cash is paid back in whole 50 øre
    CHECK(Journal::count(db) == journal);

    const Receipt r = ReturnService::returnLines(shop.owner, K1, 1, {{2, 1000}}, {cash(1900)});
    CHECK(r.kind == QStringLiteral("return"));
    CHECK(r.number == 2);
    CHECK(r.originalReceiptId == shop.sale.id);
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines[0].lineNo == 1);
    CHECK(r.lines[0].returnsLineNo == 2);
    CHECK(r.lines[0].input.productId == shop.bun.id);
    CHECK(r.lines[0].input.quantityMilli == -1000);
    CHECK(r.lines[0].input.unitPrice.minor() == 1875);
    CHECK(r.lines[0].amount.minor() == -1875);
    CHECK(r.total.minor() == -1875);
    REQUIRE(r.vat.size() == 1);
    CHECK(r.vat[0].gross.minor() == -1875);
    CHECK(r.vat[0].vat.minor() == -375);
    REQUIRE(r.tenders.size() == 1);
    CHECK(r.tenders[0].kind == TenderKind::Cash);
    CHECK(r.tenders[0].amount.minor() == -1900);  // 18.75 → 19.00 paid out
    CHECK(r.tenders[0].change.isZero());
    CHECK(r.rounding.minor() == -25);  // paid − total: −19.00 − (−18.75)

    // Stored as rung up, and journaled once with its SAF-T code.
    const Receipt again = SaleService::load(db, K1, 2);
    CHECK(again.kind == QStringLiteral("return"));
    CHECK(again.total.minor() == -1875);
    CHECK(again.tenders[0].amount.minor() == -1900);
    CHECK(scalar(db, "SELECT original_receipt_id FROM receipt WHERE number = 2") == shop.sale.id);
    CHECK(scalar(db,
                 "SELECT l.returns_line_no FROM receipt_line l JOIN receipt r "
                 "ON r.id = l.receipt_id WHERE r.number = 2") == 2);
    CHECK(scalar(db, "SELECT count(*) FROM receipt_line WHERE returns_line_no IS NOT NULL") == 1);
    CHECK(Journal::count(db) == journal + 1);
    auto st = db.prepare(
        "SELECT action, json_extract(payload, '$.event_code'), "
        "json_extract(payload, '$.original_number'), json_extract(payload, '$.total') "
        "FROM journal ORDER BY id DESC LIMIT 1");
    REQUIRE(st.step());
    CHECK(st.text(0) == QStringLiteral("return"));
    CHECK(st.int64(1) == tillevent::ReturnReceipt);
    CHECK(st.int64(2) == 1);
    CHECK(st.text(3) == QStringLiteral("-18.75"));

    const std::vector<ReturnLine> left = ReturnService::returnable(db, K1, 1);
    REQUIRE(left.size() == 2);
    CHECK(left[0].quantityMilli == 2000);
    CHECK(left[1].quantityMilli == 0);
}

TEST_CASE("a full return by card refunds the exact total", "[till][return]") {
    Sold shop;
    Database& db = shop.b.db();
    CHECK(fieldOf([&] { ReturnService::returnLines(shop.owner, K1, 1, {}, {card(8276)}); }) ==
          QStringLiteral("tender"));
    CHECK(fieldOf([&] { ReturnService::returnLines(shop.owner, K1, 1, {}, {card(8274)}); }) ==
          QStringLiteral("tender"));
    CHECK(fieldOf([&] { ReturnService::returnLines(shop.owner, K1, 1, {}, {}); }) ==
          QStringLiteral("tender"));

    const Receipt r = ReturnService::returnLines(shop.owner, K1, 1, {}, {card(8275)});
    CHECK(r.total.minor() == -8275);
    REQUIRE(r.lines.size() == 2);
    CHECK(r.lines[0].returnsLineNo == 1);
    CHECK(r.lines[0].input.quantityMilli == -2000);
    CHECK(r.lines[0].amount.minor() == -6400);
    CHECK(r.lines[1].returnsLineNo == 2);
    CHECK(r.lines[1].amount.minor() == -1875);
    CHECK(r.vat[0].vat.minor() == -1655);  // 82.75 × 25/125
    REQUIRE(r.tenders.size() == 1);
    CHECK(r.tenders[0].kind == TenderKind::Card);
    CHECK(r.tenders[0].amount.minor() == -8275);
    CHECK(r.tenders[0].reference == QStringLiteral("TERM-4711"));
    CHECK(r.rounding.isZero());  // card is never rounded

    for (const ReturnLine& l : ReturnService::returnable(db, K1, 1))
        CHECK(l.quantityMilli == 0);
    CHECK(fieldOf([&] { ReturnService::returnLines(shop.owner, K1, 1, {}, {card(100)}); }) ==
          QStringLiteral("receipt"));
}

TEST_CASE("a return copies the original line's price and discount", "[till][return]") {
    Shop shop;
    TillService::openShift(shop.owner, K1, dkk(0));
    SaleLineInput coffee = SaleService::lineFor(shop.b.db(), QStringLiteral("C1"), 3000, dkk(3000));
    coffee.discount = Rate::percent(QStringLiteral("10"));
    SaleService::sell(shop.owner, K1, {coffee}, {card(8100)});  // 3 × 30.00 × 0.9
    const Receipt r = ReturnService::returnLines(shop.owner, K1, 1, {{1, 1000}}, {card(2700)});
    CHECK(r.lines[0].input.unitPrice.minor() == 3000);
    CHECK(r.lines[0].input.listPrice.minor() == 3200);
    CHECK(r.lines[0].input.discount == Rate::percent(QStringLiteral("10")));
    CHECK(r.lines[0].amount.minor() == -2700);
}

TEST_CASE("returns together never take back more than was sold", "[till][return]") {
    Shop shop;
    Database& db = shop.b.db();
    TillService::openShift(shop.owner, K1, dkk(0));
    SaleService::sell(shop.owner, K1, {shop.line(QStringLiteral("C1"), 3000)}, {card(9600)});

    ReturnService::returnLines(shop.owner, K1, 1, {{1, 1000}}, {card(3200)});
    CHECK(ReturnService::returnable(db, K1, 1)[0].quantityMilli == 2000);
    const QString tooMuch = messageOf([&] {
        ReturnService::returnLines(shop.owner, K1, 1, {{1, 2500}}, {card(8000)});
    });
    CHECK(tooMuch.contains(QStringLiteral("Line 1")));
    CHECK(tooMuch.contains(QStringLiteral("only 2 ")));

    ReturnService::returnLines(shop.owner, K1, 1, {{1, 2000}}, {card(6400)});
    CHECK(ReturnService::returnable(db, K1, 1)[0].quantityMilli == 0);
    const auto receipts = countRows(db, "receipt");
    CHECK(fieldOf([&] {
              ReturnService::returnLines(shop.owner, K1, 1, {{1, 1000}}, {card(3200)});
          }) == QStringLiteral("line"));
    CHECK(countRows(db, "receipt") == receipts);
    CHECK(scalar(db, "SELECT -sum(quantity_milli) FROM receipt_line WHERE returns_line_no = 1") ==
          3000);
}

TEST_CASE("a refused return writes nothing and takes no number", "[till][return]") {
    Sold shop;
    Database& db = shop.b.db();
    const auto receipts = countRows(db, "receipt");
    const auto lines = countRows(db, "receipt_line");
    const auto journal = Journal::count(db);
    const auto next = nextReceipt(db);

    const auto refuse = [&](std::int64_t number, const std::vector<ReturnLine>& l) {
        return fieldOf([&] { ReturnService::returnLines(shop.owner, K1, number, l, {card(100)}); });
    };
    CHECK(refuse(1, {{1, 3000}}) == QStringLiteral("line"));  // 2 were sold
    CHECK(messageOf([&] {
              ReturnService::returnLines(shop.owner, K1, 1, {{1, 2500}}, {card(8000)});
          }).contains(QStringLiteral("only 2 ")));
    CHECK(refuse(1, {{3, 1000}}) == QStringLiteral("line"));  // no such line
    CHECK(refuse(1, {{1, 0}}) == QStringLiteral("line"));
    CHECK(refuse(1, {{1, -1000}}) == QStringLiteral("line"));
    CHECK(refuse(1, {{1, 1000}, {1, 1000}}) == QStringLiteral("line"));
    CHECK(refuse(7, {}) == QStringLiteral("receipt"));
    CHECK(codeOf([&] { ReturnService::returnLines(shop.owner, K1, 7, {}, {card(100)}); }) ==
          ErrorCode::NotFound);
    CHECK(codeOf([&] { ReturnService::returnable(db, K1, 7); }) == ErrorCode::NotFound);
    CHECK(fieldOf([&] {
              ReturnService::returnLines(shop.owner, K1, 1, {{2, 1000}},
                                         {TenderInput{TenderKind::Invoice, dkk(1875), {}}});
          }) == QStringLiteral("tender"));

    CHECK(countRows(db, "receipt") == receipts);
    CHECK(countRows(db, "receipt_line") == lines);
    CHECK(Journal::count(db) == journal);
    CHECK(nextReceipt(db) == next);

    // A return receipt is not returned again.
    const Receipt r = ReturnService::returnLines(shop.owner, K1, 1, {{2, 1000}}, {card(1875)});
    CHECK(refuse(r.number, {}) == QStringLiteral("receipt"));
    CHECK(fieldOf([&] { ReturnService::returnable(db, K1, r.number); }) ==
          QStringLiteral("receipt"));
}

TEST_CASE("returns need till.refund", "[till][return]") {
    Sold shop;
    Database& db = shop.b.db();
    // Front desk returns purchases until a manager takes the right away.
    db.exec(
        "DELETE FROM role_right WHERE right_name = 'till.refund' AND role_id = "
        "(SELECT id FROM role WHERE built_in = 'front_desk')");
    const Session desk = shop.b.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    const auto journal = Journal::count(db);
    CHECK(codeOf([&] { ReturnService::returnLines(desk, K1, 1, {}, {card(8275)}); }) ==
          ErrorCode::Forbidden);
    CHECK(Journal::count(db) == journal);
    const Session manager = shop.b.userWithRole(QStringLiteral("boss"), QStringLiteral("manager"));
    CHECK(ReturnService::returnLines(manager, K1, 1, {}, {card(8275)}).total.minor() == -8275);
}

TEST_CASE("front desk returns purchases out of the box", "[till][return]") {
    Sold shop;
    const Session desk = shop.b.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    CHECK(ReturnService::returnLines(desk, K1, 1, {{2, 1000}}, {card(1875)}).total.minor() ==
          -1875);
}

TEST_CASE("returns continue the till's gapless receipt series", "[till][return]") {
    Sold shop;
    CHECK(ReturnService::returnLines(shop.owner, K1, 1, {{2, 1000}}, {card(1875)}).number == 2);
    CHECK(
        SaleService::sell(shop.owner, K1, {shop.line(QStringLiteral("C1"))}, {card(3200)}).number ==
        3);
    CHECK(ReturnService::returnLines(shop.owner, K1, 3, {}, {cash(3200)}).number == 4);
    CHECK(scalar(shop.b.db(), "SELECT count(*) FROM receipt WHERE kind = 'return'") == 2);
    CHECK(scalar(shop.b.db(), "SELECT max(number) - min(number) + 1 - count(*) FROM receipt") == 0);
}

TEST_CASE("the X and Z reports count returns and net the tenders", "[till][return]") {
    Shop shop;
    Database& db = shop.b.db();
    TillService::openShift(shop.owner, K1, dkk(50000));
    SaleService::sell(shop.owner, K1,
                      {shop.line(QStringLiteral("C1"), 2000), shop.line(QStringLiteral("C2"))},
                      {cash(10000)});  // 82.75 → 83.00 cash
    SaleService::sell(shop.owner, K1, {shop.line(QStringLiteral("C1"))}, {card(3200)});
    ReturnService::returnLines(shop.owner, K1, 1, {{2, 1000}}, {cash(1900)});  // −19.00
    ReturnService::returnLines(shop.owner, K1, 2, {}, {card(3200)});

    const TillReport x = TillReports::x(shop.owner, K1);
    CHECK(x.sales == 2);
    CHECK(x.salesTotal.minor() == 8275 + 3200);
    CHECK(x.returns == 2);
    CHECK(x.returnsTotal.minor() == -1875 - 3200);
    CHECK(x.tenders.at(TenderKind::Cash).minor() == 8300 - 1900);
    CHECK(x.tenders.at(TenderKind::Card).minor() == 0);
    CHECK(x.rounding.minor() == 25 - 25);
    CHECK(x.expectedCash.minor() == 50000 + 6400);
    REQUIRE(x.vat.size() == 1);
    CHECK(x.vat[0].gross.minor() == 8275 - 1875);
    CHECK(x.vat[0].vat.minor() == 1655 - 375);

    const TillReport z = TillReports::z(shop.owner, K1, dkk(56400));
    CHECK(z.returns == 2);
    CHECK(z.difference->isZero());
    // No shift, no return.
    CHECK(codeOf([&] {
              ReturnService::returnLines(shop.owner, K1, 1, {{1, 1000}}, {card(3200)});
          }) == ErrorCode::Conflict);
    CHECK(TillReports::zAgain(db, K1, 1).returnsTotal.minor() == -5075);
}

TEST_CASE("return receipts are as immutable as sales", "[till][return]") {
    Sold shop;
    Database& db = shop.b.db();
    ReturnService::returnLines(shop.owner, K1, 1, {{1, 1000}}, {cash(3200)});
    CHECK_THROWS_AS(db.exec("UPDATE receipt SET total_minor = 0 WHERE kind = 'return'"), Error);
    CHECK_THROWS_AS(db.exec("UPDATE receipt SET original_receipt_id = NULL"), Error);
    CHECK_THROWS_AS(db.exec("DELETE FROM receipt WHERE kind = 'return'"), Error);
    CHECK_THROWS_AS(db.exec("UPDATE receipt_line SET quantity_milli = -2000 "
                            "WHERE returns_line_no IS NOT NULL"),
                    Error);
    CHECK_THROWS_AS(db.exec("DELETE FROM receipt_line WHERE returns_line_no IS NOT NULL"), Error);
    CHECK_THROWS_AS(db.exec("UPDATE receipt_tender SET amount_minor = 0 WHERE amount_minor < 0"),
                    Error);
    CHECK_THROWS_AS(db.exec("DELETE FROM receipt_vat WHERE gross_minor < 0"), Error);
    CHECK(ReturnService::returnable(db, K1, 1)[0].quantityMilli == 1000);
}
