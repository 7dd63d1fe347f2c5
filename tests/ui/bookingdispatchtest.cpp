#include "core/booking/bookingbilling.h"
#include "core/booking/bookingstore.h"
#include "core/booking/cancellationservice.h"
#include "core/catalog/bookablecatalog.h"
#include "core/journal/journal.h"
#include "core/mail/outbox.h"
#include "core/mail/smtpsender.h"
#include "core/mail/smtpsettings.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "tests/core/booking/bookingfixture.h"
#include "tests/support/pdftext.h"
#include "tests/support/smtpsink.h"
#include "tests/support/tempdir.h"
#include "ui/documents/bookingdispatch.h"
#include "ui/documents/invoicedocument.h"
#include "ui/documents/supplierreportdocument.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

Money dkk(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("DKK")));
}

// Unencrypted SMTP on this machine, as the test sink speaks it.
SmtpSettings plainSmtp(int port) {
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = SmtpSettings::Security::None;
    settings.fromAddress = QStringLiteral("booking@havblik.dk");
    settings.fromName = QStringLiteral("Havblik");
    settings.retryDelayMs = 0;
    return settings;
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

QString pdfTextOf(const QByteArray& pdf, const TempDir& dir, const char* name) {
    const QString path = dir.path(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    return pdfText(path);
}

std::vector<QString> journalActions(Database& db, const QByteArray& uid) {
    std::vector<QString> actions;
    for (const JournalEntry& e : Journal::forEntity(db, uid))
        actions.push_back(e.action);
    return actions;
}

std::int64_t journalSize(Database& db) {
    auto st = db.prepare("SELECT count(*) FROM journal");
    st.step();
    return st.int64(0);
}

bool contains(const std::vector<QString>& all, const char* value) {
    return std::find(all.begin(), all.end(), QString::fromUtf8(value)) != all.end();
}

// A booking with a cabin (no supplier), two canoes from the canoe hire, a
// course from the kayak school (without an email) and a comment.
struct DispatchShop : BookingShop {
    Supplier canoeHire;
    Supplier kayakSchool;
    Booking booking;
    BookingRow cabinRow;
    BookingRow canoeRow;
    BookingRow secondCanoe;
    BookingRow courseRow;

    DispatchShop() {
        const Session s = owner();
        MailSettings::save(s, plainSmtp(SmtpSink::closedPort()));
        canoeHire = BookableCatalog::createSupplier(s, QStringLiteral("Limfjordens Kanoudlejning"),
                                                    QStringLiteral("kano@limfjord.dk"));
        kayakSchool = BookableCatalog::createSupplier(s, QStringLiteral("Kajakskolen"), {});
        BookableCatalog::setSupplier(s, canoe.id, canoeHire.id);
        BookableCatalog::setSupplier(s, course.id, kayakSchool.id);
        Booking header;
        header.customerId = anna.id;
        header.customerComment =
            QStringLiteral("Vi kommer sent, ca. kl. 22. Redningsveste til to børn.");
        header.finalDue = QDate(2026, 11, 1);
        booking = BookingService::create(s, header);
        RowInput cabinIn = nights(cabin, day(2026, 12, 1), day(2026, 12, 3));
        cabinIn.guests = {{QStringLiteral("adult"), 2}, {QStringLiteral("child"), 2}};
        cabinRow = BookingService::addRow(s, booking.id, cabinIn);
        RowInput canoeIn = nights(canoe, at(2026, 12, 2, 10), at(2026, 12, 2, 12));
        canoeIn.guests = {{QStringLiteral("adult"), 2}};
        canoeRow = BookingService::addRow(s, booking.id, canoeIn);
        secondCanoe = BookingService::addRow(
            s, booking.id, nights(canoe, at(2026, 12, 2, 14), at(2026, 12, 2, 16)));
        courseRow = BookingService::addRow(
            s, booking.id, nights(course, at(2026, 12, 1, 13), at(2026, 12, 1, 16), 2));
    }
    // Until the cancellation flow exists in this tree: a cancelled row as
    // it is stored.
    void cancel(const BookingRow& row) {
        db().prepare("UPDATE booking_row SET status = 'cancelled' WHERE id = ?1")
            .bindAll(row.id)
            .run();
    }
};

}  // namespace

TEST_CASE("a supplier report lists that supplier's rows and no one else's",
          "[documents][booking]") {
    DispatchShop shop;
    shop.cancel(shop.secondCanoe);
    const SupplierReportDocument::Data data =
        SupplierReportDocument::load(shop.db(), shop.booking.id, shop.canoeHire.id);
    REQUIRE(data.rows.size() == 1);
    CHECK(data.rows[0].rowId == shop.canoeRow.id);
    TempDir dir;
    const QString path = BookingDispatch::writeSupplierReportPdf(
        shop.db(), shop.booking.id, shop.canoeHire.id, dir.path("canoes.pdf"));
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Leverandør")));  // the Danish company's language
    CHECK(text.contains(QString::number(shop.booking.id)));
    CHECK(text.contains(QStringLiteral("Limfjordens Kanoudlejning")));
    CHECK(text.contains(QStringLiteral("Anna Østergaard")));
    CHECK(text.contains(QStringLiteral("anna@example.dk")));
    CHECK(text.contains(QStringLiteral("Kano (Kano")));
    CHECK(text.contains(QStringLiteral("10.00")));  // arrival 10:00 in the Danish document
    CHECK(text.contains(QStringLiteral("12.00")));
    CHECK(text.contains(QStringLiteral("02.12.2026")));
    CHECK(text.contains(QStringLiteral("Vi kommer sent")));
    // Not the cancelled canoe, the cabin nor the course.
    CHECK_FALSE(text.contains(QStringLiteral("14.00")));
    CHECK_FALSE(text.contains(QStringLiteral("Hytte")));
    CHECK_FALSE(text.contains(QStringLiteral("Kajakkursus")));
    CHECK(pdfPages(path) == 1);

    // A supplier with nothing in the booking has nothing to report.
    const Session s = shop.owner();
    const Supplier other = BookableCatalog::createSupplier(s, QStringLiteral("Cykler"), {});
    try {
        SupplierReportDocument::load(shop.db(), shop.booking.id, other.id);
        FAIL("no rows, no report");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Conflict);
    }
    CHECK_THROWS_AS(SupplierReportDocument::load(shop.db(), shop.booking.id, 9999), Error);
}

