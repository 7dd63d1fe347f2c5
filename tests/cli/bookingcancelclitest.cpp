#include "core/booking/bookingstore.h"
#include "core/catalog/bookablecatalog.h"
#include "core/mail/outbox.h"
#include "tests/cli/bookableshop.h"
#include "tests/support/pdftext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

// Cabins H4 (895.00 a night, no supplier), canoes KANO (150.00 an hour,
// three, from the canoe hire, which has an email) and kayaks KAJAK (from the
// kayak school, which has none), made through the core. The manager "mgr"
// and the front-desk user "desk" have the PIN 9876. The CLI clock stands at
// 2026-11-23 10:00 UTC.
struct CancelShop : Shop {
    qint64 canoeHire = 0;
    qint64 kayakSchool = 0;
    qint64 anna = 0;

    CancelShop() {
        {
            const ShopOwner o(*this);
            const Session& owner = o.session;
            addBookableProduct(owner, "H4", "Hytte", ProductKind::Accommodation, "Hytter", "895.00",
                               2, "Hytte");
            const qint64 canoe = addBookableProduct(owner, "KANO", "Kano", ProductKind::Rental,
                                                    "Kano", "150.00", 3, "Kano");
            const qint64 kayak = addBookableProduct(owner, "KAJAK", "Kajak", ProductKind::Rental,
                                                    "Kajak", "200.00", 2, "Kajak");
            canoeHire = BookableCatalog::createSupplier(owner, s("Limfjordens Kanoudlejning"),
                                                        s("kano@limfjord.dk"))
                            .id;
            kayakSchool = BookableCatalog::createSupplier(owner, s("Kajakskolen"), {}).id;
            BookableCatalog::setSupplier(owner, canoe, canoeHire);
            BookableCatalog::setSupplier(owner, kayak, kayakSchool);
        }
        REQUIRE(
            run(words({"users", "add", "mgr", "--name", "Mette", "--role", "manager"})).exitCode ==
            0);
        REQUIRE(run(words({"users", "add", "desk", "--name", "Dennis", "--role", "front_desk"}))
                    .exitCode == 0);
        auto r =
            run(words({"customer", "add", "--name", "Anna Østergaard", "--no-email", "--address",
                       "Strandvejen 4", "--postcode", "9990", "--city", "Skagen", "--phone", "-"}));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        anna = r.json()[s("id")].toInteger();
    }

    CliResult as(const char* user, const QStringList& args) {
        return runCli(QStringList{s("--db"), file, s("--user"), s(user), s("--json")} + args,
                      s("9876"));
    }
    qint64 booking(const QStringList& options = {}) {
        auto r = run(QStringList{s("booking"), s("create"), s("--customer"), num(anna)} + options);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json()[s("id")].toInteger();
    }
    qint64 addRow(qint64 bookingId, const QStringList& options) {
        auto r = run(QStringList{s("booking"), s("row"), s("add"), s("--booking"), num(bookingId)} +
                     options);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json()[s("id")].toInteger();
    }
    qint64 cabin(qint64 bookingId, const char* arrival = "2026-12-01",
                 const char* departure = "2026-12-03") {
        return addRow(bookingId, QStringList{s("--product"), s("H4"), s("--arrival"), s(arrival),
                                             s("--departure"), s(departure)});
    }
    QJsonObject row(qint64 bookingId, qint64 rowId) {
        auto r = run({s("booking"), s("show"), num(bookingId)});
        REQUIRE(r.exitCode == 0);
        for (const QJsonValue& v : r.json()[s("rows")].toArray())
            if (v[s("id")].toInteger() == rowId)
                return v.toObject();
        FAIL("no row " << rowId);
        return {};
    }
    // Everything a cancellation writes: its records, the rows' history (not
    // the logins), mails.
    qint64 written() {
        auto db = Database::open(file, Database::OpenMode::Existing);
        auto st = db->prepare(
            "SELECT (SELECT count(*) FROM booking_cancellation) + (SELECT count(*) FROM journal "
            "WHERE entity <> 'staff_user') "
            "+ (SELECT count(*) FROM mail_outbox) + (SELECT count(*) FROM booking_row WHERE "
            "status = 'cancelled') + (SELECT ifnull(sum(quantity), 0) FROM booking_row)");
        st.step();
        return st.int64(0);
    }
    void setUpMail() {
        auto r = run(words({"mail", "settings", "--host", "127.0.0.1", "--port", "2525",
                            "--security", "none", "--from", "booking@havblik.dk"}));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
};

QStringList cancelRow(qint64 rowId, const QStringList& more) {
    return QStringList{s("booking"), s("cancel"), s("--row"), num(rowId)} + more;
}

QStringList cancelBooking(qint64 bookingId, const QStringList& more) {
    return QStringList{s("booking"), s("cancel"), s("--booking"), num(bookingId)} + more;
}

QString errorCode(const CliResult& r) {
    return r.errorJson().object()[s("error")][s("code")].toString();
}

QJsonObject only(const CliResult& r) {
    const QJsonArray all = r.json()[s("cancellations")].toArray();
    REQUIRE(all.size() == 1);
    return all[0].toObject();
}

// The attachment `fileName` of a queued message, decoded.
QByteArray attachment(const QByteArray& mime, const QString& fileName) {
    const qsizetype name = mime.indexOf("filename=\"" + fileName.toLatin1() + '"');
    if (name < 0)
        return {};
    const qsizetype start = mime.indexOf("\r\n\r\n", name) + 4;
    const qsizetype end = mime.indexOf("\r\n--", start);
    return QByteArray::fromBase64(mime.mid(start, end - start));
}

}  // namespace

