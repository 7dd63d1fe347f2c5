#include "tests/cli/bookableshop.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

// A shop with bookable products, made through the core as there is no
// product command yet: cabins H4 (895.00 a night, two units), canoes KANO
// (150.00 an hour, three) and boat berths PLADS (two, rented by the month).
// The manager "mgr" and the front-desk user "desk" have the PIN 9876.
struct BookingShop : Shop {
    qint64 cabin = 0;
    qint64 canoe = 0;
    qint64 berth = 0;

    BookingShop() {
        {
            const ShopOwner owner(*this);
            cabin = addBookableProduct(owner.session, "H4", "Hytte", ProductKind::Accommodation,
                                       "Hytter", "895.00", 2, "Hytte");
            canoe = addBookableProduct(owner.session, "KANO", "Kano", ProductKind::Rental,
                                       "Kano og cykel", "150.00", 3, "Kano");
            berth = addBookableProduct(owner.session, "PLADS", "Bådplads",
                                       ProductKind::Accommodation, "Havn", "100.00", 2, "Plads");
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
    qint64 customer(const char* name) {
        auto r =
            run(words({"customer", "add", "--name", name, "--no-email", "--address", "Havnevej 1",
                       "--postcode", "9990", "--city", "Skagen", "--phone", "-"}));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json()[s("id")].toInteger();
    }
    qint64 booking(const QStringList& options) {
        auto r = run(words({"booking", "create"}) + options);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json()[s("id")].toInteger();
    }
    QJsonObject addRow(qint64 bookingId, const QStringList& options) {
        auto r = run(QStringList{s("booking"), s("row"), s("add"), s("--booking"), num(bookingId)} +
                     options);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json().object();
    }
    QJsonObject show(qint64 bookingId) {
        auto r = run({s("booking"), s("show"), num(bookingId)});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json().object();
    }
    int rowCount(qint64 bookingId) { return int(show(bookingId)[s("rows")].toArray().size()); }
    std::vector<int> free(const char* product, const char* from, const char* to) {
        auto r = run(words({"availability", "--product", product, "--from", from, "--to", to}));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        std::vector<int> result;
        for (const QJsonValue& d : r.json()[s("days")].toArray())
            result.push_back(d[s("free")].toInt());
        return result;
    }
};

QString errorCode(const CliResult& r) {
    return r.errorJson().object()[s("error")][s("code")].toString();
}

QStringList rowArgs(qint64 bookingId, std::initializer_list<const char*> options) {
    return QStringList{s("booking"), s("row"), s("add"), s("--booking"), num(bookingId)} +
           words(options);
}

}  // namespace

TEST_CASE("booking create, rows with prices and guests, show", "[cli][booking]") {
    BookingShop shop;
    const qint64 anna = shop.customer("Anna Østergaard");
    auto r = shop.run(QStringList{s("booking"), s("create"), s("--customer"), num(anna),
                                  s("--purpose"), s("holiday")});
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == s("purpose"));
    r = shop.run(words({"booking", "create", "--customer", "999"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == s("customer"));
    r = shop.run(words({"booking", "create", "--final-due", "2026-02-30"}));
    CHECK(Shop::errorField(r) == s("final_due"));

    const qint64 b = shop.booking({s("--customer"), num(anna), s("--purpose"), s("group"),
                                   s("--comment"), s("Sen ankomst"), s("--source"), s("phone"),
                                   s("--final-due"), s("2026-11-30")});

    // The price table's price (no rules: the list price per night).
    QJsonObject row =
        shop.addRow(b, words({"--product", "H4", "--arrival", "2026-12-01", "--departure",
                              "2026-12-04", "--guests", "adult:2,child:1"}));
    const qint64 cabinRow = row[s("id")].toInteger();
    CHECK(row[s("price")].toString() == s("2685.00"));
    CHECK(row[s("offered")].toString() == s("2685.00"));
    CHECK(row[s("manual")].toBool() == false);
    CHECK(row[s("status")].toString() == s("reservation"));
    CHECK(row[s("resource")][s("name")].toString() == s("Hytte 1"));
    CHECK(row[s("booking_total")].toString() == s("2685.00"));

    // --product takes the ID too; --price overrides the offered price.
    row =
        shop.addRow(b, QStringList{s("--product"), num(shop.cabin), s("--arrival"), s("2026-12-01"),
                                   s("--departure"), s("2026-12-04"), s("--price"), s("2000.00"),
                                   s("--text"), s("Hytte 2 (rabat)")});
    const qint64 manualRow = row[s("id")].toInteger();
    CHECK(row[s("price")].toString() == s("2000.00"));
    CHECK(row[s("offered")].toString() == s("2685.00"));
    CHECK(row[s("manual")].toBool() == true);
    CHECK(row[s("resource")][s("name")].toString() == s("Hytte 2"));

    // A canoe by the hour, under the first cabin row.
    row = shop.addRow(b, QStringList{s("--product"), s("KANO"), s("--arrival"),
                                     s("2026-12-02T10:00"), s("--departure"), s("2026-12-02T13:00"),
                                     s("--guests"), s("adult:2"), s("--parent"), num(cabinRow)});
    const qint64 canoeRow = row[s("id")].toInteger();
    CHECK(row[s("price")].toString() == s("450.00"));
    CHECK(row[s("arrival")].toString() == s("2026-12-02T10:00"));
    CHECK(row[s("parent")].toInteger() == cabinRow);

    const QJsonObject shown = shop.show(b);
    CHECK(shown[s("customer")][s("name")].toString() == s("Anna Østergaard"));
    CHECK(shown[s("purpose")].toString() == s("group"));
    CHECK(shown[s("comment")].toString() == s("Sen ankomst"));
    CHECK(shown[s("final_due")].toString() == s("2026-11-30"));
    CHECK(shown[s("booked_by")].toString() == s("owner"));
    CHECK(shown[s("total")].toString() == s("5135.00"));
    CHECK(shown[s("paid")].toString() == s("0.00"));
    CHECK(shown[s("invoices")].toArray().isEmpty());
    const QJsonArray rows = shown[s("rows")].toArray();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0][s("id")].toInteger() == cabinRow);
    CHECK(rows[0][s("product")][s("number")].toString() == s("H4"));
    CHECK(rows[0][s("product")][s("name")].toString() == s("Hytte"));
    CHECK(rows[0][s("guests")][s("adult")].toInt() == 2);
    CHECK(rows[0][s("guests")][s("child")].toInt() == 1);
    CHECK(rows[0][s("arrival")].toString() == s("2026-12-01"));
    CHECK(rows[0][s("departure")].toString() == s("2026-12-04"));
    CHECK(rows[0][s("invoiced")].toBool() == false);
    CHECK(rows[1][s("id")].toInteger() == manualRow);
    CHECK(rows[1][s("invoice_text")].toString() == s("Hytte 2 (rabat)"));
    CHECK(rows[2][s("id")].toInteger() == canoeRow);
    CHECK(rows[2][s("product")][s("kind")].toString() == s("rental"));