TEST_CASE("a long supplier report goes on over pages", "[documents][booking]") {
    DispatchShop shop;
    const Session s = shop.owner();
    for (int d = 3; d <= 28; ++d)
        for (int h : {9, 11})
            BookingService::addRow(s, shop.booking.id,
                                   nights(shop.canoe, at(2027, 1, d, h), at(2027, 1, d, h + 1)));
    TempDir dir;
    const QString path = BookingDispatch::writeSupplierReportPdf(
        shop.db(), shop.booking.id, shop.canoeHire.id, dir.path("long.pdf"));
    CHECK(pdfPages(path) == 2);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("(fortsat)")));
    CHECK(text.contains(QStringLiteral("28.01.2027")));
    CHECK(text.contains(QStringLiteral("Vi kommer sent")));
}

TEST_CASE("supplier reports are queued per supplier with the PDF, and the booking is marked",
          "[documents][booking][mail]") {
    DispatchShop shop;
    const Session s = shop.owner();
    REQUIRE_FALSE(shop.booking.supplierReportSentMs);
    const auto groups = BookingDispatch::suppliers(shop.db(), shop.booking.id);
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].supplier.id == shop.kayakSchool.id);  // by name
    CHECK(groups[1].rowIds == std::vector<std::int64_t>{shop.canoeRow.id, shop.secondCanoe.id});

    const auto result = BookingDispatch::sendSupplierReports(s, shop.booking.id);
    REQUIRE(result.mailIds.size() == 1);
    REQUIRE(result.withoutEmail.size() == 1);
    CHECK(result.withoutEmail[0].id == shop.kayakSchool.id);
    CHECK(result.reports.size() == 2);
    REQUIRE(result.sentMs);
    CHECK(*result.sentMs == shop.business.clock().nowMs());
    CHECK(BookingStore::require(shop.db(), shop.booking.id).supplierReportSentMs == result.sentMs);

    const Outbox::Entry entry = Outbox::find(shop.db(), result.mailIds[0]);
    CHECK(entry.to == QStringLiteral("kano@limfjord.dk"));
    CHECK(entry.status == QStringLiteral("queued"));
    CHECK(entry.relatedKind == QStringLiteral("booking"));
    CHECK(entry.relatedId == shop.booking.id);
    CHECK(entry.subject.contains(QString::number(shop.booking.id)));
    const QByteArray mime = Outbox::mime(shop.db(), entry.id);
    const QString fileName = SupplierReportDocument::fileName(shop.booking.id, shop.canoeHire.id);
    CHECK(mime.contains(fileName.toLatin1()));
    CHECK(mime.contains("application/pdf"));
    TempDir dir;
    const QString text = pdfTextOf(attachment(mime, fileName), dir, "attached.pdf");
    CHECK(text.contains(QStringLiteral("Limfjordens Kanoudlejning")));
    CHECK(text.contains(QStringLiteral("14.00")));
    CHECK_FALSE(text.contains(QStringLiteral("Kajakkursus")));

    const auto actions = journalActions(shop.db(), shop.booking.uid);
    CHECK(contains(actions, "supplier_report"));
    CHECK(contains(actions, "supplier_report_sent"));
    CHECK(Journal::verify(shop.db()).ok());
}