TEST_CASE("booking cancel --row records the reason and the fee; the reason is required",
          "[cli][booking][booking-cancel]") {
    CancelShop shop;
    // 8 days before arrival: half the price.
    REQUIRE(shop.run(words({"product", "cancellation-rules", "H4", "--set", "14:50, 3:100"}))
                .exitCode == 0);
    const qint64 b = shop.booking();
    const qint64 first = shop.cabin(b);
    const qint64 second = shop.cabin(b);

    const qint64 before = shop.written();
    for (const QStringList& reason :
         {QStringList{s("--reason"), s("")}, QStringList{s("--reason"), s("   ")}, QStringList{}}) {
        auto r = shop.run(cancelRow(first, reason));
        CHECK(r.exitCode == 1);
        CHECK(Shop::errorField(r) == s("reason"));
        CHECK(r.errorJson()[s("error")][s("message")].toString().contains(s("--reason")));
    }
    CHECK(shop.written() == before);
    CHECK(shop.row(b, first)[s("status")].toString() == s("reservation"));

    auto r = shop.run(cancelRow(first, {s("--reason"), s("Gæsten er syg")}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonObject c = only(r);
    CHECK(c[s("id")].toInteger() > 0);
    CHECK(c[s("booking")].toInteger() == b);
    CHECK(c[s("row")].toInteger() == first);
    CHECK(c[s("units")].toInt() == 1);
    CHECK(c[s("reason")].toString() == s("Gæsten er syg"));
    CHECK(c[s("suggested_fee")].toString() == s("895.00"));  // 50 % of two nights
    CHECK(c[s("fee")].toString() == s("895.00"));
    CHECK(c[s("waived_by")].isNull());
    CHECK(c[s("debited")].toBool() == false);
    CHECK(c[s("cancelled_at")].toString() == s("2026-11-23T10:00:00Z"));
    CHECK(r.json()[s("fees")].toString() == s("895.00"));
    CHECK(r.json()[s("supplier_report")].toBool() == false);
    CHECK(r.json()[s("supplier_reports")].toArray().isEmpty());
    CHECK(shop.row(b, first)[s("status")].toString() == s("cancelled"));
    CHECK(shop.row(b, second)[s("status")].toString() == s("reservation"));

    // Once is enough.
    r = shop.run(cancelRow(first, {s("--reason"), s("igen")}));
    CHECK(r.exitCode == 1);
    CHECK(errorCode(r) == s("conflict"));

    // The front desk may waive the fee; who did is recorded.
    r = shop.as("desk", cancelRow(second, {s("--reason"), s("Aflyst"), s("--waive-fee")}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    c = only(r);
    CHECK(c[s("suggested_fee")].toString() == s("895.00"));
    CHECK(c[s("fee")].toString() == s("0.00"));
    CHECK(c[s("waived_by")].toString() == s("desk"));

    // The text: one line per cancellation.
    const qint64 third = shop.cabin(b, "2026-12-10", "2026-12-11");
    r = runCli(QStringList{s("--db"), shop.file, s("--user"), s("owner")} +
               cancelRow(third, {s("--reason"), s("Ombooket")}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(s("Row %1: 1 unit(s) cancelled, fee 0.00 DKK").arg(third)));
}

TEST_CASE("booking cancel --quantity, --all-parts and --booking",
          "[cli][booking][booking-cancel]") {
    CancelShop shop;
    const qint64 b = shop.booking();
    const qint64 cabin = shop.cabin(b);
    const qint64 canoes =
        shop.addRow(b, words({"--product", "KANO", "--arrival", "2026-12-02T10:00", "--departure",
                              "2026-12-02T12:00", "--quantity", "3"}));
    const qint64 part = shop.addRow(
        b, QStringList{s("--product"), s("KAJAK"), s("--arrival"), s("2026-12-02T13:00"),
                       s("--departure"), s("2026-12-02T15:00"), s("--parent"), num(cabin)});
    const qint64 other = shop.cabin(b);

    // Bad arguments are named, and write nothing.
    const qint64 before = shop.written();
    auto r = shop.run(cancelRow(canoes, {s("--quantity"), s("4"), s("--reason"), s("x")}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == s("quantity"));
    r = shop.run(cancelRow(canoes, {s("--quantity"), s("0"), s("--reason"), s("x")}));
    CHECK(Shop::errorField(r) == s("quantity"));
    r = shop.run(cancelRow(canoes, words({"--quantity", "1", "--all-parts", "--reason", "x"})));
    CHECK(Shop::errorField(r) == s("all_parts"));
    r = shop.run(cancelBooking(b, words({"--quantity", "1", "--reason", "x"})));
    CHECK(Shop::errorField(r) == s("quantity"));
    r = shop.run(cancelBooking(b, words({"--all-parts", "--reason", "x"})));
    CHECK(Shop::errorField(r) == s("all_parts"));
    r = shop.run(cancelRow(canoes, QStringList{s("--booking"), num(b), s("--reason"), s("x")}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == s("row"));
    r = shop.run(cancelRow(999, {s("--reason"), s("x")}));
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == s("row"));
    r = shop.run(cancelRow(0, {s("--reason"), s("x")}));
    CHECK(Shop::errorField(r) == s("row"));
    CHECK(shop.run(words({"booking", "cancel", "--reason", "x"})).exitCode == 2);
    CHECK(shop.run(cancelRow(canoes, words({"--reason", "x", "--price", "1.00"}))).exitCode == 2);
    CHECK(shop.written() == before);

    // Two of the three canoes.
    r = shop.run(cancelRow(canoes, words({"--quantity", "2", "--reason", "Færre gæster"})));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(only(r)[s("units")].toInt() == 2);
    QJsonObject row = shop.row(b, canoes);
    CHECK(row[s("quantity")].toInt() == 1);
    CHECK(row[s("status")].toString() == s("reservation"));
    CHECK(row[s("price")].toString() == s("300.00"));

    // The cabin with the kayak under it.
    r = shop.run(cancelRow(cabin, words({"--all-parts", "--reason", "Syg"})));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonArray all = r.json()[s("cancellations")].toArray();
    REQUIRE(all.size() == 2);
    CHECK(all[0][s("row")].toInteger() == cabin);
    CHECK(all[1][s("row")].toInteger() == part);
    CHECK(shop.row(b, part)[s("status")].toString() == s("cancelled"));
    CHECK(shop.row(b, other)[s("status")].toString() == s("reservation"));

    // The rest of the booking: the last canoe and the other cabin.
    r = shop.run(cancelBooking(b, words({"--reason", "Aflyst"})));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    all = r.json()[s("cancellations")].toArray();
    REQUIRE(all.size() == 2);
    CHECK(all[0][s("row")].toInteger() == canoes);
    CHECK(all[1][s("row")].toInteger() == other);
    for (const QJsonValue& v :
         shop.run({s("booking"), s("show"), num(b)}).json()[s("rows")].toArray())
        CHECK(v[s("status")].toString() == s("cancelled"));
    r = shop.run(cancelBooking(b, words({"--reason", "Aflyst"})));
    CHECK(r.exitCode == 1);
    CHECK(errorCode(r) == s("conflict"));
    CHECK(Shop::errorField(r) == s("booking"));
}

TEST_CASE("a billed row is refused for the front desk and cancelled by a manager",
          "[cli][booking][booking-cancel]") {
    CancelShop shop;
    const qint64 b = shop.booking();
    const qint64 cabin = shop.cabin(b);
    const qint64 second = shop.cabin(b);
    auto r = shop.run({s("booking"), s("invoice"), num(b)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    const qint64 before = shop.written();
    r = shop.as("desk", cancelRow(cabin, words({"--reason", "Syg"})));
    CHECK(r.exitCode == 1);
    CHECK(errorCode(r) == s("forbidden"));
    CHECK(Shop::errorField(r) == s("row"));
    r = shop.as("desk", cancelBooking(b, words({"--reason", "Syg"})));
    CHECK(errorCode(r) == s("forbidden"));
    CHECK(shop.written() == before);
    CHECK(shop.row(b, cabin)[s("status")].toString() == s("reservation"));

    // The manager may: the purchase stands, there is no fee on top.
    r = shop.as("mgr", cancelRow(cabin, words({"--reason", "Syg"})));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject c = only(r);
    CHECK(c[s("debited")].toBool());
    CHECK(c[s("fee")].toString() == s("0.00"));
    CHECK(shop.row(b, cabin)[s("status")].toString() == s("cancelled"));

    r = runCli(QStringList{s("--db"), shop.file, s("--user"), s("mgr")} +
                   cancelRow(second, words({"--reason", "Syg"})),
               s("9876"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(s("billed: the purchase stands")));
}

TEST_CASE("product cancellation-rules shows, sets and clears a product's deadlines",
          "[cli][catalog][booking-cancel]") {
    CancelShop shop;
    // Anyone may look; no login.
    auto r =
        runCli({s("--db"), shop.file, s("--json"), s("product"), s("cancellation-rules"), s("H4")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[s("rules")].toArray().isEmpty());
    CHECK(r.json()[s("description")].toString() == s("Free to cancel until arrival"));
    CHECK(r.json()[s("product")][s("number")].toString() == s("H4"));

    r = shop.run(words({"product", "cancellation-rules", "H4", "--set", "3:100, 14:50"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray rules = r.json()[s("rules")].toArray();
    REQUIRE(rules.size() == 2);
    CHECK(rules[0][s("days_before")].toInt() == 14);  // the longest deadline first
    CHECK(rules[0][s("fee_percent")].toString() == s("50"));
    CHECK(rules[1][s("days_before")].toInt() == 3);
    CHECK(r.json()[s("text")].toString() == s("14:50, 3:100"));
    CHECK(r.json()[s("description")].toString().startsWith(s("Free until 14 day")));

    // Bad rules are named after --set and change nothing.
    for (const char* bad : {"14:50, 3:20", "14", "0:50", "14:150", ""}) {
        r = shop.run(words({"product", "cancellation-rules", "H4", "--set", bad}));
        CHECK(r.exitCode == 1);
        CHECK(Shop::errorField(r) == s("set"));
    }
    r = shop.run(words({"product", "cancellation-rules", "H4", "--set", "14:50", "--clear"}));
    CHECK(Shop::errorField(r) == s("set"));
    // Settings are the manager's: the front desk may not change them.
    r = shop.as("desk", words({"product", "cancellation-rules", "H4", "--clear"}));
    CHECK(errorCode(r) == s("forbidden"));
    r = shop.run(words({"product", "cancellation-rules", "NOPE"}));
    CHECK(Shop::errorField(r) == s("product"));

    r = runCli({s("--db"), shop.file, s("product"), s("cancellation-rules"), s("H4")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(s("Hytte (H4): Free until 14 day")));
    CHECK(r.out.contains(s("14:50, 3:100")));

    r = shop.as("mgr", words({"product", "cancellation-rules", "H4", "--clear"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[s("rules")].toArray().isEmpty());
    CHECK(r.json()[s("text")].toString().isEmpty());
}

TEST_CASE("with supplier reports on, a cancellation queues a PDF for each supplier",
          "[cli][booking][mail][booking-cancel]") {
    CancelShop shop;
    const qint64 b = shop.booking({s("--supplier-report")});
    const qint64 cabin = shop.cabin(b);
    const qint64 canoe =
        shop.addRow(b, words({"--product", "KANO", "--arrival", "2026-12-02T10:00", "--departure",
                              "2026-12-02T12:00", "--guests", "adult:2"}));
    const qint64 kayak =
        shop.addRow(b, words({"--product", "KAJAK", "--arrival", "2026-12-02T13:00", "--departure",
                              "2026-12-02T15:00"}));

    // Without email set up the suppliers cannot be told: the cancellation
    // stands (as in the GUI) and says so.
    const qint64 early = shop.booking({s("--supplier-report")});
    shop.addRow(early, words({"--product", "KANO", "--arrival", "2026-12-04T10:00", "--departure",
                              "2026-12-04T12:00"}));
    auto r = shop.run(cancelBooking(early, words({"--reason", "Storm"})));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.json()[s("cancellations")].toArray().size() == 1);
    CHECK(r.json()[s("supplier_report_error")].toString().contains(s("not told")));
    CHECK(r.json()[s("supplier_reports")].toArray().isEmpty());

    shop.setUpMail();
    r = shop.run(cancelBooking(b, words({"--reason", "Storm over Limfjorden"})));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[s("cancellations")].toArray().size() == 3);
    CHECK(r.json()[s("supplier_report")].toBool());
    const QJsonArray reports = r.json()[s("supplier_reports")].toArray();
    REQUIRE(reports.size() == 2);                                      // the cabin has no supplier
    CHECK(reports[0][s("supplier")].toInteger() == shop.kayakSchool);  // by name
    CHECK(reports[0][s("outbox_id")].isNull());
    CHECK(reports[0][s("rows")].toArray() == QJsonArray{kayak});
    CHECK(reports[1][s("supplier")].toInteger() == shop.canoeHire);
    CHECK(reports[1][s("rows")].toArray() == QJsonArray{canoe});
    const qint64 mailId = reports[1][s("outbox_id")].toInteger();
    REQUIRE(mailId > 0);
    const QString fileName = s("cancellation-%1-%2.pdf").arg(b).arg(shop.canoeHire);
    CHECK(reports[1][s("file")].toString() == fileName);
    (void)cabin;

    r = shop.run(words({"mail", "outbox", "--status", "queued"}));
    REQUIRE(r.json().array().size() == 1);
    CHECK(r.json().array()[0][s("to")].toString() == s("kano@limfjord.dk"));
    CHECK(r.json().array()[0][s("related_kind")].toString() == s("booking"));

    auto db = Database::open(shop.file, Database::OpenMode::Existing);
    const QByteArray mime = Outbox::mime(*db, mailId);
    CHECK(mime.contains("application/pdf"));
    const QByteArray pdf = attachment(mime, fileName);
    REQUIRE(pdf.startsWith("%PDF"));
    const QString path = shop.dir.path("cancellation.pdf");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(s("Kano (Kano")));
    CHECK(text.contains(s("Storm over Limfjorden")));
    CHECK_FALSE(text.contains(s("Kajak")));
    CHECK_FALSE(text.contains(s("Hytte")));
    // The report of the booking's live rows was never sent, and still is not.
    CHECK_FALSE(BookingStore::require(*db, b).supplierReportSentMs);

    // Without the flag the suppliers hear nothing.
    const qint64 quiet = shop.booking();
    shop.addRow(quiet, words({"--product", "KANO", "--arrival", "2026-12-03T10:00", "--departure",
                              "2026-12-03T12:00"}));
    r = runCli(QStringList{s("--db"), shop.file, s("--user"), s("owner")} +
               cancelBooking(quiet, words({"--reason", "Aflyst"})));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.out.contains(s("queued")));
    CHECK(shop.run(words({"mail", "outbox"})).json().array().size() == 1);
}
