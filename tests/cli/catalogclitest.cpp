#include "tests/cli/bookableshop.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

// Cabins H4 (895.00 a night, two units) and canoes KANO (150.00 an hour,
// three), made through the core as there is no product creation command;
// the coffee C1 is sold over the counter. The manager "mgr" and the
// front-desk user "desk" have the PIN 9876.
struct CatalogShop : Shop {
    qint64 cabin = 0;
    qint64 canoe = 0;

    CatalogShop() {
        addCafeProducts(*this);
        {
            const ShopOwner owner(*this);
            cabin = addBookableProduct(owner.session, "H4", "Hytte", ProductKind::Accommodation,
                                       "Hytter", "895.00", 2, "Hytte");
            canoe = addBookableProduct(owner.session, "KANO", "Kano", ProductKind::Rental,
                                       "Kano og cykel", "150.00", 3, "Kano");
        }
        REQUIRE(
            run(words({"users", "add", "mgr", "--name", "Mette", "--role", "manager"})).exitCode ==
            0);
        REQUIRE(run(words({"users", "add", "desk", "--name", "Dennis", "--role", "front_desk"}))
                    .exitCode == 0);
    }

    CliResult as(const char* user, const QStringList& args) {
        return runCli(QStringList{s("--db"), file, s("--user"), s(user), s("--json")} + args,
                      s("9876"));
    }
    QJsonDocument ok(const QStringList& args) {
        auto r = as("mgr", args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json();
    }
    QJsonArray rules(const char* product) {
        return ok(words({"price-rule", "list", "--product", product})).array();
    }
    // What "booking row add" offers for the same row.
    QString bookedOffer(const QStringList& rowOptions) {
        auto r =
            run(words({"customer", "add", "--name", "Anna", "--no-email", "--address", "Havnevej 1",
                       "--postcode", "9990", "--city", "Skagen", "--phone", "-"}));
        REQUIRE(r.exitCode == 0);
        r = run(QStringList{s("booking"), s("create"), s("--customer"),
                            num(r.json()[s("id")].toInteger())});
        REQUIRE(r.exitCode == 0);
        r = run(QStringList{s("booking"), s("row"), s("add"), s("--booking"),
                            num(r.json()[s("id")].toInteger()), s("--price"), s("1.00"),
                            s("--overbook")} +
                rowOptions);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QJsonValue offered = r.json()[s("offered")];
        return offered.isNull() ? s("null") : offered.toString();
    }
};

QString errorCode(const CliResult& r) {
    return r.errorJson().object()[s("error")][s("code")].toString();
}

QString priceOf(const QJsonDocument& d) {
    const QJsonValue v = d[s("price")];
    return v.isNull() ? s("null") : v.toString();
}

}  // namespace

