#include "core/money/money.h"
#include "tests/cli/tillshop.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

QString u8(const char* text) {
    return QString::fromUtf8(text);
}

std::int64_t minorOf(const QJsonValue& amount) {
    return Money::fromDecimalString(amount.toString(), Currency::fromCode(QStringLiteral("DKK")))
        .minor();
}

// A café with till K1 open (float 500.00): sales are dated 2026-11-23, the
// CLI's fixed day.
struct AccountingShop : Shop {
    AccountingShop() {
        addCafeProducts(*this);
        ok(words({"till", "create", "K1", "--name", "Reception"}));
        ok(words({"till", "shift", "open", "--till", "K1", "--float", "500"}));
    }
    QJsonDocument ok(const QStringList& a) {
        const CliResult r = run(a);
        INFO(a.join(u8(" ")).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json();
    }
    // 82.75: 2 coffees and a bun, in cash.
    void cashSale() {
        ok(words({"till", "sale", "--till", "K1", "--line", "C1|2", "--line", "C2|1", "--tender",
                  "cash|100"}));
    }
    // 32.00 by card, terminal reference `terminalRef`.
    void cardSale(const char* terminalRef = "TERM-4711") {
        ok(words({"till", "sale", "--till", "K1", "--line", "C1|1", "--tender"}) +
           QStringList{u8("card|32.00|") + u8(terminalRef)});
    }
    QJsonArray vouchers(const QStringList& extra = {}) {
        return ok(words({"accounting", "vouchers", "--from", "2026-11-01", "--to", "2026-11-30"}) +
                  extra)
            .array();
    }
    QString write(const char* name, const QByteArray& content) {
        const QString path = dir.path(u8(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }
};

}  // namespace

TEST_CASE("accounting vouchers: every posted sale and invoice as a balanced voucher",
          "[cli][accounting-cli]") {
    AccountingShop shop;
    shop.cashSale();
    shop.cardSale();
    shop.ok(words({"debtor", "add", "--name", "Jens Hansen"}));
    shop.ok(words({"invoice", "create", "--debtor", "1", "--date", "2026-11-02", "--line",
                   "Hytte|1|895.00|25", "--post"}));

    shop.ok(words(
        {"payment", "register", "--debtor", "1", "--amount", "895.00", "--date", "2026-11-10"}));

    const QJsonArray all = shop.vouchers({u8("--lines")});
    REQUIRE(all.size() >= 4);
    bool invoice = false;
    for (const QJsonValue& v : all) {
        INFO(QJsonDocument(v.toObject()).toJson().toStdString());
        const QJsonArray lines = v[u8("lines")].toArray();
        REQUIRE(!lines.isEmpty());
        std::int64_t debit = 0, credit = 0;
        for (const QJsonValue& l : lines) {
            debit += minorOf(l[u8("debit")]);
            credit += minorOf(l[u8("credit")]);
            CHECK(!l[u8("account")].toString().isEmpty());  // the default mapping has them all
        }
        CHECK(debit == credit);
        CHECK(debit == minorOf(v[u8("amount")]));
        CHECK(v[u8("state")].toString() == u8("pending"));  // no automatic transfer set up
        if (v[u8("document")].toString().contains(u8("1")) &&
            v[u8("category")].toString() == u8("sale") && minorOf(v[u8("amount")]) == 89500)
            invoice = true;
    }
    CHECK(invoice);

    // Without --lines the lines are left out; generating again makes nothing new.
    const QJsonArray plain = shop.vouchers();
    CHECK(plain.size() == all.size());
    CHECK(!plain[0].toObject().contains(u8("lines")));
    CHECK(shop.vouchers({u8("--category"), u8("sale")}).size() == all.size() - 1);
    const QJsonArray payments = shop.vouchers({u8("--category"), u8("payment")});
    REQUIRE(payments.size() == 1);
    CHECK(payments[0][u8("amount")].toString() == u8("895.00"));
    CHECK(shop.vouchers({u8("--state"), u8("transferred")}).isEmpty());

    CliResult r = shop.run(words({"accounting", "vouchers", "--state", "done"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == u8("state"));
    r = shop.run(words({"accounting", "vouchers", "--from", "2026-11-30", "--to", "2026-11-01"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == u8("to"));

    // show: one voucher with its lines; text output names it and lines up.
    const QJsonObject first = shop.ok(words({"accounting", "show", "1"})).object();
    CHECK(first[u8("number")].toInt() == 1);
    CHECK(!first[u8("lines")].toArray().isEmpty());
    CHECK(first[u8("balanced")].toBool());
    r = shop.run(words({"accounting", "show", "999"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == u8("number"));
    r = runCli(QStringList{u8("--db"), shop.file} + words({"accounting", "show", "1"}));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u8("Voucher 1")));
    CHECK(r.out.contains(u8("Total")));
}

TEST_CASE("accounting transfer sends the vouchers to the test program, with references",
          "[cli][accounting-cli]") {
    AccountingShop shop;
    shop.cashSale();
    // Without a target nothing can be sent.
    CliResult r = shop.run(words({"accounting", "transfer"}));
    CHECK(r.exitCode == 1);

    QJsonObject s =
        shop.ok(words({"accounting", "settings", "--target", "test", "--auto-from", "2026-01-01"}))
            .object();
    CHECK(s[u8("target")].toString() == u8("test"));
    CHECK(s[u8("auto_transfer")].toBool());
    CHECK(s[u8("auto_from")].toString() == u8("2026-01-01"));
    r = shop.run(words({"accounting", "settings", "--auto-from", "2026-02-30"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == u8("auto_from"));
    r = shop.run(words({"accounting", "settings", "--target", "ftp"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == u8("target"));

    shop.cardSale();
    const QJsonObject run = shop.ok(words({"accounting", "transfer"})).object();
    CHECK(run[u8("transferred")].toInt() > 0);
    CHECK(run[u8("failed")].toInt() == 0);
    CHECK(run[u8("failed_total")].toInt() == 0);
    CHECK_FALSE(run[u8("stopped")].toBool());
    const QJsonArray sent = shop.vouchers({u8("--state"), u8("transferred")});
    CHECK(sent.size() == run[u8("transferred")].toInt());
    for (const QJsonValue& v : sent) {
        CHECK(!v[u8("reference")].toString().isEmpty());
        CHECK(v[u8("target")].toString() == u8("test"));
    }
    // Nothing is left to send, and nothing is sent twice.
    CHECK(shop.ok(words({"accounting", "transfer"})).object()[u8("transferred")].toInt() == 0);

    r = runCli(QStringList{u8("--db"), shop.file, u8("--user"), u8("owner")} +
               words({"accounting", "vouchers", "--state", "transferred"}));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(sent[0][u8("reference")].toString()));
}

TEST_CASE("accounting transfer --mark-from/--mark-to sends history from before automatic transfer",
          "[cli][accounting-cli]") {
    AccountingShop shop;
    shop.cashSale();
    shop.ok(words({"accounting", "settings", "--target", "test", "--auto-from", "2026-12-01"}));
    // The sale is dated before automatic transfer starts: it waits.
    CHECK(shop.ok(words({"accounting", "transfer"})).object()[u8("transferred")].toInt() == 0);
    const int pending = int(shop.vouchers({u8("--state"), u8("pending")}).size());
    REQUIRE(pending > 0);

    CliResult r = shop.run(words({"accounting", "transfer", "--mark-from", "2026-11-01"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == u8("mark_to"));
    const QJsonObject run = shop.ok(words({"accounting", "transfer", "--mark-from", "2026-11-01",
                                           "--mark-to", "2026-11-30"}))
                                .object();
    CHECK(run[u8("marked")].toInt() == pending);
    CHECK(run[u8("transferred")].toInt() == pending);
    CHECK(shop.vouchers({u8("--state"), u8("pending")}).isEmpty());
}

TEST_CASE("accounting export writes a whole file, or none for a reversed period",
          "[cli][accounting-cli]") {
    AccountingShop shop;
    shop.cashSale();
    const QString bad = shop.dir.path(u8("bad.se"));
    CliResult r =
        shop.run(QStringList{u8("accounting"), u8("export"), u8("sie4"), u8("--from"),
                             u8("2026-03-01"), u8("--to"), u8("2026-02-01"), u8("-o"), bad});
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == u8("to"));
    CHECK_FALSE(QFile::exists(bad));
    r = shop.run(QStringList{u8("accounting"), u8("export"), u8("xls"), u8("--from"),
                             u8("2026-11-01"), u8("--to"), u8("2026-11-30"), u8("-o"), bad});
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == u8("format"));
    CHECK(shop.run(words({"accounting", "export", "sie4", "--from", "2026-11-01", "--to",
                          "2026-11-30"}))
              .exitCode == 2);  // no -o

    const QString good = shop.dir.path(u8("nov.se"));
    const QJsonObject out =
        shop.ok(QStringList{u8("accounting"), u8("export"), u8("sie4"), u8("--from"),
                            u8("2026-11-01"), u8("--to"), u8("2026-11-30"), u8("-o"), good})
            .object();
    CHECK(out[u8("vouchers")].toInt() > 0);
    QFile f(good);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("#FLAGGA"));
}

TEST_CASE("accounting mapping: a missing account fails the voucher until mapped and restarted",
          "[cli][accounting-cli]") {
    AccountingShop shop;
    shop.cashSale();
    shop.vouchers();  // the first use installs the country's chart and mapping
    QJsonArray chart = shop.ok(words({"accounting", "accounts"})).array();
    CHECK(chart.size() > 5);

    auto accountOf = [&](const char* role, const char* qualifier) {
        for (const QJsonValue& e : shop.ok(words({"accounting", "mapping", "show"})).array())
            if (e[u8("role")].toString() == u8(role) &&
                e[u8("qualifier")].toString() == u8(qualifier))
                return e[u8("account")].toString(u8("not mapped"));
        return u8("absent");
    };
    CHECK(accountOf("payment", "cash") == u8("5700"));
    shop.ok(words({"accounting", "mapping", "set", "payment", "swish", "5740"}));
    CHECK(accountOf("payment", "swish") == u8("5740"));
    CliResult r = shop.run(words({"accounting", "mapping", "set", "payment", "swish", "0000"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == u8("account"));
    CHECK(accountOf("payment", "swish") == u8("5740"));

    // Card payments have no account now: the card sale's voucher fails with the reason.
    shop.ok(QStringList{u8("accounting"), u8("mapping"), u8("set"), u8("payment"), u8("card"),
                        QString()});
    shop.ok(words({"accounting", "settings", "--target", "test", "--auto-from", "2026-01-01"}));
    shop.cardSale();
    CHECK(accountOf("payment", "card") == u8("not mapped"));
    QJsonObject run = shop.ok(words({"accounting", "transfer"})).object();
    CHECK(run[u8("failed_total")].toInt() == 1);
    const QJsonArray failed = shop.vouchers({u8("--state"), u8("failed")});
    REQUIRE(failed.size() == 1);
    CHECK(failed[0][u8("fail_kind")].toString() == u8("mapping"));
    CHECK(failed[0][u8("reason")].toString().contains(u8("card")));

    // Restarted while still unmapped, it fails again with the same reason.
    const QString number = QString::number(failed[0][u8("number")].toInt());
    const QJsonObject again =
        shop.ok(QStringList{u8("accounting"), u8("restart"), number}).object();
    CHECK(again[u8("restarted")].toInt() == 0);
    CHECK(again[u8("vouchers")][0][u8("state")].toString() == u8("failed"));
    CHECK(shop.run(words({"accounting", "restart", "x"})).exitCode == 1);

    shop.ok(words({"accounting", "mapping", "set", "payment", "card", "5730"}));
    run = shop.ok(words({"accounting", "transfer", "--restart-failed"})).object();
    CHECK(run[u8("restarted")].toInt() == 1);
    CHECK(run[u8("transferred")].toInt() >= 1);
    CHECK(shop.vouchers({u8("--state"), u8("failed")}).isEmpty());
    // The cash sale's voucher was made before automatic transfer was on: it waits.
    CHECK(shop.vouchers({u8("--state"), u8("transferred")}).size() == 1);
    CHECK(shop.vouchers({u8("--state"), u8("pending")}).size() == 1);
}

TEST_CASE("accounting payouts import reports what each payout settles and what it does not",
          "[cli][accounting-cli]") {
    AccountingShop shop;
    shop.cardSale("TERM-4711");
    const QString csv = shop.write(
        "payout.csv",
        "payout_id;payout_date;currency;type;reference;transaction_date;amount;fee;text\n"
        "P-100;2026-11-25;DKK;transaction;TERM-4711;2026-11-23;32.00;0.40;\n"
        "P-100;2026-11-25;DKK;transaction;TERM-9999;2026-11-23;50.00;0.60;\n"
        "P-100;2026-11-25;DKK;fee;;;;5.00;Monthly fee\n");
    const QJsonObject r =
        shop.ok(QStringList{u8("accounting"), u8("payouts"), u8("import"), csv}).object();
    REQUIRE(r[u8("imported")].toArray().size() == 1);
    const QJsonObject payout = r[u8("imported")].toArray()[0].toObject();
    CHECK(payout[u8("gross")].toString() == u8("82.00"));
    CHECK(payout[u8("fee")].toString() == u8("6.00"));
    CHECK(payout[u8("net")].toString() == u8("76.00"));
    CHECK(r[u8("unmatched")].toInt() == 1);
    const QJsonArray unmatched = payout[u8("unmatched_lines")].toArray();
    REQUIRE(unmatched.size() == 1);
    CHECK(unmatched[0][u8("reference")].toString() == u8("TERM-9999"));

    // Again: already imported, nothing new.
    const QJsonObject again =
        shop.ok(QStringList{u8("accounting"), u8("payouts"), u8("import"), csv}).object();
    CHECK(again[u8("imported")].toArray().isEmpty());
    CHECK(again[u8("already_imported")].toArray() == QJsonArray{u8("P-100")});

    const QJsonArray list = shop.ok(words({"accounting", "payouts", "list"})).array();
    REQUIRE(list.size() == 1);
    CHECK(list[0][u8("unmatched")].toInt() == 1);
    CliResult text =
        runCli(QStringList{u8("--db"), shop.file} + words({"accounting", "payouts", "list"}));
    CHECK(text.out.contains(u8("TERM-9999")));
}

TEST_CASE("accounting balance names the four differences and prints a PDF",
          "[cli][accounting-cli]") {
    AccountingShop shop;
    shop.cashSale();
    shop.cardSale();
    shop.vouchers();
    const QString pdf = shop.dir.path(u8("balance.pdf"));
    const QJsonObject b =
        shop.ok(QStringList{u8("accounting"), u8("balance"), u8("--from"), u8("2026-11-01"),
                            u8("--to"), u8("2026-11-30"), u8("--pdf"), pdf})
            .object();
    const QJsonArray differences = b[u8("differences")].toArray();
    QStringList kinds;
    for (const QJsonValue& d : differences)
        kinds << d[u8("kind")].toString();
    CHECK(kinds == QStringList{u8("orders_without_payment"), u8("payments_without_order"),
                               u8("unmatched_payouts"), u8("vouchers_not_transferred")});
    // Nothing is transferred yet: both sales' vouchers are a difference.
    CHECK(differences[3][u8("count")].toInt() >= 2);
    CHECK(b[u8("sold")].toString() == u8("114.75"));
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");

    CliResult r =
        shop.run(words({"accounting", "balance", "--from", "2026-11-30", "--to", "2026-11-01"}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == u8("to"));
}
