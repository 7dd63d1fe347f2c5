#include "core/booking/bookingservice.h"
#include "core/booking/bookingtime.h"
#include "core/booking/cancellationservice.h"
#include "core/parties/customerservice.h"
#include "tests/cli/bookableshop.h"
#include "tests/support/pdftext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

// A shop with cabins and two cancellations made through the core: one on
// Sunday 2026-11-22 23:30 Copenhagen time, and one on Monday 2026-11-23
// 10:00 (the CLI tests' today), whose reason needs quoting in CSV.
struct CancelShop : Shop {
    qint64 booking = 0;

    CancelShop() {
        ShopOwner owner(*this);
        const Session& s = owner.session;
        const qint64 cabin = addBookableProduct(s, "H4", "Hytte", ProductKind::Accommodation,
                                                "Hytter", "895.00", 2, "Hytte");
        Customer c;
        c.name = QStringLiteral("Anna Østergaard");
        c.noEmail = true;
        c.phone = QStringLiteral("-");
        c.addressLine1 = QStringLiteral("Strandvejen 4");
        c.postcode = QStringLiteral("9990");
        c.city = QStringLiteral("Skagen");
        const Customer anna = CustomerService::create(s, c);
        const auto cancel = [&](std::int64_t whenMs, const char* reason) {
            owner.clock.set(whenMs);
            Booking b;
            b.customerId = anna.id;
            b = BookingService::create(s, b);
            RowInput in;
            in.productId = cabin;
            in.start = BookingTime::fromDate(QDate(2026, 12, 4));
            in.end = BookingTime::fromDate(QDate(2026, 12, 6));
            const BookingRow row = BookingService::addRow(s, b.id, in);
            CancelRequest r;
            r.reason = QString::fromUtf8(reason);
            CancellationService::cancelRow(s, row.id, r);
            return b.id;
        };
        cancel(QDateTime(QDate(2026, 11, 22), QTime(22, 30), Qt::UTC).toMSecsSinceEpoch(),
               "Changed plans");
        booking = cancel(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch(),
                         "Storm; \"orange\" warning\nno ferry");
    }
};

}  // namespace

TEST_CASE("cancellations lists this week's cancellations as JSON", "[cli][cancellations]") {
    CancelShop shop;
    auto r = shop.run(words({"cancellations"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    CHECK(o[s("from")].toString() == s("2026-11-23"));
    CHECK(o[s("to")].toString() == s("2026-11-29"));
    const QJsonArray list = o[s("cancellations")].toArray();
    REQUIRE(list.size() == 1);
    const QJsonObject c = list[0].toObject();
    CHECK(c[s("booking")].toInteger() == shop.booking);
    CHECK(c[s("cancelled_at")].toString() == s("2026-11-23T10:00:00+01:00"));
    CHECK(c[s("customer")][s("name")].toString() == s("Anna Østergaard"));
    CHECK(c[s("product")][s("name")].toString() == s("Hytte"));
    CHECK(c[s("from")].toString() == s("2026-12-04"));
    CHECK(c[s("to")].toString() == s("2026-12-06"));
    CHECK(c[s("quantity")].toInt() == 1);
    CHECK(c[s("reason")].toString() == s("Storm; \"orange\" warning\nno ferry"));
    CHECK(c[s("fee")].toString() == s("0.00"));
    CHECK(c[s("currency")].toString() == s("DKK"));
    CHECK(c[s("user")].toString() == s("owner"));  // init names the owner by the login
    CHECK(o[s("totals")][s("count")].toInt() == 1);
    CHECK(o[s("totals")][s("fees")].toString() == s("0.00"));

    // Sunday 23:30 in Copenhagen is Sunday's, though it is 22:30 UTC.
    r = shop.run(words({"cancellations", "--from", "2026-11-22", "--to", "2026-11-22"}));
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.json()[s("cancellations")].toArray().size() == 1);
    CHECK(r.json()[s("cancellations")][0][s("reason")].toString() == s("Changed plans"));

    // Text for people.
    r = runCli(QStringList{s("--db"), shop.file, s("cancellations"), s("--from"), s("2026-11-16"),
                           s("--to"), s("2026-11-29")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(s("Cancellations 2026-11-16 – 2026-11-29")));
    CHECK(r.out.contains(s("    Changed plans")));
    CHECK(r.out.contains(s("Total: 2 cancellations, 2 units, fees 0.00 DKK")));
}

TEST_CASE("cancellations writes CSV and PDF", "[cli][cancellations]") {
    CancelShop shop;
    const QString csv = shop.dir.path("week.csv");
    const QString pdf = shop.dir.path("week.pdf");
    auto r = shop.run(QStringList{s("cancellations"), s("--from"), s("2026-11-16"), s("--to"),
                                  s("2026-11-29"), s("--csv"), csv, s("--pdf"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.startsWith(s("Cancelled;Booking;Customer;Product;From;To;Quantity;Reason;Fee;")));
    CHECK(text.contains(s(";\"Storm; \"\"orange\"\" warning\nno ferry\";0.00;0.00;;")));
    CHECK(text.count(s("\r\n")) == 3);
    CHECK(pdfPages(pdf) == 1);
    const QString printed = pdfText(pdf);
    CHECK(printed.contains(s("Changed plans")));
    CHECK(printed.contains(s("Anna Østergaard")));

    r = shop.run(QStringList{s("cancellations"), s("--csv"), shop.dir.path("tabs.csv"),
                             s("--separator"), s("tab")});
    REQUIRE(r.exitCode == 0);
    QFile tabs(shop.dir.path("tabs.csv"));
    REQUIRE(tabs.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(tabs.readAll()).contains(s("Cancelled\tBooking\t")));
}

TEST_CASE("cancellations refuses bad dates, naming the field", "[cli][cancellations]") {
    CancelShop shop;
    const auto refused = [&](std::initializer_list<const char*> args, const char* field) {
        auto r = shop.run(words(args));
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(Shop::errorField(r) == s(field));
        CHECK(r.out.isEmpty());
    };
    refused({"cancellations", "--from", "2026-02-30", "--to", "2026-03-01"}, "from");
    refused({"cancellations", "--from", "2026-03-01", "--to", "1.3.2026"}, "to");
    refused({"cancellations", "--from", "2026-03-08", "--to", "2026-03-01"}, "to");
    refused({"cancellations", "--from", "2026-01-01", "--to", "2027-01-02"}, "to");
    refused({"cancellations", "--from", "2026-03-01"}, "to");
    refused({"cancellations", "--to", "2026-03-01"}, "from");
    refused({"cancellations", "--separator", "|"}, "separator");
    CHECK(
        shop.run(words({"cancellations", "--from", "2026-01-01", "--to", "2027-01-01"})).exitCode ==
        0);

    // Without --json the message names the option.
    auto r = runCli(QStringList{s("--db"), shop.file, s("cancellations"), s("--from"),
                                s("2026-03-08"), s("--to"), s("2026-03-01")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(s("--to (2026-03-01) must not be before --from (2026-03-08).")));
    r = runCli(QStringList{s("--db"), shop.file, s("cancellations"), s("extra")});
    CHECK(r.exitCode == 2);
    // No file is written when the dates are refused.
    const QString pdf = shop.dir.path("never.pdf");
    shop.run(QStringList{s("cancellations"), s("--from"), s("2026-03-08"), s("--to"),
                         s("2026-03-01"), s("--pdf"), pdf});
    CHECK_FALSE(QFile::exists(pdf));
}