TEST_CASE("supplier add and list, product supplier", "[cli][catalog]") {
    CatalogShop shop;
    auto r = shop.as("mgr", words({"supplier", "add", "--email", "kano@example.dk"}));
    CHECK(r.exitCode == 2);  // --name is required
    r = shop.as("mgr", words({"supplier", "add", "--name", "Kano Syd", "--email", "kano"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == s("email"));
    r = shop.as("desk", words({"supplier", "add", "--name", "Kano Syd"}));
    CHECK(r.exitCode == 1);
    CHECK(errorCode(r) == s("forbidden"));
    CHECK(shop.ok(words({"supplier", "list"})).array().isEmpty());

    const QJsonObject supplier =
        shop.ok(words({"supplier", "add", "--name", "Kano Syd", "--email", "kano@example.dk"}))
            .object();
    CHECK(supplier[s("name")].toString() == s("Kano Syd"));
    const qint64 id = supplier[s("id")].toInteger();
    r = shop.as("desk", words({"supplier", "list"}));
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.json().array().size() == 1);
    CHECK(r.json().array()[0][s("email")].toString() == s("kano@example.dk"));

    QJsonObject o =
        shop.ok(QStringList{s("product"), s("supplier"), s("KANO"), s("--supplier"), num(id)})
            .object();
    CHECK(o[s("product")][s("number")].toString() == s("KANO"));
    CHECK(o[s("supplier")][s("id")].toInteger() == id);
    // By ID too; "none" clears.
    o = shop.ok(QStringList{s("product"), s("supplier"), num(shop.canoe), s("--supplier"),
                            s("none")})
            .object();
    CHECK(o[s("supplier")].isNull());

    r = shop.as("mgr", words({"product", "supplier", "KANO", "--supplier", "99"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == s("supplier"));
    r = shop.as("mgr", words({"product", "supplier", "C1", "--supplier", "1"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == s("product"));  // coffee is not booked
    r = shop.as("mgr", words({"product", "supplier", "NOPE", "--supplier", "1"}));
    CHECK(Shop::errorField(r) == s("product"));
    r = shop.as("desk",
                QStringList{s("product"), s("supplier"), s("KANO"), s("--supplier"), num(id)});
    CHECK(errorCode(r) == s("forbidden"));
    r = shop.as("mgr", words({"product", "supplier", "KANO"}));
    CHECK(r.exitCode == 2);

    // Text output.
    r = runCli(QStringList{s("--db"), shop.file, s("supplier"), s("list")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(s("Kano Syd")));
}

TEST_CASE("product guests sets the guest categories a product takes", "[cli][catalog]") {
    CatalogShop shop;
    QJsonObject o =
        shop.ok(words({"product", "guests", "H4", "--categories", "adult,child"})).object();
    QStringList keys;
    for (const QJsonValue& c : o[s("categories")].toArray())
        keys << c[s("key")].toString();
    CHECK(keys == QStringList{s("adult"), s("child")});

    auto r = shop.as("mgr", words({"product", "guests", "H4", "--categories", "adult,alien"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == s("categories"));
    r = shop.as("desk", words({"product", "guests", "H4", "--categories", "adult"}));
    CHECK(errorCode(r) == s("forbidden"));
    // Unchanged by the failures: shown through a rule's guest category check.
    o = shop.ok(words({"product", "guests", "H4", "--categories", "all"})).object();
    CHECK(o[s("categories")].toArray().size() == 3);
}

TEST_CASE("price-rule add, list and retire; errors name the field", "[cli][catalog]") {
    CatalogShop shop;
    const struct {
        std::initializer_list<const char*> args;
        const char* field;
    } bad[] = {
        {{"--basis", "unit", "--amount", "950.00", "--from", "2026-06-30", "--to", "2026-06-01"},
         "valid_to"},
        {{"--basis", "unit", "--amount", "950.00", "--from", "2026-02-30"}, "valid_from"},
        {{"--basis", "nightly", "--amount", "950.00"}, "basis"},
        {{"--basis", "unit", "--amount", "950.00", "--weekdays", "fri,fredag"}, "weekdays"},
        {{"--basis", "unit", "--amount", "12,50"}, "amount"},
        {{"--basis", "unit", "--amount", "-5.00"}, "amount"},
        {{"--basis", "unit", "--amount", "950.00", "--min-length", "3", "--max-length", "2"},
         "length"},
        {{"--basis", "unit", "--amount", "950.00", "--min-quantity", "x"}, "min_quantity"},
        {{"--basis", "unit", "--amount", "950.00", "--min-guests", "4", "--max-guests", "2"},
         "guests"},
        {{"--basis", "guest_unit", "--amount", "100.00"}, "guest_category"},
        {{"--basis", "guest_unit", "--amount", "100.00", "--guest-category", "dog"},
         "guest_category"},
        {{"--basis", "unit", "--amount", "100.00", "--guest-category", "child"}, "guest_category"},
        {{"--basis", "unit", "--amount", "100.00", "--priority", "high"}, "priority"},
    };
    for (const auto& b : bad) {
        auto r = shop.as("mgr", words({"price-rule", "add", "--product", "H4"}) + words(b.args));
        INFO(words(b.args).join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 1);
        CHECK(Shop::errorField(r) == s(b.field));
    }
    CHECK(shop.rules("H4").isEmpty());
    auto r = shop.as("mgr", words({"price-rule", "add", "--product", "H4", "--basis", "unit"}));
    CHECK(r.exitCode == 2);  // --amount is required
    r = shop.as("mgr", words({"price-rule", "add", "--product", "C1", "--basis", "unit", "--amount",
                              "1.00"}));
    CHECK(Shop::errorField(r) == s("product"));
    r = shop.as("desk", words({"price-rule", "add", "--product", "H4", "--basis", "unit",
                               "--amount", "1.00"}));
    CHECK(errorCode(r) == s("forbidden"));
    CHECK(shop.rules("H4").isEmpty());

    const QJsonObject rule =
        shop.ok(words({"price-rule", "add", "--product", "H4", "--basis", "unit", "--amount",
                       "950.00", "--from", "2026-06-01", "--to", "2026-08-31", "--weekdays",
                       "fri,sat", "--min-length", "2", "--priority", "5"}))
            .object();
    CHECK(rule[s("amount")].toString() == s("950.00"));
    CHECK(rule[s("valid_from")].toString() == s("2026-06-01"));
    CHECK(rule[s("weekdays")].toArray() == QJsonArray{s("fri"), s("sat")});
    CHECK(rule[s("max_length")].isNull());
    CHECK(rule[s("guest_category")].isNull());
    const QJsonObject child =
        shop.ok(words({"price-rule", "add", "--product", "H4", "--basis", "guest_stay", "--amount",
                       "75.00", "--guest-category", "child"}))
            .object();
    CHECK(child[s("guest_category")].toString() == s("child"));
    CHECK(child[s("valid_from")].isNull());

    QJsonArray rules = shop.rules("H4");
    REQUIRE(rules.size() == 2);
    CHECK(rules[0][s("id")] == rule[s("id")]);
    CHECK(rules[0][s("priority")].toInt() == 5);
    CHECK(rules[0][s("min_length")].toInt() == 2);
    CHECK(shop.rules("KANO").isEmpty());
    r = runCli(
        QStringList{s("--db"), shop.file, s("price-rule"), s("list"), s("--product"), s("H4")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(s("fri,sat")));
    CHECK(r.out.contains(s("950.00")));

    r = shop.as("desk", QStringList{s("price-rule"), s("retire"), num(rule[s("id")].toInteger())});
    CHECK(errorCode(r) == s("forbidden"));
    r = shop.as("mgr", words({"price-rule", "retire", "999"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == s("rule"));
    r = shop.as("mgr", words({"price-rule", "retire", "x"}));
    CHECK(Shop::errorField(r) == s("rule"));
    const QJsonObject retired =
        shop.ok(QStringList{s("price-rule"), s("retire"), num(rule[s("id")].toInteger())}).object();
    CHECK(retired[s("retired")].toBool());
    rules = shop.rules("H4");
    REQUIRE(rules.size() == 1);
    CHECK(rules[0][s("id")] == child[s("id")]);
}

TEST_CASE("price offers what booking row add would offer", "[cli][catalog]") {
    CatalogShop shop;
    // No rules: the list price per night or started hour.
    QJsonDocument d = shop.ok(words(
        {"price", "--product", "H4", "--arrival", "2026-12-01", "--departure", "2026-12-04"}));
    CHECK(priceOf(d) == s("2685.00"));
    CHECK(d[s("length")].toInt() == 3);

    shop.ok(
        words({"price-rule", "add", "--product", "H4", "--basis", "unit", "--amount", "700.00"}));
    shop.ok(words({"price-rule", "add", "--product", "H4", "--basis", "unit", "--amount", "950.00",
                   "--from", "2026-06-01", "--to", "2026-08-31", "--weekdays", "fri,sat",
                   "--priority", "5"}));
    shop.ok(words({"price-rule", "add", "--product", "H4", "--basis", "guest_unit", "--amount",
                   "50.00", "--guest-category", "child"}));

    const std::initializer_list<std::initializer_list<const char*>> rows = {
        {"--arrival", "2026-06-04", "--departure", "2026-06-08"},
        {"--arrival", "2026-06-04", "--departure", "2026-06-08", "--guests", "adult:2,child:2"},
        {"--arrival", "2026-12-01", "--departure", "2026-12-03", "--quantity", "2"},
    };
    for (const auto& row : rows) {
        const QStringList options = words(row);
        INFO(options.join(QLatin1Char(' ')).toStdString());
        d = shop.ok(words({"price", "--product", "H4"}) + options);
        CHECK(priceOf(d) == shop.bookedOffer(words({"--product", "H4"}) + options));
    }
    // Thu 700 + Fri, Sat 950 + Sun 700.
    d = shop.ok(words(
        {"price", "--product", "H4", "--arrival", "2026-06-04", "--departure", "2026-06-08"}));
    CHECK(priceOf(d) == s("3300.00"));

    // Time products to the minute; the canoe by its ID.
    const QStringList canoe{
        s("--product"),   num(shop.canoe),       s("--arrival"),  s("2026-12-01T10:00"),
        s("--departure"), s("2026-12-01T12:30"), s("--quantity"), s("2")};
    d = shop.ok(QStringList{s("price")} + canoe);
    CHECK(priceOf(d) == s("900.00"));  // three started hours, two canoes
    CHECK(d[s("arrival")].toString() == s("2026-12-01T10:00"));
    CHECK(priceOf(d) == shop.bookedOffer(canoe));

    // A table with no rule for the period: no price.
    shop.ok(words({"price-rule", "add", "--product", "KANO", "--basis", "unit", "--amount",
                   "100.00", "--weekdays", "sat,sun"}));
    d = shop.ok(QStringList{s("price")} + canoe);  // a Tuesday
    CHECK(d[s("price")].isNull());
    CHECK(shop.bookedOffer(canoe) == s("null"));
    auto r = runCli(QStringList{s("--db"), shop.file, s("price")} + canoe);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(s("no price matches")));

    const struct {
        std::initializer_list<const char*> args;
        const char* field;
    } bad[] = {
        {{"--product", "H4", "--arrival", "2026-12-04", "--departure", "2026-12-01"}, "departure"},
        {{"--product", "H4", "--arrival", "2026-12-01T10:00", "--departure", "2026-12-04"},
         "arrival"},
        {{"--product", "H4", "--arrival", "2026-12-01", "--departure", "2026-12-04", "--guests",
          "adult:x"},
         "guests"},
        {{"--product", "H4", "--arrival", "2026-12-01", "--departure", "2026-12-04", "--quantity",
          "0"},
         "quantity"},
        {{"--product", "C1", "--arrival", "2026-12-01", "--departure", "2026-12-04"}, "product"},
    };
    for (const auto& b : bad) {
        r = shop.as("desk", words({"price"}) + words(b.args));
        INFO(words(b.args).join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 1);
        CHECK(Shop::errorField(r) == s(b.field));
    }
    r = shop.as("desk", words({"price", "--product", "H4", "--arrival", "2026-12-01"}));
    CHECK(r.exitCode == 2);
}