TEST_CASE("a booking without supplier rows has no supplier report", "[documents][booking][mail]") {
    BookingShop shop;
    const Session s = shop.owner();
    MailSettings::save(s, plainSmtp(SmtpSink::closedPort()));
    const Booking b = shop.newBooking(s);
    BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 3)));
    try {
        BookingDispatch::sendSupplierReports(s, b.id);
        FAIL("nothing to report");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Conflict);
        CHECK(e.message().contains(QString::number(b.id)));
    }
    CHECK(Outbox::list(shop.db()).empty());
    CHECK_FALSE(BookingStore::require(shop.db(), b.id).supplierReportSentMs);
}

TEST_CASE("a cancellation is reported to the suppliers of the cancelled rows",
          "[documents][booking][mail][dispatch]") {
    DispatchShop shop;
    const Session s = shop.owner();
    CancelRequest request;
    request.reason = QStringLiteral("Kunden er blevet syg");
    std::vector<std::int64_t> rows;
    for (const BookingRow& r : {shop.canoeRow, shop.courseRow, shop.cabinRow})
        for (const Cancellation& c : CancellationService::cancelRow(s, r.id, request))
            rows.push_back(c.rowId);
    const auto before = journalSize(shop.db());

    // The second canoe is still booked: it is no cancellation to report.
    try {
        BookingDispatch::sendCancellationReports(s, shop.booking.id, {shop.secondCanoe.id});
        FAIL("not cancelled");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Conflict);
        CHECK(e.field() == QStringLiteral("row"));
    }
    const Booking other = shop.newBooking(s);
    CHECK_THROWS_AS(BookingDispatch::sendCancellationReports(s, other.id, rows), Error);
    CHECK(BookingDispatch::sendCancellationReports(s, shop.booking.id, {}).reports.empty());
    CHECK(Outbox::list(shop.db()).empty());
    CHECK(journalSize(shop.db()) == before + 1);  // the other booking's creation

    const auto result = BookingDispatch::sendCancellationReports(s, shop.booking.id, rows);
    // The cabin has no supplier; the kayak school has no email.
    REQUIRE(result.reports.size() == 2);
    CHECK(result.reports[0].supplier.id == shop.kayakSchool.id);  // by name
    CHECK(result.reports[0].mailId == 0);
    REQUIRE(result.withoutEmail.size() == 1);
    CHECK(result.withoutEmail[0].id == shop.kayakSchool.id);
    REQUIRE(result.mailIds.size() == 1);
    CHECK(result.reports[1].rowIds == std::vector<std::int64_t>{shop.canoeRow.id});
    CHECK(result.sentMs == shop.business.clock().nowMs());

    const Outbox::Entry entry = Outbox::find(shop.db(), result.mailIds[0]);
    CHECK(entry.to == QStringLiteral("kano@limfjord.dk"));
    CHECK(entry.status == QStringLiteral("queued"));
    CHECK(entry.relatedKind == QStringLiteral("booking"));
    CHECK(entry.relatedId == shop.booking.id);
    CHECK(entry.subject.contains(QString::number(shop.booking.id)));
    const QByteArray mime = Outbox::mime(shop.db(), entry.id);
    const QString fileName =
        SupplierReportDocument::cancellationFileName(shop.booking.id, shop.canoeHire.id);
    CHECK(fileName ==
          QStringLiteral("cancellation-%1-%2.pdf").arg(shop.booking.id).arg(shop.canoeHire.id));
    CHECK(mime.contains(fileName.toLatin1()));
    CHECK(mime.contains("application/pdf"));
    TempDir dir;
    const QString text = pdfTextOf(attachment(mime, fileName), dir, "cancelled.pdf");
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Limfjordens Kanoudlejning")));
    CHECK(text.contains(QStringLiteral("Kano (Kano")));
    CHECK(text.contains(QStringLiteral("02.12.2026")));  // the canoe's day, in Danish
    CHECK(text.contains(QStringLiteral("Annulleret")));  // its status, in Danish
    CHECK(text.contains(QStringLiteral("Kunden er blevet syg")));
    CHECK(text.contains(QStringLiteral("02.03.2026")));   // when it was cancelled
    CHECK_FALSE(text.contains(QStringLiteral("14.00")));  // the second canoe still stands
    CHECK_FALSE(text.contains(QStringLiteral("Hytte")));
    CHECK_FALSE(text.contains(QStringLiteral("Kajakkursus")));
    CHECK_FALSE(text.contains(QStringLiteral("Vi kommer sent")));  // no comment on a cancellation

    const auto actions = journalActions(shop.db(), shop.booking.uid);
    CHECK(contains(actions, "supplier_cancellation_report"));
    // The booking's report of its live rows is another matter.
    CHECK_FALSE(contains(actions, "supplier_report_sent"));
    CHECK_FALSE(BookingStore::require(shop.db(), shop.booking.id).supplierReportSentMs);
    CHECK(Journal::verify(shop.db()).ok());
}

