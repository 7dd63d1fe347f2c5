#include "core/auth/rights.h"
#include "core/journal/journal.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/till/parkedsales.h"
#include "core/till/tillservice.h"
#include "tests/core/till/tillfixture.h"

#include <catch2/catch.hpp>
#include <optional>

using namespace skranke;
using namespace skranke::test;

namespace {

const QString K1 = QStringLiteral("K1");

QString text(Database& db, const char* sql) {
    auto st = db.prepare(sql);
    st.step();
    return st.text(0);
}

// A cart with something in every field: a quantity in thousandths and a
// discount, a price override, free text with no product, a value card and
// a rate with decimals.
std::vector<SaleLineInput> fullCart(Shop& shop) {
    SaleLineInput coffee = shop.line(QStringLiteral("C1"), 2500);
    coffee.discount = Rate::percent(QStringLiteral("12.5"));
    SaleLineInput bun = SaleService::lineFor(shop.b.db(), QStringLiteral("C2"), 1000, dkk(1500));
    SaleLineInput note;
    note.text = QStringLiteral("Ekstra fløde «æøå»");
    note.quantityMilli = 3;
    note.unitPrice = dkk(995);
    note.listPrice = dkk(1095);
    note.vatRate = Rate::percent(QStringLiteral("6.123456789"));
    SaleLineInput card;
    card.text = QStringLiteral("Gavekort");
    card.unitPrice = card.listPrice = dkk(50000);
    card.cardNumber = QStringLiteral("GC-000042");
    return {coffee, bun, note, card};
}

void requireSame(const std::vector<SaleLineInput>& got, const std::vector<SaleLineInput>& want) {
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        INFO("line " << i + 1);
        CHECK(got[i].productId == want[i].productId);
        CHECK(got[i].text == want[i].text);
        CHECK(got[i].quantityMilli == want[i].quantityMilli);
        CHECK(got[i].unitPrice.currency() == want[i].unitPrice.currency());
        CHECK(got[i].unitPrice == want[i].unitPrice);
        CHECK(got[i].listPrice.currency() == want[i].listPrice.currency());
        CHECK(got[i].listPrice == want[i].listPrice);
        CHECK(got[i].vatRate == want[i].vatRate);
        CHECK(got[i].discount == want[i].discount);
        CHECK(got[i].cardNumber == want[i].cardNumber);
    }
}

// The owner, but with every right except till.sell.
Session withoutTillSell(Shop& shop) {
    QSet<QString> rights = shop.owner.rights();
    rights.remove(QString::fromLatin1(rights::TillSell));
    return Session(shop.b.db(), shop.b.clock(), shop.owner.user(), rights,
                   Settings::deviceUid(shop.b.db()));
}

}  // namespace

