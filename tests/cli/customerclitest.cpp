#include "tests/cli/clishop.h"
#include "tests/cli/tillshop.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

TEST_CASE("customer add, find, edit and show", "[cli][customer]") {
    Shop shop;
    auto r = shop.run(words({"customer", "add", "--name", "Anna Østergaard", "--email",
                             "anna@example.dk", "--address", "Strandvejen 4", "--postcode", "9990",
                             "--city", "Skagen", "--phone", "+45 20304050", "--notes", "Uge 29"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const qint64 id = r.json()[QStringLiteral("id")].toInteger();
    CHECK(r.json()[QStringLiteral("no_email")].toBool() == false);

    // Required fields are named, and nothing is written.
    r = shop.run(words({"customer", "add", "--name", "Bo", "--address", "-", "--postcode", "-",
                        "--city", "-", "--phone", "-"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == QStringLiteral("email"));
    r = shop.run(words({"customer", "add", "--name", "Bo", "--no-email", "--postcode", "-",
                        "--city", "-", "--phone", "-"}));
    CHECK(Shop::errorField(r) == QStringLiteral("address_line1"));
    CHECK(shop.run(words({"customer", "find"})).json().array().size() == 1);
    r = shop.run(words({"customer", "add", "--name", "Bo", "--no-email", "--address", "-",
                        "--postcode", "-", "--city", "-", "--phone", "-"}));
    REQUIRE(r.exitCode == 0);

    r = shop.run(words({"customer", "find", "ØSTER"}));
    REQUIRE(r.json().array().size() == 1);
    CHECK(r.json().array()[0][QStringLiteral("name")].toString() ==
          QStringLiteral("Anna Østergaard"));
    CHECK(shop.run(words({"customer", "find", "uge 29"})).json().array().size() == 1);
    CHECK(shop.run(words({"customer", "find"})).json().array().size() == 2);
    CHECK(shop.run(words({"customer", "find", "--limit", "0"})).exitCode == 1);

    const QString idText = QString::number(id);
    r = shop.run(QStringList{QStringLiteral("customer"), QStringLiteral("edit"), idText,
                             QStringLiteral("--invoice-remark"), QStringLiteral("PO 4711")});
    REQUIRE(r.exitCode == 0);
    r = shop.run(QStringList{QStringLiteral("customer"), QStringLiteral("show"), idText});
    CHECK(r.json()[QStringLiteral("invoice_remark")].toString() == QStringLiteral("PO 4711"));
    CHECK(shop.run(words({"customer", "show", "999"})).exitCode == 1);
    CHECK(shop.run(words({"customer", "show", "x"})).exitCode == 1);
}
