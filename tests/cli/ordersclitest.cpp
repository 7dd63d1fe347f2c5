#include "tests/cli/clishop.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <initializer_list>

using namespace skranke::test;

namespace {

QString u8(const char* text) {
    return QString::fromUtf8(text);
}

QStringList args(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* a : list)
        out << u8(a);
    return out;
}

QString goods(const char* amount, const char* item = "MUG") {
    return QStringLiteral(
               R"({"item_number": "%1", "text": "Mug", "quantity": 1, "amount": "%2", "kind": "goods"})")
        .arg(u8(item), u8(amount));
}

// One order of the webshop's format (orderimportparser.h), paid by card
// through the test gateway; the transaction id's prefix scripts the gateway.
// `customer` is JSON string content, escapes and all.
QString order(const char* externalId, const char* transaction, const QString& lines,
              const char* customer = "Mette Holm") {
    return QStringLiteral(R"({
  "external_id": "%1", "created": "2026-11-20T12:00:00Z", "currency": "DKK",
  "customer": {"name": "%2", "email": "mette@example.dk"},
  "payment": {"type": "card", "gateway": "test", "transaction_id": "%3"},
  "billing": {"name": "Mette Holm", "street": "Strandvejen 1", "postcode": "2100",
              "city": "København Ø", "country": "DK"},
  "lines": [%4]})")
        .arg(u8(externalId), u8(customer), u8(transaction), lines);
}

QByteArray orderFile(const QStringList& orders) {
    return QStringLiteral(R"({"format": "skranke-orders/1", "orders": [%1]})")
        .arg(orders.join(QStringLiteral(",\n")))
        .toUtf8();
}

struct OrderShop : Shop {
    int files = 0;

    QString write(const QByteArray& content) {
        const QString path = dir.path(QStringLiteral("orders-%1.json").arg(++files));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }
    CliResult importFile(const QByteArray& content) {
        return run({u8("orders"), u8("import"), write(content)});
    }
    void imported(const QStringList& orders) {
        const CliResult r = importFile(orderFile(orders));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        REQUIRE(r.json()[u8("imported")].toArray().size() == orders.size());
    }
    QJsonObject ok(const QStringList& a) {
        const CliResult r = run(a);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json().object();
    }
    QJsonArray list(const QStringList& a = {}) {
        const CliResult r = run(QStringList{u8("orders"), u8("list")} + a);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json().array();
    }
    QString message(const CliResult& r) {
        return r.errorJson().object()[u8("error")][u8("message")].toString();
    }
    QString csv(const char* separator) {
        const QString path = dir.path(QStringLiteral("orders-%1.csv").arg(++files));
        const CliResult r = run({u8("orders"), u8("export"), u8("--csv"), path, u8("--separator"),
                                 u8(separator), u8("--status"), u8("all")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));  // a BOM, for Excel
        return QString::fromUtf8(bytes);
    }
};

QStringList externalIds(const QJsonArray& rows) {
    QStringList ids;
    for (const auto& row : rows)
        ids << row[u8("external_id")].toString();
    return ids;
}

}  // namespace

