#include "tests/cli/bookableshop.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

// Cabins H4 (895.00 a night) and one customer without email; the CLI clock
// stands at 2026-11-23.
struct BillingShop : Shop {
    qint64 anna = 0;

    BillingShop() {
        {
            const ShopOwner o(*this);
            addBookableProduct(o.session, "H4", "Hytte", ProductKind::Accommodation, "Hytter",
                               "895.00", 2, "Hytte");
        }
        auto r =
            run(words({"customer", "add", "--name", "Anna Østergaard", "--no-email", "--address",
                       "Strandvejen 4", "--postcode", "9990", "--city", "Skagen", "--phone", "-"}));
        REQUIRE(r.exitCode == 0);
        anna = r.json()[s("id")].toInteger();
    }
    qint64 booking(const QStringList& options) {
        auto r = run(QStringList{s("booking"), s("create"), s("--customer"), num(anna)} + options);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const qint64 id = r.json()[s("id")].toInteger();
        r = run(words({"booking", "row", "add", "--booking"}) +
                QStringList{num(id), s("--product"), s("H4"), s("--arrival"), s("2026-12-01"),
                            s("--departure"), s("2026-12-03")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return id;
    }
    QJsonArray items(const QStringList& args) {
        auto r = run(QStringList{s("booking"), s("run-billing")} + args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json()[s("items")].toArray();
    }
};

QJsonObject itemOf(const QJsonArray& items, qint64 booking, const char* action) {
    for (const auto& v : items)
        if (v[s("booking")].toInteger() == booking && v[s("action")].toString() == s(action))
            return v.toObject();
    return {};
}

}  // namespace

TEST_CASE("booking run-billing previews, invoices, then cancels the unpaid", "[cli][billing-run]") {
    BillingShop shop;
    const qint64 strict = shop.booking(words({"--deposit-due", "2026-11-25", "--final-due",
                                              "2026-11-30", "--cancel-on-missing-payment"}));
    const qint64 plain = shop.booking({});

    // A dry run lists both invoices and writes nothing.
    const QJsonArray preview = shop.items({s("--dry-run")});
    CHECK(itemOf(preview, strict, "invoice")[s("send")].toBool());
    CHECK_FALSE(itemOf(preview, plain, "invoice").isEmpty());
    CHECK(shop.invoiceCount() == 0);

    const QJsonArray done = shop.items({});
    const QJsonObject invoiced = itemOf(done, strict, "invoice");
    CHECK(invoiced[s("invoice")].toInteger() > 0);
    // Anna has no email: the invoice stands, the mail is not sent.
    CHECK(invoiced[s("note")].toString().contains(s("Not emailed")));
    CHECK(shop.invoiceCount() == 2);
    CHECK(shop.items({}).isEmpty());

    // After the deposit's due date the strict booking is cancelled.
    const QJsonArray later = shop.items({s("--date"), s("2026-11-26")});
    const QJsonObject cancelled = itemOf(later, strict, "cancel");
    REQUIRE_FALSE(cancelled.isEmpty());
    CHECK_FALSE(cancelled[s("refused")].toBool());
    auto show = shop.run({s("booking"), s("show"), num(strict)});
    const QJsonArray rows = show.json()[s("rows")].toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0][s("status")].toString() == s("cancelled"));
    // The plain booking is only due for a reminder after its invoice's due date.
    CHECK(itemOf(later, plain, "cancel").isEmpty());

    // Text output and a bad date.
    auto text = runCli({s("--db"), shop.file, s("--user"), s("owner"), s("booking"),
                        s("run-billing"), s("--dry-run")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(s("Nothing to do on 2026-11-23.")));
    auto bad = shop.run(words({"booking", "run-billing", "--date", "2026-02-30"}));
    CHECK(bad.exitCode != 0);
    // The flags show on the booking.
    auto header = shop.run({s("booking"), s("show"), num(strict)});
    CHECK(header.json()[s("cancel_on_missing_payment")].toBool());
    auto both = shop.run(words({"booking", "edit"}) +
                         QStringList{num(plain), s("--invoice"), s("--no-invoice")});
    CHECK(both.exitCode != 0);
    CHECK(Shop::errorField(both) == s("invoice"));
}
