#include "core/auth/session.h"
#include "core/auth/userservice.h"
#include "core/catalog/catalogservice.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/time/clock.h"
#include "tests/cli/tillshop.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

// A shop with till K1, the two products and a shift opened with 500.00.
void openTill(Shop& shop) {
    addCafeProducts(shop);
    REQUIRE(shop.run(words({"till", "create", "K1", "--name", "Reception"})).exitCode == 0);
    auto r = shop.run(words({"till", "shift", "open", "--till", "K1", "--float", "500"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

int receiptCount(Shop& shop) {
    auto r = shop.run(words({"till", "receipts", "--till", "K1"}));
    REQUIRE(r.exitCode == 0);
    return int(r.json().array().size());
}

// 2 coffees and a bun: 82.75, paid with 100.00 in cash.
QStringList cashSale() {
    return words({"till", "sale", "--till", "K1", "--line", "5701234567899|2", "--line", "C2|1",
                  "--tender", "cash|100"});
}

// 1.5 coffees (48.00) and 2 buns at 15.00 instead of 18.75: 78.00, 50.00 by
// card and 30.00 in cash.
QStringList splitSale() {
    return words({"till", "sale", "--till", "K1", "--line", "C1|1.5", "--line", "C2|2|15.00",
                  "--tender", "card|50.00|TERM-4711", "--tender", "cash|30"});
}

}  // namespace

TEST_CASE("till create, list and products", "[cli][till]") {
    Shop shop;
    addCafeProducts(shop);
    auto r = shop.run(words({"till", "create", "K1"}));
    CHECK(r.exitCode == 2);  // --name is required
    r = shop.run(words({"till", "create", "K1", "--name", "Reception"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[QStringLiteral("ref")].toString() == QStringLiteral("K1"));
    CHECK(r.json()[QStringLiteral("shift_open")].toBool() == false);
    CHECK(shop.run(words({"till", "create", "k1", "--name", "Again"})).exitCode == 1);

    r = shop.run(words({"till", "list"}));
    REQUIRE(r.json().array().size() == 1);
    CHECK(r.json().array()[0][QStringLiteral("name")].toString() == QStringLiteral("Reception"));

    r = shop.run(words({"till", "products"}));
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().array().size() == 2);
    r = shop.run(words({"till", "products", "--search", "5701234567899"}));
    REQUIRE(r.json().array().size() == 1);
    const QJsonObject coffee = r.json().array()[0].toObject();
    CHECK(coffee[QStringLiteral("number")].toString() == QStringLiteral("C1"));
    CHECK(coffee[QStringLiteral("name")].toString() == QStringLiteral("Kaffe"));
    CHECK(coffee[QStringLiteral("price")].toString() == QStringLiteral("32.00"));
    CHECK(coffee[QStringLiteral("vat_rate")].toString() == QStringLiteral("25"));
    CHECK(coffee[QStringLiteral("ean")].toString() == QStringLiteral("5701234567899"));
    CHECK(shop.run(words({"till", "products", "--search", "bol"})).json().array().size() == 1);

    r = runCli(QStringList{QStringLiteral("--db"), shop.file} + words({"till", "list"}));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Reception")));
    CHECK(shop.run(words({"till", "frobnicate"})).exitCode == 2);
}

TEST_CASE("till sale: cash with change and DK rounding, split card and cash", "[cli][till]") {
    Shop shop;
    addCafeProducts(shop);
    REQUIRE(shop.run(words({"till", "create", "K1", "--name", "Reception"})).exitCode == 0);
    auto r = shop.run(cashSale());
    CHECK(r.exitCode == 1);  // no shift open yet
    CHECK(Shop::errorField(r) == QStringLiteral("till"));
    REQUIRE(shop.run(words({"till", "shift", "open", "--till", "K1", "--float", "500"})).exitCode ==
            0);
    CHECK(shop.run(words({"till", "shift", "open", "--till", "K1", "--float", "500"})).exitCode ==
          1);

    r = shop.run(cashSale());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonObject receipt = r.json().object();
    CHECK(receipt[QStringLiteral("till")].toString() == QStringLiteral("K1"));
    CHECK(receipt[QStringLiteral("number")].toInt() == 1);
    CHECK(receipt[QStringLiteral("total")].toString() == QStringLiteral("82.75"));
    CHECK(receipt[QStringLiteral("rounding")].toString() == QStringLiteral("0.25"));  // to 0.50
    CHECK(receipt[QStringLiteral("time")].toString() ==
          QStringLiteral("2026-11-23T11:00:00+01:00"));
    QJsonArray vat = receipt[QStringLiteral("vat")].toArray();
    REQUIRE(vat.size() == 1);
    CHECK(vat[0][QStringLiteral("rate")].toString() == QStringLiteral("25"));
    CHECK(vat[0][QStringLiteral("gross")].toString() == QStringLiteral("82.75"));
    CHECK(vat[0][QStringLiteral("vat")].toString() == QStringLiteral("16.55"));
    QJsonArray tenders = receipt[QStringLiteral("tenders")].toArray();
    REQUIRE(tenders.size() == 1);
    CHECK(tenders[0][QStringLiteral("kind")].toString() == QStringLiteral("cash"));
    CHECK(tenders[0][QStringLiteral("amount")].toString() == QStringLiteral("83.00"));
    CHECK(tenders[0][QStringLiteral("given")].toString() == QStringLiteral("100.00"));
    CHECK(tenders[0][QStringLiteral("change")].toString() == QStringLiteral("17.00"));
    QJsonArray lines = receipt[QStringLiteral("lines")].toArray();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0][QStringLiteral("text")].toString() == QStringLiteral("Kaffe"));
    CHECK(lines[0][QStringLiteral("quantity")].toString() == QStringLiteral("2"));
    CHECK(lines[0][QStringLiteral("amount")].toString() == QStringLiteral("64.00"));

    r = shop.run(splitSale());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    receipt = r.json().object();
    CHECK(receipt[QStringLiteral("number")].toInt() == 2);
    CHECK(receipt[QStringLiteral("total")].toString() == QStringLiteral("78.00"));
    CHECK(receipt[QStringLiteral("rounding")].toString() == QStringLiteral("0.00"));
    lines = receipt[QStringLiteral("lines")].toArray();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0][QStringLiteral("quantity")].toString() == QStringLiteral("1.5"));
    CHECK(lines[0][QStringLiteral("amount")].toString() == QStringLiteral("48.00"));
    CHECK(lines[1][QStringLiteral("unit_price")].toString() == QStringLiteral("15.00"));
    CHECK(lines[1][QStringLiteral("list_price")].toString() == QStringLiteral("18.75"));
    tenders = receipt[QStringLiteral("tenders")].toArray();
    REQUIRE(tenders.size() == 2);
    CHECK(tenders[0][QStringLiteral("kind")].toString() == QStringLiteral("card"));
    CHECK(tenders[0][QStringLiteral("amount")].toString() == QStringLiteral("50.00"));
    CHECK(tenders[0][QStringLiteral("reference")].toString() == QStringLiteral("TERM-4711"));
    CHECK(tenders[1][QStringLiteral("amount")].toString() == QStringLiteral("28.00"));
    CHECK(tenders[1][QStringLiteral("change")].toString() == QStringLiteral("2.00"));

    // Text output.
    r = runCli(QStringList{QStringLiteral("--db"), shop.file, QStringLiteral("--user"),
                           QStringLiteral("owner")} +
               cashSale());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Till K1, receipt 3")));
    CHECK(r.out.contains(QStringLiteral("82.75")));
    CHECK(receiptCount(shop) == 3);
}