TEST_CASE("orders import brings a file in once, and a wrong file not at all", "[cli][orders-cli]") {
    OrderShop shop;
    const QByteArray good = orderFile({order("WEB-1", "tx-1", goods("500.00"))});
    CliResult r = shop.importFile(good);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u8("imported")].toArray() == QJsonArray{u8("WEB-1")});
    CHECK(r.json()[u8("unchanged")].toArray().isEmpty());

    // Again: the order is already here and left as it is.
    r = shop.importFile(good);
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u8("imported")].toArray().isEmpty());
    CHECK(r.json()[u8("unchanged")].toArray() == QJsonArray{u8("WEB-1")});
    CHECK(shop.list({u8("--status"), u8("all")}).size() == 1);

    // The text form says the same.
    r = runCli({u8("--db"), shop.file, u8("--user"), u8("owner"), u8("orders"), u8("import"),
                shop.write(good)});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(u8("Imported 0 ")));
    CHECK(r.out.contains(u8("Already imported, left unchanged: WEB-1")));

    SECTION("a negative amount refuses the whole file, naming the field and its position") {
        r = shop.importFile(orderFile(
            {order("WEB-2", "tx-2", goods("100.00")), order("WEB-3", "tx-3", goods("-5.00"))}));
        CHECK(r.exitCode == 1);
        CHECK(Shop::errorField(r) == u8("orders[1].lines[0].amount"));
        CHECK(shop.message(r).contains(u8("line ")));
        CHECK(shop.message(r).contains(u8("(orders[1].lines[0].amount)")));

        // Without --json the reasons go to stderr as text.
        r = runCli({u8("--db"), shop.file, u8("--user"), u8("owner"), u8("orders"), u8("import"),
                    shop.write(orderFile({order("WEB-3", "tx-3", goods("-5.00"))}))});
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(u8("(orders[0].lines[0].amount)")));
    }
    SECTION("malformed JSON is refused with where the parser stopped") {
        r = shop.importFile(QByteArray(R"({"format": "skranke-orders/1", "orders": [)"));
        CHECK(r.exitCode == 1);
        CHECK(shop.message(r).contains(u8("line 1, column")));
    }
    SECTION("a missing file is refused") {
        r = shop.run({u8("orders"), u8("import"), shop.dir.path("nowhere.json")});
        CHECK(r.exitCode == 1);
        CHECK(Shop::errorField(r) == u8("file"));
    }
    CHECK(externalIds(shop.list({u8("--status"), u8("all")})) == QStringList{u8("WEB-1")});
}

