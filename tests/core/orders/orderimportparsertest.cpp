#include "core/orders/orderimportparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <initializer_list>

using namespace skranke;

namespace {

const Rate standardVat = Rate::percent(QStringLiteral("25"));

QString s(const char* text) {
    return QString::fromUtf8(text);
}

// A JSON value written as text: json(R"({"id": 12})"), json("1.5").
QJsonValue json(const char* text) {
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

// One valid order; tests change one thing in it.
QJsonObject validOrder(const char* externalId = "WEB-1") {
    QJsonObject order = json(R"({
        "created": "2026-11-20T14:03:00Z", "currency": "DKK",
        "customer": {"name": "Mette Holm"},
        "payment": {"type": "card", "gateway": "test", "transaction_id": "t1"},
        "lines": [{"text": "Mug", "quantity": 1, "amount": "250.00", "kind": "goods"}]})")
                            .toObject();
    order.insert(s("external_id"), s(externalId));
    return order;
}

// `in` with the value at `path` replaced, or removed when `value` is undefined.
QJsonValue replaced(const QJsonValue& in, QStringList path, const QJsonValue& value) {
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    const bool remove = path.isEmpty() && value.isUndefined();
    if (in.isArray()) {
        QJsonArray array = in.toArray();
        if (remove)
            array.removeAt(head.toInt());
        else
            array[head.toInt()] = replaced(array.at(head.toInt()), path, value);
        return array;
    }
    QJsonObject object = in.toObject();
    if (remove)
        object.remove(head);
    else
        object[head] = replaced(object.value(head), path, value);
    return object;
}

// The valid order with the field at `path` ("lines.0.amount") changed or left out.
QJsonObject changed(const char* path, const QJsonValue& value = QJsonValue::Undefined) {
    return replaced(validOrder(), s(path).split(QLatin1Char('.')), value).toObject();
}

ImportParse parseOrders(std::initializer_list<QJsonObject> orders) {
    QJsonArray list;
    for (const QJsonObject& order : orders)
        list.append(order);
    const QJsonObject root{{s("format"), s("skranke-orders/1")}, {s("orders"), list}};
    return OrderImportParser::parse(QJsonDocument(root).toJson(), standardVat);
}

ImportParse parseText(const char* text) {
    return OrderImportParser::parse(QByteArray(text), standardVat);
}

// The one problem a file has; its path must be `path`.
ImportProblem onlyProblem(const ImportParse& parse, const QString& path) {
    INFO(OrderImportParser::describe(parse.problems).toStdString());
    REQUIRE(parse.problems.size() == 1);
    CHECK(parse.orders.empty());
    CHECK(parse.problems[0].path == path);
    return parse.problems[0];
}

ImportProblem onlyProblem(const ImportParse& parse, const char* path) {
    return onlyProblem(parse, s(path));
}

std::int64_t utcMs(int h, int mi, int ms = 0) {
    return QDateTime(QDate(2026, 11, 20), QTime(h, mi, 0, ms), Qt::UTC).toMSecsSinceEpoch();
}

}  // namespace

