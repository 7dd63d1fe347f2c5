#include "core/catalog/catalogservice.h"
#include "core/journal/journal.h"
#include "core/store/database.h"
#include "core/till/returnservice.h"
#include "core/till/saleservice.h"
#include "core/till/tillreport.h"
#include "core/till/tillservice.h"
#include "core/till/valuecards.h"
#include "tests/core/till/tillfixture.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

const QString K1 = QStringLiteral("K1");

// The shop with an open shift and two value-card products: a 500 kr card
// (GK500) and one sold for any amount (GK, price 0), both without VAT.
struct CardShop : Shop {
    CardShop() {
        for (const auto& [number, price] :
             {std::pair{QStringLiteral("GK500"), QStringLiteral("500.00")},
              std::pair{QStringLiteral("GK"), QStringLiteral("0.00")}})
            CatalogService::createProduct(owner, NewProduct{number,
                                                            QStringLiteral("Gavekort"),
                                                            ProductKind::ValueCard,
                                                            QStringLiteral("Gavekort"),
                                                            price,
                                                            QStringLiteral("0"),
                                                            {},
                                                            1});
        TillService::openShift(owner, K1, dkk(0));
    }
    SaleLineInput cardLine(const QString& product, const QString& number = {},
                           std::optional<std::int64_t> amount = std::nullopt) {
        SaleLineInput l = SaleService::lineFor(b.db(), product, 1000,
                                               amount ? std::optional(dkk(*amount)) : std::nullopt);
        l.cardNumber = number;
        return l;
    }
    TenderInput redeem(const QString& number, std::int64_t minor) {
        return TenderInput{TenderKind::ValueCard, dkk(minor), number};
    }
    std::int64_t balance(const QString& number) {
        return ValueCards::require(b.db(), number).balance.minor();
    }
};

}  // namespace

TEST_CASE("a value card sold at the till is issued with its value and printed number",
          "[till][valuecard]") {
    CardShop shop;
    const Receipt r =
        SaleService::sell(shop.owner, K1, {shop.cardLine(QStringLiteral("GK500"))}, {cash(50000)});
    const QString number = r.lines[0].input.cardNumber;
    REQUIRE(number.size() == 16);
    CHECK(r.lines[0].input.text.endsWith(ValueCards::grouped(number)));
    CHECK(shop.balance(number) == 50000);
    // The receipt read back knows the card it sold.
    CHECK(SaleService::load(shop.b.db(), K1, r.number).lines[0].input.cardNumber == number);
    // Random numbers with a Luhn check digit, never the same twice.
    const Receipt r2 =
        SaleService::sell(shop.owner, K1, {shop.cardLine(QStringLiteral("GK500"))}, {card(50000)});
    CHECK(r2.lines[0].input.cardNumber != number);
}

TEST_CASE("a card number entered is issued, or topped up when it exists", "[till][valuecard]") {
    CardShop shop;
    SaleService::sell(shop.owner, K1,
                      {shop.cardLine(QStringLiteral("GK"), QStringLiteral("7000 1234-99"), 25000)},
                      {cash(25000)});
    CHECK(shop.balance(QStringLiteral("7000123499")) == 25000);
    SaleService::sell(shop.owner, K1,
                      {shop.cardLine(QStringLiteral("GK"), QStringLiteral("7000123499"), 10000)},
                      {cash(10000)});
    CHECK(shop.balance(QStringLiteral("7000 1234 99")) == 35000);
    CHECK(ValueCards::entries(shop.b.db(), QStringLiteral("7000123499")).size() == 2);
}

TEST_CASE("value-card lines are one card for more than 0; other lines take no number",
          "[till][valuecard]") {
    CardShop shop;
    Database& db = shop.b.db();
    const auto receipts = countRows(db, "receipt");
    SaleLineInput two = shop.cardLine(QStringLiteral("GK500"));
    two.quantityMilli = 2000;
    CHECK(fieldOf([&] { SaleService::sell(shop.owner, K1, {two}, {cash(100000)}); }) ==
          QStringLiteral("line"));
    CHECK(fieldOf([&] {
              SaleService::sell(shop.owner, K1, {shop.cardLine(QStringLiteral("GK"))}, {});
          }) == QStringLiteral("line"));
    SaleLineInput coffee = shop.line(QStringLiteral("C1"));
    coffee.cardNumber = QStringLiteral("123");
    CHECK(fieldOf([&] { SaleService::sell(shop.owner, K1, {coffee}, {cash(3200)}); }) ==
          QStringLiteral("line"));
    CHECK(countRows(db, "receipt") == receipts);
    CHECK(countRows(db, "value_card") == 0);
}