TEST_CASE("orders list, show, capture, refund and cancel an order's card payment",
          "[cli][orders-cli]") {
    OrderShop shop;
    shop.imported(
        {order("WEB-1", "tx-1", goods("500.00")), order("WEB-2", "tx-2", goods("300.00", "CUP"))});

    const QJsonArray rows = shop.list();
    REQUIRE(externalIds(rows) == QStringList({u8("WEB-2"), u8("WEB-1")}));
    const QJsonObject row = rows[1].toObject();
    CHECK(row[u8("payment_state")].toString() == u8("awaiting"));
    CHECK(row[u8("paid")].toBool() == false);
    CHECK(row[u8("amount")].toString() == u8("500.00"));
    CHECK(row[u8("currency")].toString() == u8("DKK"));
    CHECK(row[u8("status")].toString() == u8("Not effected"));
    CHECK(row[u8("ordered_at")].toString() == u8("2026-11-20T13:00:00+01:00"));
    CHECK(row[u8("items")].toString() == u8("MUG"));
    CHECK_FALSE(row.contains(u8("customer_id")));
    CHECK(shop.list({u8("--from"), u8("2026-11-21")}).isEmpty());
    CHECK(externalIds(shop.list({u8("--search"), u8("WEB-1")})) == QStringList{u8("WEB-1")});
    CHECK(shop.list({u8("--limit"), u8("1")}).size() == 1);

    // Goods not yet ready to ship: capturing needs confirming.
    CliResult r = shop.run(args({"orders", "capture", "WEB-1"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == u8("confirm_early"));
    CHECK(shop.message(r).contains(u8("The goods are not marked ready to ship.")));
    CHECK(shop.message(r).contains(u8("--confirm-early")));

    QJsonObject o =
        shop.ok(args({"orders", "capture", "WEB-1", "--amount", "450.00", "--confirm-early"}));
    CHECK(o[u8("payment")][u8("state")].toString() == u8("received"));
    CHECK(o[u8("payment")][u8("captured")].toString() == u8("450.00"));
    CHECK(o[u8("payment")][u8("paid")].toBool());

    r = shop.run(args({"orders", "refund", "WEB-1"}));
    CHECK(r.exitCode == 2);
    CHECK(shop.message(r).contains(u8("--amount")));

    shop.ok(args({"orders", "refund", "WEB-1", "--amount", "100.00"}));
    o = shop.ok(args({"orders", "refund", "WEB-1", "--amount", "50.50"}));
    CHECK(o[u8("payment")][u8("state")].toString() == u8("refunded"));
    CHECK(o[u8("payment")][u8("refunded")].toString() == u8("150.50"));
    CHECK(o[u8("payment")][u8("refundable")].toString() == u8("299.50"));
    r = shop.run(args({"orders", "refund", "WEB-1", "--amount", "299.51"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == u8("amount"));
    r = shop.run(args({"orders", "refund", "WEB-1", "--amount", "-1"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == u8("amount"));

    o = shop.ok(args({"orders", "cancel", "WEB-2"}));
    CHECK(o[u8("payment")][u8("state")].toString() == u8("cancelled"));
    CHECK(o[u8("payment")][u8("captured")].toString() == u8("0.00"));

    // show takes the internal number as well.
    const QString internal = QString::number(rows[0][u8("id")].toInteger());
    o = shop.ok({u8("orders"), u8("show"), internal});
    CHECK(o[u8("external_id")].toString() == u8("WEB-2"));
    CHECK(o[u8("payment")][u8("state")].toString() == u8("cancelled"));

    o = shop.ok(args({"orders", "show", "WEB-1"}));
    CHECK(o[u8("customer")].toString() == u8("Mette Holm"));
    CHECK(o[u8("billing")][u8("city")].toString() == u8("København Ø"));
    CHECK(o[u8("delivery")][u8("street")].toString() == u8("Strandvejen 1"));
    CHECK(o[u8("lines")].toArray().size() == 1);
    CHECK(o[u8("lines")][0][u8("kind")].toString() == u8("goods"));
    CHECK(o[u8("payment")][u8("reserved")].toString() == u8("500.00"));
    CHECK(o[u8("payment")][u8("transaction_id")].toString() == u8("tx-1"));
    CHECK(o[u8("payment")][u8("gateway")].toString() == u8("test"));
    CHECK(o[u8("invoice_number")].isNull());
    const QJsonArray ops = o[u8("operations")].toArray();
    REQUIRE(ops.size() == 3);
    CHECK(ops[0][u8("kind")].toString() == u8("capture"));
    CHECK(ops[0][u8("amount")].toString() == u8("450.00"));
    CHECK(ops[0][u8("state")].toString() == u8("done"));
    CHECK_FALSE(ops[0][u8("early_reason")].toString().isEmpty());
    CHECK(ops[2][u8("kind")].toString() == u8("refund"));

    r = shop.run(args({"orders", "show", "WEB-404"}));
    CHECK(r.exitCode == 1);
    CHECK(r.errorJson()[u8("error")][u8("code")].toString() == u8("not_found"));
    r = shop.run(args({"orders", "show", "WEB-1", "--amount", "5"}));
    CHECK(r.exitCode == 2);
}

TEST_CASE("orders status moves several orders at once; statuses of one's own",
          "[cli][orders-cli]") {
    OrderShop shop;
    shop.imported({order("WEB-1", "tx-1", goods("100.00")), order("WEB-2", "tx-2", goods("200.00")),
                   order("WEB-3", "tx-3", goods("300.00"))});

    QJsonObject o = shop.ok(args({"orders", "status", "WEB-1", "WEB-2", "--set", "effected"}));
    CHECK(o[u8("status")][u8("built_in")].toString() == u8("effected"));
    CHECK(o[u8("orders")].toArray().size() == 2);
    CHECK(externalIds(shop.list()) == QStringList{u8("WEB-3")});
    const QJsonArray effected = shop.list(args({"--status", "Effected"}));
    CHECK(externalIds(effected) == QStringList({u8("WEB-2"), u8("WEB-1")}));
    for (const auto& row : effected)
        CHECK(row[u8("payment_state")].toString() == u8("awaiting"));  // never captures

    CliResult r = shop.run(args({"orders", "status", "WEB-3", "--set", "shipped"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == u8("set"));
    r = shop.run(args({"orders", "list", "--status", "shipped"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == u8("status"));

    // One unknown order: none is moved.
    r = shop.run(args({"orders", "status", "WEB-3", "WEB-404", "--set", "cancelled"}));
    CHECK(r.exitCode == 1);
    CHECK(externalIds(shop.list()) == QStringList{u8("WEB-3")});

    o = shop.ok(args({"orders", "status", "--add", "Packed"}));
    CHECK(o[u8("name")].toString() == u8("Packed"));
    CHECK(o[u8("built_in")].isNull());
    r = shop.run(args({"orders", "status", "--add", "packed"}));
    CHECK(r.exitCode == 1);
    const CliResult statuses = shop.run(args({"orders", "statuses"}));
    REQUIRE(statuses.exitCode == 0);
    CHECK(statuses.json().array().size() == 4);
    shop.ok(args({"orders", "status", "WEB-3", "--set", "packed"}));
    CHECK(shop.list().isEmpty());
    CHECK(externalIds(shop.list(args({"--status", "Packed"}))) == QStringList{u8("WEB-3")});
    CHECK(shop.list(args({"--status", "all"})).size() == 3);

    CHECK(shop.run(args({"orders", "status", "--set", "effected"})).exitCode == 2);
}

TEST_CASE("orders export writes every order as CSV with any separator", "[cli][orders-cli]") {
    OrderShop shop;
    shop.imported({order("WEB-1", "tx-1", goods("500.00"), R"(Holm; \"Jensen\"\nA/S)"),
                   order("WEB-2", "tx-2", goods("300.00"), "Anna")});

    const QString semicolon = shop.csv(";");
    CHECK(semicolon.contains(u8("ID;Date;Customer;")));
    CHECK(semicolon.contains(u8("WEB-1;2026-11-20 13:00;\"Holm; \"\"Jensen\"\"\nA/S\";Card;")));
    CHECK(semicolon.contains(
        u8("WEB-2;2026-11-20 13:00;Anna;Card;No;awaiting;MUG;300.00;0.00;0.00;Not effected\r\n")));

    const QString tab = shop.csv("tab");
    CHECK(tab.contains(u8("WEB-1\t2026-11-20 13:00\t\"Holm; \"\"Jensen\"\"\nA/S\"\tCard\t")));
    CHECK(tab.contains(u8("WEB-2\t2026-11-20 13:00\tAnna\tCard\tNo\t")));

    const QString comma = shop.csv(",");
    CHECK(comma.contains(u8("WEB-1,2026-11-20 13:00,\"Holm; \"\"Jensen\"\"\nA/S\",Card,")));
    CHECK(comma.contains(u8("WEB-2,2026-11-20 13:00,Anna,Card,No,awaiting,MUG,300.00,")));

    // The header, WEB-2's row and WEB-1's row (its customer spans two lines).
    CHECK(comma.count(u8("\r\n")) == 3);

    const CliResult r = shop.run({u8("orders"), u8("export"), u8("--csv"), shop.dir.path("x.csv"),
                                  u8("--separator"), u8("|")});
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == u8("separator"));
    CHECK(shop.run(args({"orders", "export"})).exitCode == 2);
    const QJsonObject o =
        shop.ok({u8("orders"), u8("export"), u8("--csv"), shop.dir.path("default.csv")});
    CHECK(o[u8("orders")].toInt() == 2);
}

TEST_CASE("orders retry settles a capture the gateway did not answer, taken once",
          "[cli][orders-cli]") {
    OrderShop shop;
    shop.imported({order("WEB-9", "timeout-9", goods("200.00"))});

    CliResult r = shop.run(args({"orders", "capture", "WEB-9", "--confirm-early"}));
    CHECK(r.exitCode == 1);
    CHECK(shop.message(r).contains(u8("pending")));
    CHECK(shop.message(r).contains(u8("orders retry WEB-9")));
    CHECK(shop.list()[0][u8("pending")].toBool());
    QJsonObject o = shop.ok(args({"orders", "show", "WEB-9"}));
    REQUIRE(o[u8("operations")].toArray().size() == 1);
    CHECK(o[u8("operations")][0][u8("state")].toString() == u8("pending"));
    CHECK(o[u8("payment")][u8("pending")].toBool());

    o = shop.ok(args({"orders", "retry", "WEB-9"}));
    CHECK(o[u8("retried")].toBool());
    CHECK(o[u8("payment")][u8("state")].toString() == u8("received"));
    CHECK(o[u8("payment")][u8("captured")].toString() == u8("200.00"));

    o = shop.ok(args({"orders", "show", "WEB-9"}));
    const QJsonArray ops = o[u8("operations")].toArray();
    REQUIRE(ops.size() == 1);
    CHECK(ops[0][u8("kind")].toString() == u8("capture"));
    CHECK(ops[0][u8("state")].toString() == u8("done"));
    CHECK(ops[0][u8("attempts")].toInt() == 2);
    CHECK_FALSE(o[u8("payment")][u8("pending")].toBool());

    // A bank transfer has nothing at a gateway to capture.
    shop.imported({QStringLiteral(R"({"external_id": "WEB-8", "created": "2026-11-20T12:00:00Z",
      "currency": "DKK", "customer": {"name": "Anna"}, "payment": {"type": "bank_transfer"},
      "lines": [%1]})")
                       .arg(goods("80.00"))});
    r = shop.run(args({"orders", "capture", "WEB-8", "--confirm-early"}));
    CHECK(r.exitCode == 1);
    CHECK(r.errorJson()[u8("error")][u8("code")].toString() == u8("conflict"));
    CHECK(shop.message(r).contains(u8("not through a card gateway")));

    // Nothing is pending now: retry only tells so.
    o = shop.ok(args({"orders", "retry", "WEB-9"}));
    CHECK_FALSE(o[u8("retried")].toBool());
    CHECK(o[u8("payment")][u8("state")].toString() == u8("received"));
}

TEST_CASE("orders void-cards lets what is left on issued value cards be refunded",
          "[cli][orders-cli]") {
    OrderShop shop;
    shop.imported({order("WEB-20", "tx-20",
                         QStringLiteral(R"({"item_number": "GC", "text": "Gift card", "quantity": 1,
                            "amount": "500.00", "kind": "value_card"})"))});
    QJsonObject o = shop.ok(args({"orders", "capture", "WEB-20"}));
    CHECK(o[u8("payment")][u8("refundable")].toString() == u8("0.00"));
    CliResult r = shop.run(args({"orders", "refund", "WEB-20", "--amount", "1.00"}));
    CHECK(r.exitCode == 1);
    CHECK(r.errorJson()[u8("error")][u8("field")].toString() == u8("amount"));

    o = shop.ok(args({"orders", "void-cards", "WEB-20"}));
    CHECK(o[u8("payment")][u8("refundable")].toString() == u8("500.00"));
    o = shop.ok(args({"orders", "show", "WEB-20"}));
    CHECK(o[u8("value_cards")][0][u8("balance")].toString() == u8("0.00"));
    o = shop.ok(args({"orders", "refund", "WEB-20", "--amount", "500.00"}));
    CHECK(o[u8("payment")][u8("state")].toString() == u8("refunded"));
    r = shop.run(args({"orders", "void-cards", "WEB-20"}));
    CHECK(r.exitCode == 1);
}

TEST_CASE("orders resolve records what the portal shows for a call never answered",
          "[cli][orders-cli]") {
    OrderShop shop;
    shop.imported({order("WEB-21", "timeout-21", goods("75.00"))});
    CHECK(shop.run(args({"orders", "capture", "WEB-21", "--confirm-early"})).exitCode == 1);
    CHECK(shop.run(args({"orders", "resolve", "WEB-21", "--done"})).exitCode == 2);
    const QJsonObject o = shop.ok(args({"orders", "resolve", "WEB-21", "--done", "--reference",
                                        "ch-21", "--reason", "checked in the portal"}));
    CHECK(o[u8("payment")][u8("state")].toString() == u8("received"));
    CHECK(o[u8("payment")][u8("capture_ref")].toString() == u8("ch-21"));
    CHECK(shop.run(args({"orders", "resolve", "WEB-21", "--not-done", "--reason", "x"})).exitCode ==
          1);
}