TEST_CASE("a valid order file is read field by field", "[orders][import]") {
    const ImportParse parse = parseText(R"({
  "format": "skranke-orders/1",
  "orders": [
    {
      "external_id": " WEB-10023 ",
      "created": "2026-11-20T14:03:00Z",
      "currency": "DKK",
      "customer": { "name": "Mette Holm", "email": "mette@example.dk" },
      "payment": { "type": "card", "gateway": "nets", "transaction_id": "0246a1f0", "status": "reserved" },
      "billing": { "name": "Mette Holm", "street": "Strandvejen 1", "postcode": "2900", "city": "Hellerup",
                   "country": "dk", "phone": "+45 12 34 56 78", "email": "billing@example.dk" },
      "comment": "  Please gift-wrap\n",
      "some_future_field": [1, 2],
      "lines": [
        { "item_number": "GC-500", "text": "Gift card 500 kr", "quantity": 2, "amount": "1000.00", "kind": "value_card" },
        { "item_number": "MUG", "text": "Mug", "quantity": 1, "amount": "250.5", "kind": "goods", "vat_rate": "12.5" },
        { "text": "Sauna 2h", "quantity": 1, "amount": "0.00", "kind": "service", "booking": 535 },
        { "item_number": "TEA", "text": "Tea", "quantity": 3, "amount": "0.15", "kind": "goods", "booking": null }
      ]
    },
    {
      "external_id": "WEB-10024",
      "created": "2026-11-20T15:03:00.250+01:00",
      "currency": "SEK",
      "customer": { "id": 12, "name": "not used" },
      "payment": { "type": "bank_transfer", "reserved": "0", "transaction_id": "" },
      "billing": { "email": "kund@example.se" },
      "delivery": { "name": "Anna Berg", "city": "Malmö" },
      "comment": null,
      "lines": [ { "text": "Towel", "quantity": 1, "amount": "99", "kind": "goods", "vat_rate": "0" } ]
    }
  ]
})");
    INFO(OrderImportParser::describe(parse.problems).toStdString());
    REQUIRE(parse.problems.empty());
    REQUIRE(parse.orders.size() == 2);

    const ImportedOrder& web = parse.orders[0];
    CHECK(web.externalId == s("WEB-10023"));
    CHECK(web.orderMs == utcMs(14, 3));
    CHECK(web.currency.code() == s("DKK"));
    CHECK(web.customerId == 0);
    CHECK(web.customerName == s("Mette Holm"));
    CHECK(web.customerEmail == s("mette@example.dk"));
    CHECK(web.paymentType == s("card"));
    CHECK(web.gateway == s("nets"));
    CHECK(web.transactionId == s("0246a1f0"));
    CHECK_FALSE(web.paymentFailed);
    // reserved defaults to the total: 1000.00 + 250.50 + 0.00 + 0.15
    CHECK(web.reserved == Money(125065, web.currency));
    const OrderAddress billing{
        s("Mette Holm"),      s("Strandvejen 1"),     s("2900"), s("Hellerup"), s("DK"),
        s("+45 12 34 56 78"), s("billing@example.dk")};
    CHECK(web.billing == billing);
    CHECK(web.delivery == billing);
    CHECK(web.customerComment == s("  Please gift-wrap\n"));
    REQUIRE(web.lines.size() == 4);
    const OrderLine& card = web.lines[0];
    CHECK(card.lineNo == 1);
    CHECK(card.itemNumber == s("GC-500"));
    CHECK(card.text == s("Gift card 500 kr"));
    CHECK(card.quantity == 2);
    CHECK(card.amount == Money(100000, web.currency));
    CHECK(card.kind == OrderLineKind::ValueCard);
    CHECK(card.vatRate.isZero());
    CHECK(card.bookingId == 0);
    const OrderLine& mug = web.lines[1];
    CHECK(mug.lineNo == 2);
    CHECK(mug.amount.minor() == 25050);
    CHECK(mug.kind == OrderLineKind::Goods);
    CHECK(mug.vatRate == Rate::fromRational(1, 8));
    const OrderLine& sauna = web.lines[2];
    CHECK(sauna.itemNumber.isEmpty());
    CHECK(sauna.amount.isZero());
    CHECK(sauna.kind == OrderLineKind::Service);
    CHECK(sauna.bookingId == 535);
    CHECK(sauna.vatRate == standardVat);
    const OrderLine& tea = web.lines[3];
    CHECK(tea.lineNo == 4);
    CHECK(tea.quantity == 3);
    CHECK(tea.amount.minor() == 15);
    CHECK(tea.vatRate == standardVat);
    CHECK(tea.bookingId == 0);

    const ImportedOrder& shop = parse.orders[1];
    CHECK(shop.orderMs == utcMs(14, 3, 250));
    CHECK(shop.currency.code() == s("SEK"));
    CHECK(shop.customerId == 12);
    CHECK(shop.customerName.isEmpty());
    CHECK(shop.customerEmail == s("kund@example.se"));
    CHECK(shop.paymentType == s("bank_transfer"));
    CHECK(shop.gateway.isEmpty());
    CHECK(shop.transactionId.isEmpty());
    CHECK(shop.reserved == Money::zero(shop.currency));
    CHECK(shop.delivery.name == s("Anna Berg"));
    CHECK(shop.delivery.city == s("Malmö"));
    CHECK(shop.delivery.email.isEmpty());
    CHECK(shop.customerComment.isEmpty());
    REQUIRE(shop.lines.size() == 1);
    CHECK(shop.lines[0].amount == Money(9900, shop.currency));
    CHECK(shop.lines[0].vatRate.isZero());

    const ImportParse none = parseOrders({});
    CHECK(none.orders.empty());
    CHECK(none.problems.empty());
}

