#include "core/orders/orderimportparser.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

// Where the order file's problems are reported and how they read: malformed
// JSON, the format tag, positions of problems in valid JSON, describe().

using namespace skranke;

namespace {

const Rate standardVat = Rate::percent(QStringLiteral("25"));

QString s(const char* text) {
    return QString::fromUtf8(text);
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

}  // namespace

TEST_CASE("malformed JSON is one problem at its line and column", "[orders][import]") {
    // The comma at the end of line 5 is missing; Qt notices at the next key.
    const char* text =
        "{\n"
        "  \"format\": \"skranke-orders/1\",\n"
        "  \"orders\": [\n"
        "    {\n"
        "      \"external_id\": \"WEB-1\"\n"
        "      \"created\": \"2026-11-20T14:03:00Z\"\n"
        "    }\n"
        "  ]\n"
        "}\n";
    QJsonParseError qtError;
    QJsonDocument::fromJson(text, &qtError);
    const ImportParse parse = parseText(text);
    const ImportProblem problem = onlyProblem(parse, QString());
    CHECK(problem.line == 6);
    CHECK(problem.column == 8);  // just inside "created"
    CHECK(problem.message.contains(qtError.errorString()));
    CHECK(OrderImportParser::describe(parse.problems).startsWith(s("line 6, column 8: ")));

    // Columns count characters, not UTF-8 bytes.
    const ImportProblem wide = onlyProblem(parseText(R"({"a": "æøå" "b"})"), QString());
    CHECK(wide.line == 1);
    CHECK(wide.column == 14);
    const ImportProblem empty = onlyProblem(parseText(""), QString());
    CHECK(empty.line == 1);
    CHECK(empty.column == 1);
}

TEST_CASE("the file must say its format and list its orders", "[orders][import]") {
    const ImportProblem wrongTag =
        onlyProblem(parseText(R"({"format": "skranke-orders/2", "orders": []})"), "format");
    CHECK(wrongTag.message.contains(s("\"skranke-orders/1\"")));
    CHECK(wrongTag.message.contains(s("\"skranke-orders/2\"")));
    CHECK(wrongTag.line == 1);
    CHECK(wrongTag.column == 2);
    // A wrong tag stops the reading: its orders would be misread field by field.
    onlyProblem(parseText(R"({"format": "shopify", "orders": [{}]})"), "format");
    onlyProblem(parseText(R"({"orders": []})"), "format");
    onlyProblem(parseText(R"({"format": "skranke-orders/1"})"), "orders");
    onlyProblem(parseText(R"({"format": "skranke-orders/1", "orders": {}})"), "orders");
    onlyProblem(parseText(R"([{"format": "skranke-orders/1"}])"), QString());
    onlyProblem(parseText(R"({"format": "skranke-orders/1", "orders": [7]})"), "orders[0]");
}

TEST_CASE("every problem is collected with its path and position", "[orders][import]") {
    const ImportParse parse = parseText(R"({
  "format": "skranke-orders/1",
  "orders": [
    {
      "external_id": "WEB-1", "created": "2026-11-20T14:03:00Z", "currency": "DKK",
      "customer": { "name": "Mette" },
      "payment": { "type": "card", "gateway": "test", "transaction_id": "t1" },
      "lines": [ { "text": "Mug", "quantity": 1, "amount": "250.00", "kind": "goods" } ]
    },
    {
      "created": "yesterday", "currency": "DKK",
      "payment": { "type": "card", "gateway": "test", "transaction_id": "t2" },
      "lines": [
        { "text": "Mug", "quantity": 1, "amount": "250.00", "kind": "goods" },
        { "text": "Cup", "quantity": 0,
          "amount": 12.5, "kind": "goods" }
      ]
    }
  ]
})");
    CHECK(parse.orders.empty());
    REQUIRE(parse.problems.size() == 5);
    const auto at = [&](std::size_t i, const char* path, int line, int column) {
        INFO(parse.problems[i].path.toStdString());
        CHECK(parse.problems[i].path == s(path));
        CHECK(parse.problems[i].line == line);
        CHECK(parse.problems[i].column == column);
    };
    at(0, "orders[1].external_id", 10, 5);  // left out: where its order starts
    at(1, "orders[1].created", 11, 7);
    at(2, "orders[1].customer", 10, 5);
    at(3, "orders[1].lines[1].quantity", 15, 26);
    at(4, "orders[1].lines[1].amount", 16, 11);

    const QStringList lines = OrderImportParser::describe(parse.problems).split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == s("line 10, column 5 (orders[1].external_id): external_id is missing."));
    CHECK(
        lines[4].startsWith(s("line 16, column 11 (orders[1].lines[1].amount): amount must be "
                              "written as a string like \"1250.00\"")));
}

TEST_CASE("describe() writes one problem a line", "[orders][import]") {
    const std::vector<ImportProblem> problems{
        {s("orders[2].lines[0].amount"), 14, 9, s("amount cannot be negative: \"-1\".")},
        {QString(), 1, 1, s("The file is not valid JSON.")},
        {s("orders[0].customer.id"), 0, 0, s("There is no customer 12.")},
    };
    CHECK(OrderImportParser::describe(problems) ==
          s("line 14, column 9 (orders[2].lines[0].amount): amount cannot be negative: \"-1\".\n"
            "line 1, column 1: The file is not valid JSON.\n"
            "orders[0].customer.id: There is no customer 12."));
    CHECK(OrderImportParser::describe({}).isEmpty());
}