TEST_CASE("a cancellation report shows the units cancelled and each row's reason",
          "[documents][booking][dispatch]") {
    DispatchShop shop;
    const Session s = shop.owner();
    const BookingRow three = BookingService::addRow(
        s, shop.booking.id, nights(shop.canoe, at(2026, 12, 5, 9), at(2026, 12, 5, 11), 3));
    CancelRequest request;
    request.reason = QStringLiteral("To kanoer færre: gruppen er mindre end ventet");
    request.units = 2;
    const auto partly = CancellationService::cancelRow(s, three.id, request);
    request.units = 0;
    request.reason = QStringLiteral("Vejret");
    const auto first = CancellationService::cancelRow(s, shop.canoeRow.id, request);
    std::vector<Cancellation> all = partly;
    all.insert(all.end(), first.begin(), first.end());
    const SupplierReportDocument::Data data =
        SupplierReportDocument::loadCancelled(shop.db(), shop.booking.id, shop.canoeHire.id, all);
    REQUIRE(data.rows.size() == 2);
    CHECK(data.cancellation);
    CHECK(data.rows[0].quantity == 2);
    CHECK(data.rows[0].reason == QStringLiteral("To kanoer færre: gruppen er mindre end ventet"));
    CHECK(data.rows[0].unitsLeft == 1);
    CHECK(data.rows[1].unitsLeft == 0);
    CHECK(BookingStore::requireRow(shop.db(), three.id).quantity == 1);
    TempDir dir;
    const QString path = dir.path("cancellation.pdf");
    SupplierReportDocument(data).writePdf(path);
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("gruppen er mindre end ventet")));
    CHECK(text.contains(QStringLiteral("Vejret")));
    CHECK(text.contains(QStringLiteral("05.12.2026")));
    CHECK(pdfPages(path) == 1);
    // Not the kayak school's: nothing of theirs is among the cancellations.
    CHECK_THROWS_AS(
        SupplierReportDocument::loadCancelled(shop.db(), shop.booking.id, shop.kayakSchool.id, all),
        Error);
}

