#include "core/export/csvwriter.h"
#include "core/invoicing/invoiceservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/orders/orderlist.h"
#include "core/orders/orderpayments.h"
#include "core/orders/orderservice.h"
#include "core/parties/debtorservice.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "tests/core/orders/orderfixture.h"
#include "tests/core/receivables/receivablesfixture.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

std::int64_t count(Database& db, const char* table) {
    return countRows(db, table);
}

}  // namespace

TEST_CASE("importing the same order again changes nothing", "[orders][import]") {
    TestBusiness shop;
    const Session s = shop.owner();
    const QByteArray json = cardOrderJson("WEB-10", "tx-10", goodsLine("99.95", 3));
    const auto first = OrderImport::importJson(s, json);
    CHECK(first.imported == QStringList{QStringLiteral("WEB-10")});
    const auto rows = count(shop.db(), "web_order") + count(shop.db(), "web_order_line") +
                      count(shop.db(), "journal");
    const auto again = OrderImport::importJson(s, json);
    CHECK(again.imported.isEmpty());
    CHECK(again.unchanged == QStringList{QStringLiteral("WEB-10")});
    CHECK(count(shop.db(), "web_order") + count(shop.db(), "web_order_line") +
              count(shop.db(), "journal") ==
          rows);
}

TEST_CASE("an invalid order file imports nothing of it", "[orders][import]") {
    TestBusiness shop;
    const Session s = shop.owner();
    QByteArray json = cardOrderJson("WEB-11", "tx-11", goodsLine("-5.00"));
    CHECK_THROWS_AS(OrderImport::importJson(s, json), Error);
    CHECK_THROWS_AS(OrderImport::importJson(s, "{\"format\": \"skranke-orders/1\", \"orders\": ["),
                    Error);
    // A good order beside an unknown customer: neither is imported.
    json = cardOrderJson("WEB-12", "tx-12", goodsLine("5.00"));
    json.replace("{\"name\": \"Mette Holm\", \"email\": \"mette@example.dk\"}", "{\"id\": 999}");
    try {
        OrderImport::importJson(s, json);
        FAIL("imported");
    } catch (const Error& e) {
        CHECK(e.field() == QLatin1String("orders[0].customer.id"));
        CHECK(e.message().contains(QLatin1String("999")));
    }
    CHECK(count(shop.db(), "web_order") == 0);
}

TEST_CASE("value-card orders may be captured on import", "[orders][import]") {
    TestBusiness shop;
    const Session s = shop.owner();
    Settings::set(shop.db(), QStringLiteral("orders.auto_capture_value_cards"),
                  QStringLiteral("1"));
    const auto report =
        OrderImport::importJson(s, cardOrderJson("WEB-13", "tx-13", valueCardLine("250.00")));
    CHECK(report.autoCaptured == QStringList{QStringLiteral("WEB-13")});
    const auto mixed = OrderImport::importJson(
        s, cardOrderJson("WEB-14", "tx-14", valueCardLine("250.00") + u',' + goodsLine("10.00")));
    CHECK(mixed.autoCaptured.isEmpty());
    const Order o = OrderStore::require(
        shop.db(), *OrderStore::idOfExternal(shop.db(), QStringLiteral("WEB-13")));
    CHECK(o.paymentState == PaymentState::Received);
    CHECK(OrderStore::valueCards(shop.db(), o.id).size() == 1);
}

TEST_CASE("orders move to a status in bulk, including one the business added", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    const Order a = importOne(s, cardOrderJson("WEB-20", "tx-20", goodsLine("10.00")));
    const Order b = importOne(s, cardOrderJson("WEB-21", "tx-21", goodsLine("20.00")));
    const OrderStatus packed = OrderService::addStatus(s, QStringLiteral("Packed"));
    CHECK_THROWS_AS(OrderService::addStatus(s, QStringLiteral("packed")), Error);
    CHECK_THROWS_AS(OrderService::addStatus(s, QStringLiteral("  ")), Error);
    OrderService::setStatus(s, {a.id, b.id}, packed.id);
    CHECK(OrderStore::require(shop.db(), a.id).status.name == QLatin1String("Packed"));
    CHECK(OrderStore::require(shop.db(), b.id).status.id == packed.id);
    CHECK_THROWS_AS(OrderService::setStatus(s, {a.id}, 9999), Error);
}