TEST_CASE("required order fields are reported when missing", "[orders][import]") {
    for (const char* key : {"external_id", "created", "currency", "customer", "payment", "lines"}) {
        const ImportProblem problem =
            onlyProblem(parseOrders({changed(key)}), s("orders[0].") + s(key));
        CHECK(problem.message == s(key) + s(" is missing."));
    }
    CHECK(onlyProblem(parseOrders({validOrder("   ")}), "orders[0].external_id")
              .message.contains(s("empty")));
    CHECK(onlyProblem(parseOrders({changed("external_id", 10023)}), "orders[0].external_id")
              .message.contains(s("a number")));
    onlyProblem(parseOrders({changed("lines", QJsonArray{})}), "orders[0].lines");
    onlyProblem(parseOrders({changed("lines", json("[3]"))}), "orders[0].lines[0]");
    const QByteArray x64(64, 'x');
    const QByteArray x65(65, 'x');
    CHECK(parseOrders({validOrder(x64.constData())}).problems.empty());
    onlyProblem(parseOrders({validOrder(x65.constData())}), "orders[0].external_id");
}

TEST_CASE("the customer is registered by id or named", "[orders][import]") {
    onlyProblem(parseOrders({changed("customer", json(R"({"email": "a@b.dk"})"))}),
                "orders[0].customer");
    onlyProblem(parseOrders({changed("customer", json(R"({"name": " "})"))}), "orders[0].customer");
    onlyProblem(parseOrders({changed("customer.id", 0)}), "orders[0].customer.id");
    onlyProblem(parseOrders({changed("customer.id", s("12"))}), "orders[0].customer.id");
    onlyProblem(parseOrders({changed("customer.email", s("mette.dk"))}),
                "orders[0].customer.email");
    onlyProblem(parseOrders({changed("billing", json(R"({"email": "mette.dk"})"))}),
                "orders[0].billing.email");
    onlyProblem(parseOrders({changed("billing", json(R"({"country": "DNK"})"))}),
                "orders[0].billing.country");
    const ImportParse parse = parseOrders({changed("customer", json(R"({"id": 7})"))});
    REQUIRE(parse.orders.size() == 1);
    CHECK(parse.orders[0].customerId == 7);
    CHECK(parse.orders[0].customerName.isEmpty());
}

TEST_CASE("the order time needs a time zone", "[orders][import]") {
    for (const char* created : {"2026-11-20T14:03:00", "2026-11-20", "20.11.2026 14:03", " "})
        onlyProblem(parseOrders({changed("created", s(created))}), "orders[0].created");
}

TEST_CASE("amounts are non-negative decimal strings in the currency's minor digits",
          "[orders][import]") {
    const char* path = "orders[0].lines[0].amount";
    CHECK(onlyProblem(parseOrders({changed("lines.0.amount", s("-250.00"))}), path)
              .message.contains(s("negative")));
    const ImportProblem number = onlyProblem(parseOrders({changed("lines.0.amount", 250.5)}), path);
    CHECK(number.message.contains(s("\"1250.00\"")));
    CHECK(number.message.contains(s("250.5")));
    CHECK(onlyProblem(parseOrders({changed("lines.0.amount", s("12.345"))}), path)
              .message.contains(s("12.345")));
    onlyProblem(parseOrders({changed("lines.0.amount", s("12,50 kr"))}), path);
    onlyProblem(parseOrders({changed("lines.0.amount", s("1,250.00"))}), path);
    onlyProblem(parseOrders({changed("lines.0.amount", s(""))}), path);

    const ImportProblem unknown =
        onlyProblem(parseOrders({changed("currency", s("XXX"))}), "orders[0].currency");
    CHECK(unknown.message.contains(s("unknown currency")));
    CHECK(unknown.message.contains(s("XXX")));
}