TEST_CASE("a long cancellation report goes on over pages, each row with its reason",
          "[documents][booking][dispatch]") {
    DispatchShop shop;
    const Session s = shop.owner();
    std::vector<Cancellation> all;
    for (int d = 3; d <= 22; ++d) {
        const BookingRow r = BookingService::addRow(
            s, shop.booking.id, nights(shop.canoe, at(2027, 1, d, 9), at(2027, 1, d, 10)));
        CancelRequest request;
        request.reason = QStringLiteral(
                             "Dag %1: isen på fjorden ligger stadig, og udlejningen kan ikke "
                             "sende kanoerne ud, før den er væk; gruppen kommer igen til foråret.")
                             .arg(d);
        for (const Cancellation& c : CancellationService::cancelRow(s, r.id, request))
            all.push_back(c);
    }
    const SupplierReportDocument document(
        SupplierReportDocument::loadCancelled(shop.db(), shop.booking.id, shop.canoeHire.id, all));
    CHECK(document.pageCount() == 2);
    TempDir dir;
    const QString path = dir.path("long-cancellation.pdf");
    document.writePdf(path);
    CHECK(pdfPages(path) == 2);
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Dag 3:")));
    CHECK(text.contains(QStringLiteral("Dag 22:")));
    CHECK(text.contains(QStringLiteral("22.01.2027")));
}

TEST_CASE("the latest invoice is mailed to the customer as a PDF", "[documents][booking][mail]") {
    DispatchShop shop;
    const Session s = shop.owner();
    // No invoice yet.
    try {
        BookingDispatch::sendLatestInvoice(s, shop.booking.id);
        FAIL("no invoice");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Conflict);
        CHECK(e.field() == QStringLiteral("invoice"));
    }
    const Invoice first = BookingBilling::generateInvoice(s, shop.booking.id, QDate(2026, 3, 2));
    BookingService::addRow(s, shop.booking.id,
                           nights(shop.cabin, day(2026, 12, 10), day(2026, 12, 11)));
    const Invoice second = BookingBilling::generateInvoice(s, shop.booking.id, QDate(2026, 3, 3));
    REQUIRE(second.number > first.number);

    const std::int64_t id = BookingDispatch::sendLatestInvoice(s, shop.booking.id);
    const Outbox::Entry entry = Outbox::find(shop.db(), id);
    CHECK(entry.to == QStringLiteral("anna@example.dk"));
    CHECK(entry.relatedKind == QStringLiteral("booking"));
    CHECK(entry.subject.contains(QString::number(second.number)));
    const QByteArray mime = Outbox::mime(shop.db(), id);
    const QString fileName = BookingDispatch::invoiceFileName(second.number);
    CHECK(mime.contains(fileName.toLatin1()));
    TempDir dir;
    const QString text = pdfTextOf(attachment(mime, fileName), dir, "invoice.pdf");
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Anna Østergaard")));
    CHECK(text.contains(second.total.format(QLocale(QLocale::Danish, QLocale::Denmark), true)));
    CHECK_FALSE(text.contains(QStringLiteral("BETALT")));
    CHECK(contains(journalActions(shop.db(), shop.booking.uid), "send_invoice"));
}

TEST_CASE("a customer without email is refused naming email, and nothing is queued",
          "[documents][booking][mail]") {
    DispatchShop shop;
    const Session s = shop.owner();
    Customer c;
    c.name = QStringLiteral("Bo Uden Mail");
    c.noEmail = true;
    c.phone = QStringLiteral("-");
    c.addressLine1 = QStringLiteral("Havnevej 1");
    c.postcode = QStringLiteral("9990");
    c.city = QStringLiteral("Skagen");
    c = CustomerService::create(s, c);
    Booking header;
    header.customerId = c.id;
    const Booking b = BookingService::create(s, header);
    BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 12, 5), day(2026, 12, 7)));
    const Invoice inv = BookingBilling::generateInvoice(s, b.id, QDate(2026, 3, 2));
    BookingBilling::pay(s, b.id, inv.total, QDate(2026, 3, 2), {}, {}, {});
    for (bool confirmation : {false, true}) {
        try {
            confirmation ? BookingDispatch::sendPaymentConfirmation(s, b.id)
                         : BookingDispatch::sendLatestInvoice(s, b.id);
            FAIL("no address");
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            CHECK(e.field() == QStringLiteral("email"));
            CHECK(e.message().contains(QStringLiteral("Bo Uden Mail")));
        }
    }
    CHECK(Outbox::list(shop.db()).empty());
    const auto actions = journalActions(shop.db(), b.uid);
    CHECK_FALSE(contains(actions, "send_invoice"));
    CHECK_FALSE(contains(actions, "payment_confirmation"));
}