    // Editing the header keeps what is not given.
    r = shop.run(
        {s("booking"), s("edit"), num(b), s("--note"), s("VIP"), s("--purpose"), s("leisure")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[s("note")].toString() == s("VIP"));
    CHECK(r.json()[s("purpose")].toString() == s("leisure"));
    CHECK(r.json()[s("comment")].toString() == s("Sen ankomst"));
    CHECK(r.json()[s("source")].toString() == s("phone"));
    CHECK(r.json()[s("customer")][s("id")].toInteger() == anna);

    r = runCli({s("--db"), shop.file, s("booking"), s("show"), num(b)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(s("Anna Østergaard")));
    CHECK(r.out.contains(s("Hytte 2 (rabat)")));
    CHECK(r.out.contains(s("2026-12-02T10:00")));
    CHECK(r.out.contains(s("manual price")));
    CHECK(r.out.contains(s("5135.00")));

    // Editing keeps what is not given; --offered-price drops the manual price.
    r = shop.run(QStringList{s("booking"), s("row"), s("edit"), num(manualRow), s("--departure"),
                             s("2026-12-03"), s("--offered-price")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[s("price")].toString() == s("1790.00"));
    CHECK(r.json()[s("manual")].toBool() == false);
    CHECK(r.json()[s("arrival")].toString() == s("2026-12-01"));
    CHECK(r.json()[s("invoice_text")].toString() == s("Hytte 2 (rabat)"));
    CHECK(r.json()[s("resource")][s("name")].toString() == s("Hytte 2"));
    r = shop.run(
        QStringList{s("booking"), s("row"), s("edit"), num(manualRow), s("--quantity"), s("0")});
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == s("quantity"));
    CHECK(shop.show(b)[s("rows")].toArray()[1][s("quantity")].toInt() == 1);
}

TEST_CASE("booking overbooking, waitlist, availability and schedule", "[cli][booking]") {
    BookingShop shop;
    const qint64 anna = shop.customer("Anna Østergaard");
    const qint64 bo = shop.customer("Bo Jensen");
    const qint64 b1 = shop.booking({s("--customer"), num(anna)});
    const qint64 b2 = shop.booking({s("--customer"), num(bo)});
    CHECK(shop.free("H4", "2026-11-30", "2026-12-04") == std::vector<int>{2, 2, 2, 2, 2});

    shop.addRow(b1, words({"--product", "H4", "--arrival", "2026-12-01", "--departure",
                           "2026-12-04", "--quantity", "2"}));
    const qint64 canoeRow =
        shop.addRow(b1, words({"--product", "KANO", "--arrival", "2026-12-02T09:00", "--departure",
                               "2026-12-02T11:30"}))[s("id")]
            .toInteger();
    // The departure day is free again.
    CHECK(shop.free("H4", "2026-11-30", "2026-12-04") == std::vector<int>{2, 0, 0, 0, 2});
    CHECK(shop.free("KANO", "2026-12-02", "2026-12-02") == std::vector<int>{2});

    // Full: refused, and a front-desk user may not overbook.
    const QStringList extra =
        rowArgs(b2, {"--product", "H4", "--arrival", "2026-12-02", "--departure", "2026-12-03"});
    auto r = shop.run(extra);
    CHECK(r.exitCode == 1);
    CHECK(errorCode(r) == s("conflict"));
    CHECK(Shop::errorField(r) == s("quantity"));
    r = shop.as("desk", extra + words({"--overbook"}));
    CHECK(r.exitCode == 1);
    CHECK(errorCode(r) == s("forbidden"));
    CHECK(shop.rowCount(b2) == 0);

    // A manager may, and the row says so.
    r = shop.as("mgr", extra + words({"--overbook"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const qint64 overRow = r.json()[s("id")].toInteger();
    CHECK(r.json()[s("overbooked")].toBool() == true);
    CHECK(shop.free("H4", "2026-12-01", "2026-12-03") == std::vector<int>{0, -1, 0});
    r = runCli({s("--db"), shop.file, s("availability"), s("--product"), s("H4"), s("--from"),
                s("2026-12-01"), s("--to"), s("2026-12-02")});
    CHECK(r.out.contains(s("2026-12-02     -1")));

    // A waitlist row is taken when full, and is not overbooked.
    r = shop.as("desk", extra + words({"--status", "waitlist"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[s("status")].toString() == s("waitlist"));
    CHECK(r.json()[s("overbooked")].toBool() == false);
    CHECK(shop.rowCount(b2) == 2);
    // Waiting rows cost nothing yet.
    CHECK(shop.show(b2)[s("total")].toString() == s("895.00"));

    // The schedule lists the rows on their units.
    r = shop.run(words({"schedule", "--from", "2026-12-01", "--to", "2026-12-03"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    std::map<qint64, QString> customerOfRow;
    for (const QJsonValue& res : r.json()[s("resources")].toArray())
        for (const QJsonValue& blk : res[s("bookings")].toArray())
            customerOfRow[blk[s("row")].toInteger()] = blk[s("customer")].toString();
    CHECK(customerOfRow[canoeRow] == s("Anna Østergaard"));
    CHECK(customerOfRow[overRow] == s("Bo Jensen"));
    r = shop.run(
        words({"schedule", "--from", "2026-12-01", "--to", "2026-12-03", "--category", "Hytter"}));
    REQUIRE(r.exitCode == 0);
    for (const QJsonValue& res : r.json()[s("resources")].toArray())
        CHECK(res[s("category")].toString() == s("Hytter"));
    bool canoeListed = false;
    for (const QJsonValue& res : r.json()[s("resources")].toArray())
        for (const QJsonValue& blk : res[s("bookings")].toArray())
            canoeListed = canoeListed || blk[s("row")].toInteger() == canoeRow;
    CHECK_FALSE(canoeListed);
    // The departure day is not part of the stay.
    r = shop.run(
        words({"schedule", "--from", "2026-12-04", "--to", "2026-12-04", "--category", "Hytter"}));
    CHECK(r.json()[s("resources")].toArray().isEmpty());
    r = runCli({s("--db"), shop.file, s("schedule"), s("--from"), s("2026-12-02"), s("--to"),
                s("2026-12-02")});
    CHECK(r.out.contains(s("Bo Jensen")));
    CHECK(r.out.contains(s("Kano 1")));
    r = shop.run(
        words({"schedule", "--from", "2026-12-01", "--to", "2026-12-03", "--category", "Spa"}));
    CHECK(Shop::errorField(r) == s("category"));
}

TEST_CASE("booking bad input names the field and writes nothing", "[cli][booking]") {
    BookingShop shop;
    const qint64 b = shop.booking({});
    shop.addRow(b,
                words({"--product", "H4", "--arrival", "2026-12-01", "--departure", "2026-12-02"}));
    struct Case {
        QStringList options;
        const char* field;
    };
    const Case cases[] = {
        {words({"--product", "H4", "--arrival", "2026-12-04", "--departure", "2026-12-01"}),
         "departure"},
        {words({"--product", "H4", "--arrival", "2026-12-04", "--departure", "2026-12-04"}),
         "departure"},
        {words({"--product", "H4", "--arrival", "2026-12-01", "--departure", "2026-12-02",
                "--quantity", "0"}),
         "quantity"},
        {words({"--product", "H4", "--arrival", "2026-12-01", "--departure", "2026-12-02",
                "--quantity", "two"}),
         "quantity"},
        {words({"--product", "NOPE", "--arrival", "2026-12-01", "--departure", "2026-12-02"}),
         "product"},
        {words({"--product", "H4", "--arrival", "2026-12-32", "--departure", "2026-12-02"}),
         "arrival"},
        {words({"--product", "H4", "--arrival", "2026-12-01", "--departure", "1.12.2026"}),
         "departure"},
        {words({"--product", "H4", "--arrival", "2026-12-01T14:00", "--departure", "2026-12-02"}),
         "arrival"},
        {words({"--product", "H4", "--arrival", "2026-12-01", "--departure", "2026-12-02",
                "--guests", "adult:x"}),
         "guests"},
        {words({"--product", "H4", "--arrival", "2026-12-01", "--departure", "2026-12-02",
                "--guests", "pets:2"}),
         "guests"},
        {words({"--product", "H4", "--arrival", "2026-12-01", "--departure", "2026-12-02",
                "--price", "12,50"}),
         "price"},
        {words({"--product", "H4", "--arrival", "2026-12-01", "--departure", "2026-12-02",
                "--status", "cancelled"}),
         "status"},
        {words({"--product", "H4", "--arrival", "2026-12-01", "--departure", "2026-12-02",
                "--resource", "999"}),
         "resource"},
    };
    for (const auto& [options, field] : cases) {
        const QStringList args =
            QStringList{s("booking"), s("row"), s("add"), s("--booking"), num(b)} + options;
        INFO(args.join(QLatin1Char(' ')).toStdString());
        auto r = shop.run(args);
        CHECK(r.exitCode == 1);
        CHECK(Shop::errorField(r) == s(field));
        CHECK(r.out.isEmpty());
    }
    CHECK(shop.rowCount(b) == 1);

    // A missing option is a usage error that names it.
    auto r = shop.run(rowArgs(b, {"--arrival", "2026-12-01", "--departure", "2026-12-02"}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(s("--product")));
    r = shop.run(words({"booking", "row", "add", "--product", "H4", "--arrival", "2026-12-01",
                        "--departure", "2026-12-02"}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(s("--booking")));
    r = shop.run(words({"booking", "row", "add", "--booking", "999", "--product", "H4", "--arrival",
                        "2026-12-01", "--departure", "2026-12-02"}));
    CHECK(r.exitCode == 1);
    CHECK(errorCode(r) == s("not_found"));
    CHECK(shop.rowCount(b) == 1);

    r = shop.run(words({"booking", "show", "999"}));
    CHECK(r.exitCode == 1);
    CHECK(errorCode(r) == s("not_found"));
    r = shop.run(words({"booking", "show", "x"}));
    CHECK(Shop::errorField(r) == s("booking"));
    CHECK(shop.run(words({"booking", "frobnicate"})).exitCode == 2);
    r = shop.run(words({"availability", "--product", "H4", "--from", "2026-12-01"}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(s("--to")));
    r = shop.run(
        words({"availability", "--product", "H4", "--from", "2026-12-40", "--to", "2026-12-02"}));
    CHECK(Shop::errorField(r) == s("from"));
    r = shop.run(
        words({"availability", "--product", "H4", "--from", "2026-12-05", "--to", "2026-12-02"}));
    CHECK(Shop::errorField(r) == s("to"));
    r = shop.run(
        words({"availability", "--product", "X9", "--from", "2026-12-01", "--to", "2026-12-02"}));
    CHECK(Shop::errorField(r) == s("product"));
    r = shop.run(words({"schedule", "--from", "2026-12-01", "--to", "2026-13-01"}));
    CHECK(Shop::errorField(r) == s("to"));
}

TEST_CASE("booking invoice, pay in full and copy", "[cli][booking]") {
    BookingShop shop;
    const qint64 anna = shop.customer("Anna Østergaard");
    const qint64 b = shop.booking({s("--customer"), num(anna), s("--final-due"), s("2026-11-30")});
    const qint64 cabinRow = shop.addRow(b, words({"--product", "H4", "--arrival", "2026-12-01",
                                                  "--departure", "2026-12-03"}))[s("id")]
                                .toInteger();
    const qint64 canoeRow =
        shop.addRow(b, words({"--product", "KANO", "--arrival", "2026-12-01T10:00", "--departure",
                              "2026-12-01T12:00"}))[s("id")]
            .toInteger();
    auto r = shop.run({s("booking"), s("copy"), num(b)});
    CHECK(r.exitCode == 1);
    CHECK(errorCode(r) == s("conflict"));

    r = shop.run({s("booking"), s("invoice"), num(b), s("--date"), s("2026-11-31")});
    CHECK(Shop::errorField(r) == s("date"));
    r = shop.run({s("booking"), s("invoice"), num(b)});  // today, from the clock
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const qint64 invoiceNo = r.json()[s("invoice")].toInteger();
    CHECK(invoiceNo > 0);
    CHECK(r.json()[s("total")].toString() == s("2090.00"));
    CHECK(r.json()[s("date")].toString() == s("2026-11-23"));
    CHECK(r.json()[s("due")].toString() == s("2026-11-30"));
    r = shop.run({s("booking"), s("invoice"), num(b)});
    CHECK(r.exitCode == 1);
    CHECK(errorCode(r) == s("conflict"));

    // Bad amounts are refused before anything is written.
    CHECK(shop.run({s("booking"), s("pay"), num(b)}).exitCode == 2);
    for (const char* amount : {"0", "-5.00", "abc", "1.234"}) {
        r = shop.run({s("booking"), s("pay"), num(b), s("--amount"), s(amount)});
        CHECK(r.exitCode == 1);
        CHECK(Shop::errorField(r) == s("amount"));
    }
    CHECK(shop.show(b)[s("payments")].toArray().isEmpty());

    r = shop.as("desk", {s("booking"), s("pay"), num(b), s("--amount"), s("1000.00"), s("--date"),
                         s("2026-11-24"), s("--method"), s("card"), s("--reference"), s("TX-1")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[s("paid")].toString() == s("1000.00"));
    CHECK(r.json()[s("paid_in_full")].toBool() == false);
    CHECK(r.json()[s("rows_final")].toArray().isEmpty());

    r = shop.run({s("booking"), s("pay"), num(b), s("--amount"), s("1090.00"), s("--date"),
                  s("2026-11-25"), s("--comment"), s("Rest")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[s("paid")].toString() == s("2090.00"));
    CHECK(r.json()[s("paid_in_full")].toBool() == true);
    const QJsonArray finals = r.json()[s("rows_final")].toArray();
    REQUIRE(finals.size() == 2);
    CHECK(finals[0].toInteger() == cabinRow);
    CHECK(finals[1].toInteger() == canoeRow);

    const QJsonObject shown = shop.show(b);
    CHECK(shown[s("paid")].toString() == s("2090.00"));
    for (const QJsonValue& row : shown[s("rows")].toArray()) {
        CHECK(row[s("status")].toString() == s("final"));
        CHECK(row[s("settled")].toBool() == true);
        CHECK(row[s("invoice")].toInteger() == invoiceNo);
    }
    REQUIRE(shown[s("invoices")].toArray().size() == 1);
    CHECK(shown[s("invoices")][0][s("number")].toInteger() == invoiceNo);
    CHECK(shown[s("invoices")][0][s("total")].toString() == s("2090.00"));
    REQUIRE(shown[s("payments")].toArray().size() == 2);
    CHECK(shown[s("payments")][0][s("reference")].toString() == s("TX-1"));
    CHECK(shown[s("payments")][0][s("method")].toString() == s("card"));
    CHECK(shown[s("payments")][1][s("amount")].toString() == s("1090.00"));
    CHECK(shown[s("payments")][1][s("method")].toString() == s("bank"));

    // Settled: the copy is a new booking with the same rows as reservations.
    r = shop.run({s("booking"), s("copy"), num(b)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const qint64 copied = r.json()[s("id")].toInteger();
    CHECK(copied != b);
    const QJsonObject copy = shop.show(copied);
    CHECK(copy[s("copied_from")].toInteger() == b);
    CHECK(copy[s("customer")][s("id")].toInteger() == anna);
    const QJsonArray rows = copy[s("rows")].toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0][s("status")].toString() == s("reservation"));
    CHECK(rows[0][s("settled")].toBool() == false);
    CHECK(copy[s("total")].toString() == s("2090.00"));
    CHECK(copy[s("paid")].toString() == s("0.00"));
}

TEST_CASE("booking run-recurring gives each long-term rental its month once", "[cli][booking]") {
    BookingShop shop;
    const qint64 b1 = shop.booking({s("--customer"), num(shop.customer("Anna Østergaard"))});
    const qint64 b2 = shop.booking({s("--customer"), num(shop.customer("Bo Jensen"))});
    shop.addRow(b1,
                words({"--product", "PLADS", "--arrival", "2026-11-01", "--departure", "2026-12-01",
                       "--status", "long_term", "--recurring", "--price", "1500.00"}));
    shop.addRow(b2,
                words({"--product", "PLADS", "--arrival", "2026-10-01", "--departure", "2026-11-01",
                       "--status", "long_term", "--recurring", "--price", "1200.00"}));
    // Not a rental that repeats: left alone.
    shop.addRow(b2,
                words({"--product", "H4", "--arrival", "2026-12-10", "--departure", "2026-12-11"}));

    auto r = shop.run(words({"booking", "run-recurring", "--month", "2026-13"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == s("month"));
    CHECK(shop.run(words({"booking", "run-recurring"})).exitCode == 2);

    r = shop.run(words({"booking", "run-recurring", "--month", "2026-12", "--date", "2026-11-25"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray rows = r.json()[s("rows")].toArray();
    REQUIRE(rows.size() == 2);
    std::map<qint64, QString> priceOfBooking;
    for (const QJsonValue& row : rows) {
        CHECK(row[s("arrival")].toString() == s("2026-12-01"));
        CHECK(row[s("departure")].toString() == s("2027-01-01"));
        CHECK(row[s("status")].toString() == s("long_term"));
        priceOfBooking[row[s("booking")].toInteger()] = row[s("price")].toString();
    }
    CHECK(priceOfBooking[b1] == s("1500.00"));
    CHECK(priceOfBooking[b2] == s("1200.00"));
    CHECK(r.json()[s("invoices")].toArray().size() == 2);
    CHECK(shop.rowCount(b1) == 2);
    CHECK(shop.rowCount(b2) == 3);

    // The same month again creates nothing.
    r = shop.run(words({"booking", "run-recurring", "--month", "2026-12"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[s("rows")].toArray().isEmpty());
    CHECK(r.json()[s("invoices")].toArray().isEmpty());
    CHECK(r.json()[s("skipped_bookings")].toArray().size() == 2);
    CHECK(shop.rowCount(b1) == 2);
    CHECK(shop.rowCount(b2) == 3);
}

TEST_CASE("booking refund checks the account and transfer pays another booking", "[cli][booking]") {
    BookingShop shop;
    const qint64 anna = shop.customer("Anna");
    const qint64 first = shop.booking({s("--customer"), num(anna)});
    shop.addRow(first,
                words({"--product", "H4", "--arrival", "2026-12-01", "--departure", "2026-12-02"}));
    REQUIRE(shop.run({s("booking"), s("invoice"), num(first)}).exitCode == 0);
    REQUIRE(shop.run({s("booking"), s("pay"), num(first), s("--amount"), s("1000.00")}).exitCode ==
            0);
    // Neither or both of --account and --card: refused.
    auto none = shop.run({s("booking"), s("refund"), num(first), s("--amount"), s("10")});
    CHECK(none.exitCode == 1);
    CHECK(none.errorJson().object()[s("error")][s("field")].toString() == s("account"));
    auto badAccount = shop.run({s("booking"), s("refund"), num(first), s("--amount"), s("10"),
                                s("--account"), s("86011117947")});
    CHECK(badAccount.exitCode == 1);
    CHECK(badAccount.errorJson().object()[s("error")][s("field")].toString() == s("account"));
    auto tooMuch =
        shop.run({s("booking"), s("refund"), num(first), s("--amount"), s("105.01"), s("--card")});
    CHECK(tooMuch.exitCode == 1);
    auto back = shop.run({s("booking"), s("refund"), num(first), s("--amount"), s("50.00"),
                          s("--account"), s("5470 0004567891")});
    INFO(back.err.toStdString());
    REQUIRE(back.exitCode == 0);
    CHECK(back.json()[s("refundable")].toString() == s("55.00"));

    const qint64 second = shop.booking({s("--customer"), num(anna)});
    shop.addRow(second, words({"--product", "KANO", "--arrival", "2026-12-02T10:00", "--departure",
                               "2026-12-02T11:00"}));
    auto moved = shop.run({s("booking"), s("transfer"), num(first), s("--to"), num(second),
                           s("--amount"), s("55.00")});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);  // all that was paid and not used
    CHECK(moved.json()[s("to_paid")].toString() == s("55.00"));
    CHECK(moved.json()[s("from_paid")].toString() == s("895.00"));
}