TEST_CASE("a value card pays up to its balance and never below 0", "[till][valuecard]") {
    CardShop shop;
    Database& db = shop.b.db();
    SaleService::sell(shop.owner, K1,
                      {shop.cardLine(QStringLiteral("GK"), QStringLiteral("555"), 5000)},
                      {cash(5000)});
    // Two coffees, 64.00: the card's 50.00 and 14.00 in cash.
    const Receipt r = SaleService::sell(shop.owner, K1, {shop.line(QStringLiteral("C1"), 2000)},
                                        {shop.redeem(QStringLiteral("555"), 5000), cash(1500)});
    CHECK(r.tenders[0].kind == TenderKind::ValueCard);
    CHECK(r.tenders[0].reference == QStringLiteral("555"));
    CHECK(r.tenders[1].change.minor() == 100);
    CHECK(shop.balance(QStringLiteral("555")) == 0);

    const auto receipts = countRows(db, "receipt");
    const auto journal = Journal::count(db);
    CHECK(fieldOf([&] {
              SaleService::sell(shop.owner, K1, {shop.line(QStringLiteral("C1"))},
                                {shop.redeem(QStringLiteral("555"), 3200)});
          }) == QStringLiteral("tender"));
    CHECK(fieldOf([&] {
              SaleService::sell(shop.owner, K1, {shop.line(QStringLiteral("C1"))},
                                {shop.redeem(QStringLiteral("999"), 3200)});
          }) == QStringLiteral("tender"));
    CHECK(countRows(db, "receipt") == receipts);
    CHECK(Journal::count(db) == journal);
    // The database itself refuses a balance below 0.
    CHECK_THROWS(
        db.exec("INSERT INTO value_card_entry(card_id, kind, amount_minor, created_ms, "
                "user_id) VALUES (1, 'redeem', -1, 0, 1)"));
    CHECK_THROWS(db.exec("DELETE FROM value_card_entry"));
    CHECK_THROWS(db.exec("UPDATE value_card_entry SET amount_minor = 100000"));
}

TEST_CASE("returns refund onto a value card and take back an unspent card", "[till][valuecard]") {
    CardShop shop;
    const Receipt sold =
        SaleService::sell(shop.owner, K1,
                          {shop.cardLine(QStringLiteral("GK"), QStringLiteral("777"), 20000),
                           shop.line(QStringLiteral("C1"))},
                          {card(23200)});
    // The coffee is refunded onto a new card.
    const Receipt back =
        ReturnService::returnLines(shop.owner, K1, sold.number, {{2, 1000}},
                                   {TenderInput{TenderKind::ValueCard, dkk(3200), {}}});
    const QString refundCard = back.tenders[0].reference;
    REQUIRE(!refundCard.isEmpty());
    CHECK(shop.balance(refundCard) == 3200);

    // The gift card, once partly spent, cannot be returned.
    SaleService::sell(shop.owner, K1, {shop.line(QStringLiteral("C2"))},
                      {shop.redeem(QStringLiteral("777"), 1875)});
    CHECK(fieldOf([&] {
              ReturnService::returnLines(shop.owner, K1, sold.number, {{1, 1000}}, {card(20000)});
          }) == QStringLiteral("line"));
    CHECK(shop.balance(QStringLiteral("777")) == 18125);
}

TEST_CASE("an unspent value card returned is emptied", "[till][valuecard]") {
    CardShop shop;
    const Receipt sold = SaleService::sell(
        shop.owner, K1, {shop.cardLine(QStringLiteral("GK"), QStringLiteral("888"), 20000)},
        {cash(20000)});
    ReturnService::returnLines(shop.owner, K1, sold.number, {}, {cash(20000)});
    CHECK(shop.balance(QStringLiteral("888")) == 0);
}

TEST_CASE("the X report shows value cards sold apart from turnover", "[till][valuecard]") {
    CardShop shop;
    SaleService::sell(shop.owner, K1,
                      {shop.cardLine(QStringLiteral("GK500")), shop.line(QStringLiteral("C1"))},
                      {cash(53200)});
    const TillReport x = TillReports::x(shop.owner, K1);
    CHECK(x.salesTotal.minor() == 53200);
    CHECK(x.valueCardsSold.minor() == 50000);
}