TEST_CASE("the payment confirmation waits for full payment and carries a PAID stamp",
          "[documents][booking][mail]") {
    DispatchShop shop;
    const Session s = shop.owner();
    const Invoice inv = BookingBilling::generateInvoice(s, shop.booking.id, QDate(2026, 3, 2));
    BookingBilling::pay(s, shop.booking.id, dkk(50000), QDate(2026, 3, 5), {}, {}, {});
    try {
        BookingDispatch::sendPaymentConfirmation(s, shop.booking.id);
        FAIL("not paid in full");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Conflict);
        CHECK(e.message().contains(QStringLiteral("not paid in full")));
        CHECK(e.message().contains(QStringLiteral("500.00")));
    }
    CHECK(Outbox::list(shop.db()).empty());

    BookingBilling::pay(s, shop.booking.id, inv.total - dkk(50000), QDate(2026, 3, 6), {}, {}, {});
    const std::int64_t id = BookingDispatch::sendPaymentConfirmation(s, shop.booking.id);
    const Outbox::Entry entry = Outbox::find(shop.db(), id);
    CHECK(entry.to == QStringLiteral("anna@example.dk"));
    const QByteArray mime = Outbox::mime(shop.db(), id);
    const QString fileName = BookingDispatch::paidCopyFileName(inv.number);
    CHECK(mime.contains(fileName.toLatin1()));
    TempDir dir;
    const QString text = pdfTextOf(attachment(mime, fileName), dir, "paid.pdf");
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("BETALT")));  // the Danish document's word for PAID
    CHECK(text.contains(QStringLiteral("FAKTURA")));
    CHECK(contains(journalActions(shop.db(), shop.booking.uid), "payment_confirmation"));
}

TEST_CASE("the PAID stamp is in the document's language and only on the paid copy", "[documents]") {
    DispatchShop shop;
    const Session s = shop.owner();
    const Invoice inv = BookingBilling::generateInvoice(s, shop.booking.id, QDate(2026, 3, 2));
    InvoiceDocument::Data data = InvoiceDocument::load(shop.db(), inv.id);
    TempDir dir;
    InvoiceDocument::writePdf(data, dir.path("plain.pdf"));
    data.paidCopy = true;
    data.language = QStringLiteral("en");
    InvoiceDocument::writePdf(data, dir.path("paid-en.pdf"));
    const QString plain = pdfText(dir.path("plain.pdf"));
    const QString paid = pdfText(dir.path("paid-en.pdf"));
    INFO(paid.toStdString());
    CHECK_FALSE(plain.contains(QStringLiteral("PAID")));
    CHECK_FALSE(plain.contains(QStringLiteral("BETALT")));
    CHECK(paid.contains(QStringLiteral("PAID")));
    CHECK(paid.contains(QStringLiteral("INVOICE")));
    CHECK(pdfPages(dir.path("paid-en.pdf")) == 1);
}

TEST_CASE("booking mails reach the mail server", "[documents][booking][mail]") {
    DispatchShop shop;
    const Session s = shop.owner();
    SmtpSink sink;
    MailSettings::save(s, plainSmtp(sink.port()));
    BookingBilling::generateInvoice(s, shop.booking.id, QDate(2026, 3, 2));
    const auto reports = BookingDispatch::sendSupplierReports(s, shop.booking.id);
    std::vector<std::int64_t> ids = reports.mailIds;
    ids.push_back(BookingDispatch::sendLatestInvoice(s, shop.booking.id));
    SmtpSender sender(MailSettings::load(shop.db()), shop.business.clock());
    const auto done = Outbox::deliver(shop.db(), sender, ids, shop.business.clock().now());
    REQUIRE(done.size() == 2);
    for (const Outbox::Entry& e : done)
        CHECK(e.status == QStringLiteral("sent"));
    const auto messages = sink.messages();
    REQUIRE(messages.size() == 2);
    CHECK(messages[0].recipients == QStringList{QStringLiteral("kano@limfjord.dk")});
    CHECK(messages[0].data.contains("supplier-report-"));
    CHECK(messages[1].recipients == QStringList{QStringLiteral("anna@example.dk")});
    CHECK(messages[1].data.contains("application/pdf"));
    CHECK(messages[1].data.contains("invoice-"));
}