TEST_CASE("the paid flag is for money that came without a gateway", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    QByteArray json = cardOrderJson("WEB-30", "x", goodsLine("10.00"));
    json.replace(R"({"type": "card", "gateway": "test", "transaction_id": "x"})",
                 R"({"type": "bank_transfer"})");
    Order bank = importOne(s, json);
    CHECK_FALSE(bank.paid());
    bank.paidByHand = true;
    CHECK(OrderService::edit(s, bank).paid());
    try {
        OrderPayments::capture(s, bank.id, std::nullopt, true);
        FAIL("captured");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Conflict);
        CHECK(e.message().contains(QLatin1String("not paid by card")));
    }

    Order card = importOne(s, cardOrderJson("WEB-31", "tx-31", goodsLine("10.00")));
    card.paidByHand = true;
    try {
        OrderService::edit(s, card);
        FAIL("saved");
    } catch (const Error& e) {
        CHECK(e.field() == QLatin1String("paid"));
    }
    card = OrderStore::require(shop.db(), card.id);
    card.paymentType = QStringLiteral("cheque");
    CHECK_THROWS_AS(OrderService::edit(s, card), Error);
    card.paymentType = QStringLiteral("mobilepay");
    card.delivery.street = QStringLiteral("Havnegade 2");
    const Order saved = OrderService::edit(s, card);
    CHECK(saved.paymentType == QLatin1String("mobilepay"));
    CHECK(saved.delivery.street == QLatin1String("Havnegade 2"));
}

TEST_CASE("an order is invoiced on a debtor with what it paid registered", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    const Debtor d = addDebtor(s, QStringLiteral("Holm ApS"));
    Order o = importOne(s, cardOrderJson("WEB-40", "tx-40",
                                         goodsLine("100.00", 2) + u',' + goodsLine("10.00", 3) +
                                             u',' + goodsLine("30.00", 3)));
    o.fulfilled = true;
    OrderService::edit(s, o);
    OrderPayments::capture(s, o.id, std::nullopt, false);
    const Invoice invoice = OrderService::createInvoice(s, o.id, d.id);
    CHECK(invoice.total == dkk(14000));
    REQUIRE(invoice.lines.size() == 3);
    CHECK(invoice.lines[0].input.quantityMilli == 2000);
    CHECK(invoice.lines[0].input.unitPrice == dkk(5000));
    // 10.00 over 3 has no exact unit price: billed as one amount.
    CHECK(invoice.lines[1].input.quantityMilli == 1000);
    CHECK(invoice.lines[1].input.text.startsWith(QStringLiteral("3 × ")));
    CHECK(invoice.lines[2].input.quantityMilli == 3000);
    CHECK(LedgerService::balance(shop.db(), d.id).balance().isZero());
    // The payment is the capture's money: accounting moves that sale into the invoice.
    CHECK(countRows(shop.db(), "web_order_invoice_payment") == 1);
    CHECK(OrderStore::require(shop.db(), o.id).invoiceNumber == invoice.number);
    CHECK_THROWS_AS(OrderService::createInvoice(s, o.id, d.id), Error);
    // What it paid now stands on the debtor: a card refund would pay it twice.
    CHECK_THROWS_AS(OrderPayments::refund(s, o.id, dkk(100)), Error);
    CHECK(OrderStore::require(shop.db(), o.id).refunded.isZero());
}

TEST_CASE("the order list pages newest first and filters", "[orders][list]") {
    TestBusiness shop;
    const Session s = shop.owner();
    for (int i = 0; i < 7; ++i)
        importOne(s, cardOrderJson(QStringLiteral("WEB-%1").arg(100 + i), QStringLiteral("tx"),
                                   goodsLine("10.00")));
    OrderList::Filter all;
    const auto first = OrderList::page(shop.db(), all, nullptr, 4);
    REQUIRE(first.size() == 4);
    CHECK(first[0].externalId == QLatin1String("WEB-106"));
    const OrderList::After after{first.back().orderMs, first.back().id};
    const auto second = OrderList::page(shop.db(), all, &after, 4);
    REQUIRE(second.size() == 3);
    CHECK(second.back().externalId == QLatin1String("WEB-100"));
    OrderList::Filter text;
    text.text = QStringLiteral("web-103");
    CHECK(OrderList::page(shop.db(), text, nullptr, 10).size() == 1);
    OrderList::Filter effected;
    effected.statusId = OrderStore::builtInStatus(shop.db(), QStringLiteral("effected")).id;
    CHECK(OrderList::page(shop.db(), effected, nullptr, 10).empty());
    OrderList::Filter backwards;
    backwards.from = QDate(2026, 3, 2);
    backwards.to = QDate(2026, 3, 1);
    CHECK_THROWS_AS(OrderList::page(shop.db(), backwards, nullptr, 10), Error);
}

