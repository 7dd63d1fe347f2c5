#include "core/catalog/catalogservice.h"
#include "core/catalog/tillbuttons.h"
#include "core/journal/journal.h"
#include "tests/core/till/tillfixture.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

std::vector<QString> names(const std::vector<TillCategory>& cs) {
    std::vector<QString> out;
    for (const TillCategory& c : cs)
        out.push_back(c.name);
    return out;
}

}  // namespace

TEST_CASE("the till's button categories are ordered and chosen in settings", "[till][buttons]") {
    Shop shop;
    CatalogService::createProduct(shop.owner, NewProduct{QStringLiteral("S1"),
                                                         QStringLiteral("Solcreme"),
                                                         ProductKind::Goods,
                                                         QStringLiteral("Butik"),
                                                         QStringLiteral("89.00"),
                                                         QStringLiteral("25"),
                                                         {},
                                                         1});
    Database& db = shop.b.db();
    std::vector<TillCategory> cs = TillButtons::categories(db);
    REQUIRE(names(cs) == std::vector<QString>{QStringLiteral("Café"), QStringLiteral("Butik")});
    CHECK(cs[0].onTill);

    // Butik first, Café hidden.
    std::vector<TillCategory> order{cs[1], cs[0]};
    order[1].onTill = false;
    const auto journal = Journal::count(db);
    TillButtons::arrange(shop.owner, order);
    CHECK(Journal::count(db) == journal + 1);
    cs = TillButtons::categories(db);
    CHECK(names(cs) == std::vector<QString>{QStringLiteral("Butik"), QStringLiteral("Café")});
    CHECK(cs[0].onTill);
    CHECK_FALSE(cs[1].onTill);
    CHECK(cs[0].sold);
    // A category of bookable products gets no buttons whatever is ticked.
    CatalogService::createProduct(shop.owner, NewProduct{QStringLiteral("H1"),
                                                         QStringLiteral("Hytte"),
                                                         ProductKind::Accommodation,
                                                         QStringLiteral("Hytter"),
                                                         QStringLiteral("895.00"),
                                                         QStringLiteral("25"),
                                                         {},
                                                         1});
    cs = TillButtons::categories(db);
    REQUIRE(cs.size() == 3);
    CHECK_FALSE(std::find_if(cs.begin(), cs.end(), [](const TillCategory& c) {
                    return c.name == QStringLiteral("Hytter");
                })->sold);
    // Hidden is only the buttons: the product still sells by its number.
    CHECK(shop.line(QStringLiteral("C1")).productId == shop.coffee.id);
}

TEST_CASE("arranging the till's buttons lists every category once, with the right",
          "[till][buttons]") {
    Shop shop;
    Database& db = shop.b.db();
    const std::vector<TillCategory> cs = TillButtons::categories(db);
    const Session desk = shop.b.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    const auto journal = Journal::count(db);
    CHECK(fieldOf([&] { TillButtons::arrange(shop.owner, {}); }) == QStringLiteral("categories"));
    CHECK(fieldOf([&] {
              TillButtons::arrange(shop.owner, {cs[0], cs[0]});
          }) == QStringLiteral("categories"));
    CHECK(fieldOf([&] {
              TillButtons::arrange(shop.owner, {TillCategory{999, {}, true}});
          }) == QStringLiteral("categories"));
    CHECK(codeOf([&] { TillButtons::arrange(desk, cs); }) == ErrorCode::Forbidden);
    CHECK(Journal::count(db) == journal);
}