TEST_CASE("a parked sale comes back exactly as it was parked", "[till][park]") {
    Shop shop;
    Database& db = shop.b.db();
    const Debtor debtor = addDebtor(shop.owner);
    const SaleParty party{17, debtor.id, QStringLiteral("Hansen Tømrer ApS")};
    const std::vector<SaleLineInput> cart = fullCart(shop);
    const auto journal = Journal::count(db);
    const std::int64_t parkedAt = shop.b.clock().nowMs();

    const std::int64_t id =
        ParkedSales::park(shop.owner, K1, cart, party, QStringLiteral("  Table 4  "));
    CHECK(Journal::count(db) == journal + 1);
    // 2.5 × 32.00 × 0.875 + 15.00 + 0.003 × 9.95 + 500.00
    CHECK(scalar(db, "SELECT total_minor FROM parked_sale") == 7000 + 1500 + 3 + 50000);
    CHECK(text(db,
               "SELECT json_extract(cart, '$.lines[1].unit_price.minor') || ' ' || "
               "json_extract(cart, '$.lines[1].unit_price.currency') FROM parked_sale") ==
          QStringLiteral("1500 DKK"));
    CHECK(text(db, "SELECT json_extract(cart, '$.lines[0].discount') FROM parked_sale") ==
          QStringLiteral("12.5"));
    CHECK(scalar(db,
                 "SELECT count(*) FROM journal WHERE entity = 'parked_sale' "
                 "AND action = 'park' AND json_extract(payload, '$.till') = 'K1' "
                 "AND json_extract(payload, '$.label') = 'Table 4' "
                 "AND json_extract(payload, '$.lines') = 4 "
                 "AND json_extract(payload, '$.total') = '585.03' "
                 "AND json_extract(payload, '$.event_code') = 13010") == 1);

    const auto waiting = ParkedSales::waiting(db, K1);
    REQUIRE(waiting.size() == 1);
    CHECK(waiting[0].id == id);
    CHECK(waiting[0].label == QStringLiteral("Table 4"));
    CHECK(waiting[0].parkedMs == parkedAt);
    CHECK(waiting[0].parkedBy == QStringLiteral("Olivia Owner"));
    CHECK(waiting[0].total == dkk(58503));
    CHECK(waiting[0].lineCount == 4);
    CHECK(waiting[0].party.customerId == 17);
    CHECK(waiting[0].party.debtorId == debtor.id);
    CHECK(waiting[0].party.name == party.name);

    shop.b.clock().advanceMs(5 * 60'000);
    const ParkedSales::Recalled back = ParkedSales::recall(shop.owner, id);
    requireSame(back.lines, cart);
    CHECK(back.party.customerId == 17);
    CHECK(back.party.debtorId == debtor.id);
    CHECK(back.party.name == party.name);
    CHECK(scalar(db, "SELECT recalled_ms FROM parked_sale") == parkedAt + 5 * 60'000);
    CHECK(scalar(db, "SELECT recalled_by FROM parked_sale") == shop.owner.user().id);
    CHECK(Journal::count(db) == journal + 2);
    CHECK(scalar(db,
                 "SELECT count(*) FROM journal WHERE entity = 'parked_sale' "
                 "AND action = 'recall' AND json_extract(payload, '$.event_code') = 13011") == 1);
    CHECK(ParkedSales::waiting(db, K1).empty());

    // The recalled cart rings up like any other.
    TillService::openShift(shop.owner, K1, dkk(0));
    CHECK(SaleService::sell(shop.owner, K1, {back.lines[0], back.lines[1]}, {card(8500)})
              .total.minor() == 8500);
}

TEST_CASE("waiting lists the till's unrecalled parked sales, oldest first", "[till][park]") {
    Shop shop;
    Database& db = shop.b.db();
    TillService::createTill(shop.owner, QStringLiteral("K2"), QStringLiteral("Café"));
    FixedClock& clock = shop.b.clock();
    const std::int64_t t0 = clock.nowMs();
    const auto park = [&](const QString& till, const char* label, std::int64_t atMs) {
        clock.set(atMs);
        return ParkedSales::park(shop.owner, till, {shop.line(QStringLiteral("C1"))}, {},
                                 QString::fromLatin1(label));
    };
    const auto late = park(K1, "late", t0 + 600'000);
    const auto early = park(K1, "early", t0 + 60'000);
    park(QStringLiteral("K2"), "other till", t0);
    const auto middle = park(K1, "middle", t0 + 300'000);
    const auto labels = [&](const QString& till) {
        QStringList out;
        for (const ParkedSales::Parked& p : ParkedSales::waiting(db, till))
            out << p.label;
        return out;
    };
    CHECK(labels(K1) ==
          QStringList{QStringLiteral("early"), QStringLiteral("middle"), QStringLiteral("late")});
    CHECK(labels(QStringLiteral("K2")) == QStringList{QStringLiteral("other till")});

    ParkedSales::recall(shop.owner, middle);
    CHECK(labels(K1) == QStringList{QStringLiteral("early"), QStringLiteral("late")});
    ParkedSales::recall(shop.owner, early);
    ParkedSales::recall(shop.owner, late);
    CHECK(labels(K1).isEmpty());
    CHECK(labels(QStringLiteral("K2")).size() == 1);
    CHECK(fieldOf([&] { ParkedSales::waiting(db, QStringLiteral("K9")); }) ==
          QStringLiteral("till"));
}

TEST_CASE("a parked sale is recalled once and never deleted", "[till][park]") {
    Shop shop;
    Database& db = shop.b.db();
    const auto id = ParkedSales::park(shop.owner, K1, {shop.line(QStringLiteral("C1"))}, {}, {});
    const std::int64_t recalledAt = shop.b.clock().nowMs();
    ParkedSales::recall(shop.owner, id);
    const auto rows = countRows(db, "parked_sale");

    shop.b.clock().advanceMs(60'000);
    const Session desk = shop.b.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    const auto journal = Journal::count(db);
    CHECK(codeOf([&] { ParkedSales::recall(desk, id); }) == ErrorCode::Conflict);
    CHECK(fieldOf([&] { ParkedSales::recall(desk, id); }) == QStringLiteral("parked_sale"));
    CHECK(messageOf([&] { ParkedSales::recall(desk, id); }).contains(QStringLiteral("Olivia")));
    CHECK(codeOf([&] { ParkedSales::recall(shop.owner, id + 1); }) == ErrorCode::NotFound);
    CHECK(fieldOf([&] { ParkedSales::recall(shop.owner, id + 1); }) ==
          QStringLiteral("parked_sale"));
    CHECK(Journal::count(db) == journal);
    CHECK(scalar(db, "SELECT recalled_ms FROM parked_sale") == recalledAt);
    CHECK(scalar(db, "SELECT recalled_by FROM parked_sale") == shop.owner.user().id);

    CHECK(countRows(db, "parked_sale") == rows);
    CHECK_THROWS_AS(db.exec("DELETE FROM parked_sale"), Error);
    CHECK_THROWS_AS(db.exec("UPDATE parked_sale SET recalled_ms = NULL"), Error);
    CHECK(countRows(db, "parked_sale") == rows);
}

TEST_CASE("a cart the till would not ring up is not parked, and nothing is written",
          "[till][park]") {
    Shop shop;
    Database& db = shop.b.db();
    const auto journal = Journal::count(db);
    const SaleLineInput coffee = shop.line(QStringLiteral("C1"));
    const auto refuse = [&](const std::vector<SaleLineInput>& lines, const QString& label = {}) {
        return fieldOf([&] { ParkedSales::park(shop.owner, K1, lines, {}, label); });
    };
    CHECK(refuse({}) == QStringLiteral("line"));
    SaleLineInput zero = coffee;
    zero.quantityMilli = 0;
    CHECK(refuse({coffee, zero}) == QStringLiteral("line"));
    SaleLineInput euro = coffee;
    euro.unitPrice = Money(3200, Currency::fromCode(QStringLiteral("EUR")));
    CHECK(refuse({euro}) == QStringLiteral("line"));
    SaleLineInput third = coffee;
    third.discount = Rate::fromRational(1, 3);  // 33.333…%: no exact percent string
    CHECK(refuse({third}) == QStringLiteral("line"));
    CHECK(refuse({coffee}, QString(81, QLatin1Char('x'))) == QStringLiteral("label"));
    CHECK(fieldOf([&] { ParkedSales::park(shop.owner, QStringLiteral("K9"), {coffee}, {}, {}); }) ==
          QStringLiteral("till"));
    CHECK(countRows(db, "parked_sale") == 0);
    CHECK(Journal::count(db) == journal);
}

TEST_CASE("parking and recalling need till.sell", "[till][park]") {
    Shop shop;
    Database& db = shop.b.db();
    const Session clerk = withoutTillSell(shop);
    const std::vector<SaleLineInput> cart{shop.line(QStringLiteral("C1"))};
    const auto journal = Journal::count(db);
    CHECK(codeOf([&] { ParkedSales::park(clerk, K1, cart, {}, {}); }) == ErrorCode::Forbidden);
    CHECK(countRows(db, "parked_sale") == 0);

    const auto id = ParkedSales::park(shop.owner, K1, cart, {}, {});
    const auto parked = Journal::count(db);
    CHECK(parked == journal + 1);
    CHECK(codeOf([&] { ParkedSales::recall(clerk, id); }) == ErrorCode::Forbidden);
    CHECK(Journal::count(db) == parked);
    CHECK(ParkedSales::waiting(db, K1).size() == 1);

    // Front desk sells, so it parks and recalls.
    const Session desk = shop.b.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    CHECK(ParkedSales::recall(desk, id).lines.size() == 1);
    CHECK(ParkedSales::park(desk, K1, cart, {}, {}) > id);
}

TEST_CASE("a damaged cart is refused with a clear error and stays parked", "[till][park]") {
    Shop shop;
    Database& db = shop.b.db();
    const auto id = ParkedSales::park(shop.owner, K1, {shop.line(QStringLiteral("C1"))},
                                      {0, 0, QStringLiteral("Walk-in")}, {});
    const QString good = text(db, "SELECT cart FROM parked_sale");
    const auto journal = Journal::count(db);
    const char* const damage[] = {
        "UPDATE parked_sale SET cart = '[]'",
        "UPDATE parked_sale SET cart = '{\"format\": 1}'",
        "UPDATE parked_sale SET cart = json_set(cart, '$.format', 2)",
        "UPDATE parked_sale SET cart = json_set(cart, '$.lines', json('[]'))",
        "UPDATE parked_sale SET cart = json_set(cart, '$.lines[0].quantity_milli', 1.5)",
        "UPDATE parked_sale SET cart = json_set(cart, '$.lines[0].quantity_milli', 0)",
        "UPDATE parked_sale SET cart = json_set(cart, '$.lines[0].text', 7)",
        "UPDATE parked_sale SET cart = json_remove(cart, '$.lines[0].card_number')",
        "UPDATE parked_sale SET cart = json_set(cart, '$.lines[0].unit_price.currency', 'XYZ')",
        "UPDATE parked_sale SET cart = json_set(cart, '$.lines[0].unit_price', 3200)",
        "UPDATE parked_sale SET cart = json_set(cart, '$.lines[0].vat_rate', 'lots')",
        "UPDATE parked_sale SET cart = json_set(cart, '$.lines[0]', 'coffee')",
        "UPDATE parked_sale SET cart = json_remove(cart, '$.party')",
        "UPDATE parked_sale SET cart = json_set(cart, '$.party.debtor_id', '12')",
    };
    for (const char* sql : damage) {
        INFO(sql);
        db.prepare("UPDATE parked_sale SET cart = ?1").bind(1, good).run();
        db.exec(sql);
        CHECK(codeOf([&] { ParkedSales::recall(shop.owner, id); }) == ErrorCode::Storage);
        CHECK(fieldOf([&] { ParkedSales::recall(shop.owner, id); }) ==
              QStringLiteral("parked_sale"));
        CHECK(messageOf([&] {
                  ParkedSales::recall(shop.owner, id);
              }).contains(QStringLiteral("damaged")));
        CHECK(ParkedSales::waiting(db, K1).size() == 1);  // still listed, still waiting
    }
    CHECK(Journal::count(db) == journal);
    CHECK(scalar(db, "SELECT count(*) FROM parked_sale WHERE recalled_ms IS NULL") == 1);
    db.prepare("UPDATE parked_sale SET cart = ?1").bind(1, good).run();
    CHECK(ParkedSales::recall(shop.owner, id).party.name == QStringLiteral("Walk-in"));
}