TEST_CASE("orders export to CSV with each separator, quoting what needs it", "[orders][list]") {
    TestBusiness shop;
    const Session s = shop.owner();
    QByteArray json = cardOrderJson("WEB-50", "tx-50", goodsLine("1234.50"));
    json.replace("\"name\": \"Mette Holm\", \"email\"",
                 "\"name\": \"Holm; \\\"Mette\\\"\\nB\", \"email\"");
    importOne(s, json);
    const auto rows = OrderList::page(shop.db(), {}, nullptr, 10);
    for (const QChar sep : {QChar(u';'), QChar(u'\t'), QChar(u',')}) {
        CsvWriter csv(sep);
        OrderList::writeCsv(csv, rows, QLocale::c(), QStringLiteral("Europe/Copenhagen"));
        const QString text = QString::fromUtf8(csv.bytes()).remove(QChar(0xFEFF));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        CHECK(lines[0].startsWith(QStringLiteral("ID") + sep + QStringLiteral("Date")));
        CHECK(text.contains(sep + QStringLiteral("\"Holm; \"\"Mette\"\"\nB\"") + sep));
        CHECK(text.contains(QStringLiteral("WEB-50") + sep + QStringLiteral("2026-03-01 13:00")));
        CHECK(text.contains(sep + QStringLiteral("1234.50") + sep));
    }
}

TEST_CASE("the database keeps an order's payment moving forward", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    Order o = importOne(s, cardOrderJson("WEB-80", "tx-80", goodsLine("100.00")));
    o.fulfilled = true;
    OrderService::edit(s, o);
    OrderPayments::capture(s, o.id, std::nullopt, false);
    const auto refused = [&](const char* sql) {
        auto st = shop.db().prepare(sql);
        st.bind(1, o.id);
        CHECK_THROWS_AS(st.run(), Error);
    };
    refused("UPDATE web_order SET payment_state = 'awaiting' WHERE id = ?1");
    refused("UPDATE web_order SET captured_minor = 5000 WHERE id = ?1");
    refused("UPDATE web_order SET transaction_id = 'other' WHERE id = ?1");
    refused("UPDATE web_order SET capture_ref = 'other' WHERE id = ?1");
    refused("DELETE FROM web_order WHERE id = ?1");
    refused(
        "UPDATE payment_operation SET state = 'pending', finished_ms = NULL "
        "WHERE order_id = ?1");
    refused("UPDATE payment_operation SET created_by = created_by + 1 WHERE order_id = ?1");
    CHECK(OrderStore::require(shop.db(), o.id).captured == dkk(10000));
}

TEST_CASE("an order holding a card reservation is not invoiced", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    const Debtor d = addDebtor(s, QStringLiteral("Holm ApS"));
    const Order o = importOne(s, cardOrderJson("WEB-81", "tx-81", goodsLine("100.00")));
    CHECK_THROWS_AS(OrderService::createInvoice(s, o.id, d.id), Error);
    CHECK(countRows(shop.db(), "invoice") == 0);

    // Paid by hand (a bank transfer): invoiced as paid.
    QByteArray json = cardOrderJson("WEB-82", "x", goodsLine("80.00"));
    json.replace(R"({"type": "card", "gateway": "test", "transaction_id": "x"})",
                 R"({"type": "bank_transfer"})");
    Order bank = importOne(s, json);
    bank.paidByHand = true;
    OrderService::edit(s, bank);
    OrderService::createInvoice(s, bank.id, d.id);
    CHECK(LedgerService::balance(shop.db(), d.id).balance().isZero());
    // Money paid by hand was never booked by a capture: an ordinary payment.
    CHECK(countRows(shop.db(), "web_order_invoice_payment") == 0);
}
