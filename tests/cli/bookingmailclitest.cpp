#include "core/catalog/bookablecatalog.h"
#include "core/mail/outbox.h"
#include "tests/cli/bookableshop.h"
#include "tests/support/pdftext.h"
#include "tests/support/smtpsink.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

// Cabins H4 (no supplier) and canoes KANO from the canoe hire, made through
// the core as there is no product or supplier command yet; mail goes to a
// local SMTP sink.
struct MailShop : Shop {
    SmtpSink sink;
    qint64 canoeHire = 0;

    MailShop() {
        {
            const ShopOwner o(*this);
            const Session& owner = o.session;
            addBookableProduct(owner, "H4", "Hytte", ProductKind::Accommodation, "Hytter", "895.00",
                               2, "Hytte");
            const qint64 canoe = addBookableProduct(owner, "KANO", "Kano", ProductKind::Rental,
                                                    "Kano", "150.00", 2, "Kano");
            const Supplier hire = BookableCatalog::createSupplier(
                owner, s("Limfjordens Kanoudlejning"), s("kano@limfjord.dk"));
            BookableCatalog::setSupplier(owner, canoe, hire.id);
            canoeHire = hire.id;
        }
        auto r = run(QStringList{s("mail"), s("settings"), s("--host"), s("127.0.0.1"), s("--port"),
                                 num(sink.port()), s("--security"), s("none"), s("--from"),
                                 s("booking@havblik.dk"), s("--retry-delay-ms"), s("0")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    qint64 customer(const QStringList& contact) {
        auto r = run(QStringList{s("customer"), s("add"), s("--name"), s("Anna Østergaard"),
                                 s("--address"), s("Strandvejen 4"), s("--postcode"), s("9990"),
                                 s("--city"), s("Skagen"), s("--phone"), s("-")} +
                     contact);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json()[s("id")].toInteger();
    }
    qint64 booking(qint64 customerId) {
        auto r = run(words({"booking", "create", "--customer"}) +
                     QStringList{num(customerId), s("--comment"), s("Sen ankomst")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const qint64 id = r.json()[s("id")].toInteger();
        for (const QStringList& row :
             {words({"--product", "H4", "--arrival", "2026-12-01", "--departure", "2026-12-03"}),
              words({"--product", "KANO", "--arrival", "2026-12-02T10:00", "--departure",
                     "2026-12-02T12:00", "--guests", "adult:2"})}) {
            r = run(QStringList{s("booking"), s("row"), s("add"), s("--booking"), num(id)} + row);
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
        }
        return id;
    }
    CliResult booking(const char* what, qint64 id, const QStringList& more = {}) {
        return run(QStringList{s("booking"), s(what), num(id)} + more);
    }
};

QString errorCode(const CliResult& r) {
    return r.errorJson().object()[s("error")][s("code")].toString();
}

}  // namespace

TEST_CASE("booking supplier-report writes the PDFs, and with --send queues and marks",
          "[cli][booking][mail]") {
    MailShop shop;
    const qint64 b = shop.booking(shop.customer(words({"--email", "anna@example.dk"})));

    // A preview: nothing written, nothing queued.
    auto r = shop.booking("supplier-report", b);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonObject o = r.json().object();
    REQUIRE(o[s("suppliers")].toArray().size() == 1);
    QJsonObject sup = o[s("suppliers")].toArray()[0].toObject();
    CHECK(sup[s("id")].toInteger() == shop.canoeHire);
    CHECK(sup[s("email")].toString() == s("kano@limfjord.dk"));
    CHECK(sup[s("rows")].toArray().size() == 1);
    CHECK(sup[s("pdf")].isNull());
    CHECK(o[s("sent")].toBool() == false);
    CHECK(shop.run(words({"mail", "outbox"})).json().array().isEmpty());

    r = shop.booking("supplier-report", b, {s("--pdf-dir"), shop.dir.path("nowhere")});
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == s("pdf_dir"));

    r = shop.booking("supplier-report", b, {s("--pdf-dir"), QFileInfo(shop.file).absolutePath()});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString pdf = r.json()[s("suppliers")].toArray()[0].toObject()[s("pdf")].toString();
    REQUIRE(QFileInfo::exists(pdf));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(s("Leverandør")));  // in the Danish company's language
    CHECK(text.contains(s("Kano (Kano")));
    CHECK(text.contains(s("Sen ankomst")));
    CHECK_FALSE(text.contains(s("Hytte")));

    r = shop.booking("supplier-report", b, {s("--send")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    o = r.json().object();
    CHECK(o[s("sent")].toBool());
    CHECK(o[s("sent_at")].toString() == s("2026-11-23T10:00:00Z"));
    sup = o[s("suppliers")].toArray()[0].toObject();
    const qint64 mailId = sup[s("outbox_id")].toInteger();
    CHECK(mailId > 0);
    r = shop.run(words({"mail", "outbox", "--status", "queued"}));
    REQUIRE(r.json().array().size() == 1);
    CHECK(r.json().array()[0][s("to")].toString() == s("kano@limfjord.dk"));
    CHECK(r.json().array()[0][s("related_kind")].toString() == s("booking"));

    r = shop.run(words({"mail", "send"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const auto received = shop.sink.messages();
    REQUIRE(received.size() == 1);
    CHECK(received[0].recipients == QStringList{s("kano@limfjord.dk")});
    CHECK(received[0].data.contains("supplier-report-"));

    // Text output, and the usage of the group lists the mail-outs.
    r = runCli({s("--db"), shop.file, s("--user"), s("owner"), s("booking"), s("supplier-report"),
                num(b)});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(s("Limfjordens Kanoudlejning")));
    r = runCli({s("booking"), s("--help")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(s("send-confirmation")));
    CHECK(shop.booking("supplier-report", b, {s("--frob")}).exitCode == 2);
    CHECK(shop.run(words({"booking", "send-invoice"})).exitCode == 2);
    CHECK(shop.booking("send-invoice", b, {s("--send")}).exitCode == 2);
}

TEST_CASE("booking supplier-report refuses a booking without supplier rows",
          "[cli][booking][mail]") {
    MailShop shop;
    const qint64 anna = shop.customer(words({"--email", "anna@example.dk"}));
    auto r = shop.run(words({"booking", "create", "--customer"}) + QStringList{num(anna)});
    REQUIRE(r.exitCode == 0);
    const qint64 b = r.json()[s("id")].toInteger();
    r = shop.run(
        QStringList{s("booking"), s("row"), s("add"), s("--booking"), num(b)} +
        words({"--product", "H4", "--arrival", "2026-12-01", "--departure", "2026-12-03"}));
    REQUIRE(r.exitCode == 0);
    r = shop.booking("supplier-report", b, {s("--send")});
    CHECK(r.exitCode == 1);
    CHECK(errorCode(r) == s("conflict"));
    CHECK(shop.booking("supplier-report", 999).exitCode == 1);
}

TEST_CASE("booking send-invoice and send-confirmation queue the invoice for the customer",
          "[cli][booking][mail]") {
    MailShop shop;
    const qint64 b = shop.booking(shop.customer(words({"--email", "anna@example.dk"})));
    auto r = shop.booking("send-invoice", b);
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == s("invoice"));

    r = shop.booking("invoice", b);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const qint64 number = r.json()[s("invoice")].toInteger();
    const QString total = r.json()[s("total")].toString();

    r = shop.booking("send-invoice", b);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonObject o = r.json().object();
    CHECK(o[s("invoice")].toInteger() == number);
    CHECK(o[s("to")].toString() == s("anna@example.dk"));
    CHECK(o[s("status")].toString() == s("queued"));
    CHECK(o[s("paid_copy")].toBool() == false);
    CHECK(o[s("outbox_id")].toInteger() > 0);

    r = shop.booking("send-confirmation", b);
    CHECK(r.exitCode == 1);
    CHECK(errorCode(r) == s("conflict"));
    CHECK(r.err.contains(s("not paid in full")));

    REQUIRE(shop.booking("pay", b, {s("--amount"), total}).exitCode == 0);
    r = shop.booking("send-confirmation", b);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[s("paid_copy")].toBool());

    r = shop.run(words({"mail", "send"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.json().array().size() == 2);
    const auto received = shop.sink.messages();
    REQUIRE(received.size() == 2);
    for (const auto& m : received)
        CHECK(m.recipients == QStringList{s("anna@example.dk")});
    CHECK(received[0].data.contains(QStringLiteral("invoice-%1.pdf").arg(number).toLatin1()));
    CHECK(received[1].data.contains(QStringLiteral("invoice-%1-paid.pdf").arg(number).toLatin1()));
}

TEST_CASE("booking send-invoice refuses a customer without email", "[cli][booking][mail]") {
    MailShop shop;
    const qint64 b = shop.booking(shop.customer({s("--no-email")}));
    REQUIRE(shop.booking("invoice", b).exitCode == 0);
    auto r = shop.booking("send-invoice", b);
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == s("email"));
    CHECK(shop.run(words({"mail", "outbox"})).json().array().isEmpty());
}