TEST_CASE("a line's kind, quantity, VAT rate and booking are checked", "[orders][import]") {
    const auto line = [](const char* key, const QJsonValue& value) {
        return parseOrders({changed((std::string("lines.0.") + key).c_str(), value)});
    };
    const ImportProblem kind = onlyProblem(line("kind", s("gift")), "orders[0].lines[0].kind");
    CHECK(kind.message.contains(s("value_card, goods, service")));
    for (const QJsonValue& quantity : {json("0"), json("1.5"), json("100001"), json(R"("2")")})
        onlyProblem(line("quantity", quantity), "orders[0].lines[0].quantity");
    CHECK(line("quantity", 100000).problems.empty());
    for (const QJsonValue& rate : {json(R"("101")"), json(R"("-5")"), json("25")})
        onlyProblem(line("vat_rate", rate), "orders[0].lines[0].vat_rate");
    onlyProblem(line("booking", -1), "orders[0].lines[0].booking");
    onlyProblem(line("text", s(" ")), "orders[0].lines[0].text");
}

TEST_CASE("a value card line is one card per unit", "[orders][import]") {
    const QJsonObject cards = replaced(changed("lines.0.kind", s("value_card")),
                                       {s("lines"), s("0"), s("amount")}, s("1000.00"))
                                  .toObject();
    const auto withQuantity = [&](int quantity) {
        return parseOrders(
            {replaced(cards, {s("lines"), s("0"), s("quantity")}, quantity).toObject()});
    };
    const ImportProblem uneven = onlyProblem(withQuantity(3), "orders[0].lines[0].amount");
    CHECK(uneven.message.contains(s("1000.00 DKK")));
    CHECK(uneven.message.contains(s("3 value cards")));
    const ImportParse even = withQuantity(4);
    REQUIRE(even.orders.size() == 1);
    CHECK(even.orders[0].lines[0].vatRate.isZero());
}

TEST_CASE("the reservation must equal the order total", "[orders][import]") {
    const ImportProblem problem = onlyProblem(
        parseOrders({changed("payment.reserved", s("200.00"))}), "orders[0].payment.reserved");
    CHECK(problem.message.contains(s("200.00 DKK")));
    CHECK(problem.message.contains(s("250.00 DKK")));
    const ImportParse given = parseOrders({changed("payment.reserved", s("250"))});
    REQUIRE(given.orders.size() == 1);
    CHECK(given.orders[0].reserved.minor() == 25000);

    const ImportParse failed = parseOrders({changed("payment.status", s("failed"))});
    REQUIRE(failed.orders.size() == 1);
    CHECK(failed.orders[0].paymentFailed);
    CHECK(failed.orders[0].reserved.isZero());

    onlyProblem(parseOrders({changed("payment.gateway")}), "orders[0].payment.gateway");
    onlyProblem(parseOrders({changed("payment.transaction_id")}),
                "orders[0].payment.transaction_id");
    onlyProblem(parseOrders({changed("payment.gateway", s("stripe"))}),
                "orders[0].payment.gateway");
    onlyProblem(parseOrders({changed("payment.type", s("cash"))}), "orders[0].payment.type");
    onlyProblem(parseOrders({changed("payment.status", s("paid"))}), "orders[0].payment.status");
}

TEST_CASE("bank transfer and invoice reserve nothing and have no gateway", "[orders][import]") {
    for (const char* type : {"bank_transfer", "invoice"}) {
        const ImportParse typed =
            parseOrders({changed("payment", QJsonObject{{s("type"), s(type)}})});
        INFO(OrderImportParser::describe(typed.problems).toStdString());
        REQUIRE(typed.problems.empty());
        CHECK(typed.orders[0].paymentType == s(type));
        CHECK(typed.orders[0].gateway.isEmpty());
        CHECK(typed.orders[0].reserved.isZero());
    }
    onlyProblem(parseOrders({changed("payment", json(R"({"type": "invoice", "reserved": "1"})"))}),
                "orders[0].payment.reserved");
    onlyProblem(
        parseOrders({changed("payment", json(R"({"type": "invoice", "gateway": "test"})"))}),
        "orders[0].payment.gateway");
    CHECK(parseOrders({changed("payment", json(R"({"type": "invoice", "reserved": "0.00"})"))})
              .problems.empty());
}

TEST_CASE("an external id may appear once per file", "[orders][import]") {
    const ImportProblem problem =
        onlyProblem(parseOrders({validOrder("WEB-1"), validOrder("WEB-2"), validOrder("WEB-1")}),
                    "orders[2].external_id");
    CHECK(problem.message.contains(s("orders[0]")));
}