TEST_CASE("till sale refuses bad lines and tenders and writes nothing", "[cli][till]") {
    Shop shop;
    openTill(shop);
    const auto refused = [&](const QStringList& line, const QStringList& tender) {
        return shop.run(words({"till", "sale", "--till", "K1", "--line"}) + line +
                        QStringList{QStringLiteral("--tender")} + tender);
    };
    auto r = refused({QStringLiteral("C1|1")}, {QStringLiteral("card|10.00")});  // too little
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == QStringLiteral("tender"));
    r = refused({QStringLiteral("C1|1")}, {QStringLiteral("card|40.00")});  // card gives no change
    CHECK(Shop::errorField(r) == QStringLiteral("tender"));
    r = refused({QStringLiteral("C1|1")}, {QStringLiteral("cheque|32.00")});
    CHECK(Shop::errorField(r) == QStringLiteral("tender"));
    r = refused({QStringLiteral("C1|1")}, {QStringLiteral("cash|1e2")});
    CHECK(Shop::errorField(r) == QStringLiteral("tender"));
    r = refused({QStringLiteral("C1|1")}, {QStringLiteral("cash|50|REF")});
    CHECK(Shop::errorField(r) == QStringLiteral("tender"));
    r = refused({QStringLiteral("NOPE|1")}, {QStringLiteral("cash|50")});
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == QStringLiteral("line"));
    r = refused({QStringLiteral("C1|1.2345")}, {QStringLiteral("cash|50")});
    CHECK(Shop::errorField(r) == QStringLiteral("line"));
    r = refused({QStringLiteral("C1")}, {QStringLiteral("cash|50")});
    CHECK(Shop::errorField(r) == QStringLiteral("line"));
    r = refused({QStringLiteral("C1|1|-5")}, {QStringLiteral("cash|50")});
    CHECK(Shop::errorField(r) == QStringLiteral("line"));
    CHECK(shop.run(words({"till", "sale", "--till", "K1", "--line", "C1|1"})).exitCode == 2);
    CHECK(receiptCount(shop) == 0);

    // Numbers stay gapless after refusals.
    r = shop.run(
        words({"till", "sale", "--till", "K1", "--line", "C1|1", "--tender", "card|32.00"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[QStringLiteral("number")].toInt() == 1);
}

TEST_CASE("till cash in and out, X then Z with counted cash, Z again, receipts", "[cli][till]") {
    Shop shop;
    openTill(shop);
    auto r = shop.run(
        words({"till", "cash", "in", "--till", "K1", "--amount", "100", "--reason", "Veksel"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[QStringLiteral("amount")].toString() == QStringLiteral("100.00"));
    r = shop.run(
        words({"till", "cash", "out", "--till", "K1", "--amount", "50", "--reason", "Bank"}));
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[QStringLiteral("amount")].toString() == QStringLiteral("-50.00"));
    CHECK(shop.run(words({"till", "cash", "out", "--till", "K1", "--amount", "-5", "--reason",
                          "Bank"}))
              .exitCode == 1);
    CHECK(shop.run(words({"till", "cash", "out", "--till", "K1", "--amount", "5"})).exitCode == 2);
    REQUIRE(shop.run(cashSale()).exitCode == 0);
    REQUIRE(shop.run(splitSale()).exitCode == 0);

    r = shop.run(words({"till", "report", "x", "--till", "K1"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonObject x = r.json().object();
    CHECK(x[QStringLiteral("kind")].toString() == QStringLiteral("x"));
    CHECK(x[QStringLiteral("z_number")].isNull());
    CHECK(x[QStringLiteral("sales")].toInt() == 2);
    CHECK(x[QStringLiteral("sales_total")].toString() == QStringLiteral("160.75"));
    CHECK(x[QStringLiteral("returns")].toInt() == 0);
    CHECK(x[QStringLiteral("tenders")][QStringLiteral("cash")].toString() ==
          QStringLiteral("111.00"));
    CHECK(x[QStringLiteral("tenders")][QStringLiteral("card")].toString() ==
          QStringLiteral("50.00"));
    CHECK(x[QStringLiteral("vat")][0][QStringLiteral("vat")].toString() == QStringLiteral("32.15"));
    CHECK(x[QStringLiteral("rounding")].toString() == QStringLiteral("0.25"));
    CHECK(x[QStringLiteral("cash_in")].toString() == QStringLiteral("100.00"));
    CHECK(x[QStringLiteral("cash_out")].toString() == QStringLiteral("-50.00"));
    CHECK(x[QStringLiteral("expected_cash")].toString() == QStringLiteral("661.00"));
    CHECK(x[QStringLiteral("counted_cash")].isNull());

    CHECK(shop.run(words({"till", "report", "z", "--till", "K1"})).exitCode == 2);
    CHECK(
        shop.run(words({"till", "report", "z", "--till", "K1", "--counted", "1", "--number", "1"}))
            .exitCode == 2);
    r = shop.run(words({"till", "report", "z", "--till", "K1", "--counted", "655.50"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject z = r.json().object();
    CHECK(z[QStringLiteral("kind")].toString() == QStringLiteral("z"));
    CHECK(z[QStringLiteral("z_number")].toInt() == 1);
    CHECK(z[QStringLiteral("sales_total")].toString() == QStringLiteral("160.75"));
    CHECK(z[QStringLiteral("expected_cash")].toString() == QStringLiteral("661.00"));
    CHECK(z[QStringLiteral("counted_cash")].toString() == QStringLiteral("655.50"));
    CHECK(z[QStringLiteral("difference")].toString() == QStringLiteral("-5.50"));

    r = shop.run(words({"till", "report", "x", "--till", "K1"}));
    CHECK(r.exitCode == 1);  // the shift is closed
    CHECK(shop.run(cashSale()).exitCode == 1);

    r = runCli(QStringList{QStringLiteral("--db"), shop.file, QStringLiteral("--json")} +
               words({"till", "report", "z", "--till", "K1", "--number", "1"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject again = r.json().object();
    CHECK(again[QStringLiteral("z_number")].toInt() == 1);
    CHECK(again[QStringLiteral("counted_cash")].toString() == QStringLiteral("655.50"));
    CHECK(again[QStringLiteral("difference")].toString() == QStringLiteral("-5.50"));
    CHECK(again[QStringLiteral("sales")].toInt() == 2);
    CHECK(shop.run(words({"till", "report", "z", "--till", "K1", "--number", "2"})).exitCode == 1);

    r = shop.run(words({"till", "receipts", "--till", "K1"}));
    REQUIRE(r.exitCode == 0);
    const QJsonArray all = r.json().array();
    REQUIRE(all.size() == 2);
    CHECK(all[0][QStringLiteral("number")].toInt() == 1);
    CHECK(all[0][QStringLiteral("kind")].toString() == QStringLiteral("sale"));
    CHECK(all[0][QStringLiteral("total")].toString() == QStringLiteral("82.75"));
    CHECK(all[1][QStringLiteral("number")].toInt() == 2);
    CHECK(all[1][QStringLiteral("time")].toString() == QStringLiteral("2026-11-23T11:00:00+01:00"));
    CHECK(shop.run(words({"till", "receipts", "--till", "K1", "--from", "2026-11-23", "--to",
                          "2026-11-23"}))
              .json()
              .array()
              .size() == 2);
    CHECK(shop.run(words({"till", "receipts", "--till", "K1", "--from", "2026-11-24"}))
              .json()
              .array()
              .isEmpty());
    CHECK(shop.run(words({"till", "receipts", "--till", "K1", "--to", "2026-11-22"}))
              .json()
              .array()
              .isEmpty());
    CHECK(shop.run(words({"till", "receipts", "--till", "K1", "--limit", "1"}))
              .json()
              .array()
              .size() == 1);
    r = shop.run(words({"till", "receipts", "--till", "K9"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == QStringLiteral("till"));
    CHECK(shop.run(words({"journal", "verify"})).exitCode == 0);
}

TEST_CASE("till return pays back part of a sale; never more than was sold; receipt pdf",
          "[cli][till]") {
    Shop shop;
    openTill(shop);
    REQUIRE(shop.run(cashSale()).exitCode == 0);  // receipt 1
    auto r = shop.run(words({"till", "return", "--till", "K1", "--receipt", "1", "--line", "1|3",
                             "--tender", "cash|96"}));
    CHECK(r.exitCode == 1);  // only 2 were sold
    CHECK(Shop::errorField(r) == QStringLiteral("line"));
    CHECK(receiptCount(shop) == 1);
    r = shop.run(words({"till", "return", "--till", "K1", "--receipt", "1", "--line", "1|1",
                        "--tender", "cash|32"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject back = r.json().object();
    CHECK(back[QStringLiteral("number")].toInt() == 2);
    CHECK(back[QStringLiteral("total")].toString() == QStringLiteral("-32.00"));
    CHECK(receiptCount(shop) == 2);

    const QString pdf = shop.dir.path("receipt-1.pdf");
    r = shop.run(words({"till", "receipt", "pdf", "--till", "K1", "--receipt", "1", "--out"}) +
                 QStringList{pdf, QStringLiteral("--copy")});
    CHECK(r.exitCode == 0);
    CHECK(QFileInfo(pdf).size() > 1000);
    {
        auto db = Database::open(shop.file, Database::OpenMode::Existing);
        auto st = db->prepare(
            "SELECT count(*) FROM journal WHERE action = 'copy' "
            "AND json_extract(payload, '$.event_code') = 13014");
        st.step();
        CHECK(st.int64(0) == 1);  // the copy is a till event (SAF-T 13014)
    }
    r = shop.run(words({"till", "receipt", "pdf", "--till", "K1", "--receipt", "9", "--out"}) +
                 QStringList{pdf});
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == QStringLiteral("receipt"));
}

TEST_CASE("till sale on a debtor's invoice, and the debtor paying at the till", "[cli][till]") {
    Shop shop;
    openTill(shop);
    REQUIRE(shop.run(words({"debtor", "add", "--name", "Bo Pedersen", "--id", "500"})).exitCode ==
            0);
    auto r =
        shop.run(words({"till", "sale", "--till", "K1", "--line", "C1|2", "--tender", "invoice"}));
    CHECK(r.exitCode == 1);  // an invoice needs --debtor
    CHECK(Shop::errorField(r) == QStringLiteral("tender"));
    r = shop.run(words({"till", "sale", "--till", "K1", "--debtor", "500", "--line", "C1|2",
                        "--tender", "invoice"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const qint64 invoice = r.json()[QStringLiteral("invoice")].toInteger();
    CHECK(invoice > 0);
    CHECK(r.json()[QStringLiteral("debtor")].toInteger() == 500);
    CHECK(r.json()[QStringLiteral("tenders")][0][QStringLiteral("reference")].toString() ==
          QString::number(invoice));

    // 50.00 of the 64.00 in cash, on that invoice.
    r = shop.run(words({"till", "payment", "--till", "K1", "--debtor", "500", "--amount", "50",
                        "--invoice", QByteArray::number(invoice).append("|50").constData()}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[QStringLiteral("remaining")].toString() == QStringLiteral("0.00"));
    r = shop.run(
        words({"till", "payment", "--till", "K1", "--debtor", "500", "--amount", "10.25"}));
    CHECK(r.exitCode == 1);  // cash in whole 50 øre
    CHECK(Shop::errorField(r) == QStringLiteral("amount"));
    const QString slip = QFileInfo(shop.file).absolutePath() + QStringLiteral("/slip.pdf");
    r = shop.run(words({"till", "payment", "--till", "K1", "--debtor", "500", "--amount", "14",
                        "--pay-by", "card", "--reference", "T-1", "--out"}) +
                 QStringList{slip});
    REQUIRE(r.exitCode == 0);
    CHECK(QFileInfo(slip).size() > 1000);

    r = shop.run(words({"till", "report", "x", "--till", "K1"}));
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[QStringLiteral("tenders")][QStringLiteral("invoice")].toString() ==
          QStringLiteral("64.00"));
    CHECK(r.json()[QStringLiteral("debtor_payments")].toInt() == 2);
    CHECK(r.json()[QStringLiteral("expected_cash")].toString() == QStringLiteral("550.00"));
}

TEST_CASE("till sells a value card, it pays, and value-card shows what is left", "[cli][till]") {
    Shop shop;
    openTill(shop);
    {
        auto db = Database::open(shop.file, Database::OpenMode::Existing);
        FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        const StaffUser u = *UserService::find(*db, QStringLiteral("owner"));
        const Session owner(*db, clock, u, UserService::rightsOf(*db, u), Settings::deviceUid(*db));
        CatalogService::createProduct(owner, NewProduct{QStringLiteral("GK"),
                                                        QStringLiteral("Gavekort"),
                                                        ProductKind::ValueCard,
                                                        QStringLiteral("Gavekort"),
                                                        QStringLiteral("0.00"),
                                                        QStringLiteral("0"),
                                                        {},
                                                        1});
    }
    auto r = shop.run(words({"till", "sale", "--till", "K1", "--line", "GK|1|100|7000 1111",
                             "--tender", "card|100|T-9"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[QStringLiteral("lines")][0][QStringLiteral("value_card")].toString() ==
          QStringLiteral("70001111"));
    r = shop.run(words(
        {"till", "sale", "--till", "K1", "--line", "C1|1", "--tender", "value_card|32|70001111"}));
    REQUIRE(r.exitCode == 0);
    r = shop.run(words(
        {"till", "sale", "--till", "K1", "--line", "C1|3", "--tender", "value_card|96|70001111"}));
    CHECK(r.exitCode == 1);  // only 68.00 left
    r = shop.run(words({"till", "value-card", "7000 1111"}));
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[QStringLiteral("balance")].toString() == QStringLiteral("68.00"));
    CHECK(r.json()[QStringLiteral("entries")].toArray().size() == 2);
    CHECK(shop.run(words({"till", "value-card", "123"})).exitCode == 1);
}

TEST_CASE("till drawer needs a reason and an open shift", "[cli][till]") {
    Shop shop;
    openTill(shop);
    CHECK(shop.run(words({"till", "drawer", "--till", "K1"})).exitCode == 2);
    CHECK(shop.run(words({"till", "drawer", "--till", "K1", "--reason", " "})).exitCode == 1);
    auto r = shop.run(words({"till", "drawer", "--till", "K1", "--reason", "Byttepenge"}));
    CHECK(r.exitCode == 0);
    r = shop.run(words({"journal", "list"}));
    CHECK(r.out.contains(QStringLiteral("open_drawer")));
}
