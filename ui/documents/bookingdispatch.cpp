#include "ui/documents/bookingdispatch.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/booking/bookingbilling.h"
#include "core/booking/bookingservice.h"
#include "core/booking/bookingstore.h"
#include "core/booking/cancellation.h"
#include "core/company/companyservice.h"
#include "core/mail/mailmessage.h"
#include "core/parties/customerservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"
#include "ui/documents/invoicedocument.h"
#include "ui/documents/letter.h"
#include "ui/documents/supplierreportdocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPagedPaintDevice>
#include <QTimeZone>
#include <algorithm>
#include <map>
#include <set>

namespace skranke {

namespace {

constexpr const char* Ctx = "skranke::BookingDispatch";
const QByteArray pdfType = QByteArrayLiteral("application/pdf");
const QString relatedKind = QStringLiteral("booking");

QDateTime localNow(const Session& session, const QString& timeZone) {
    const QTimeZone zone(timeZone.toUtf8());
    return QDateTime::fromMSecsSinceEpoch(session.clock().nowMs(),
                                          zone.isValid() ? zone : QTimeZone::utc());
}

// Queues the supplier's email with the report's PDF attached, and notes it
// in the result and in the journal's payload.
void queueReport(Database& db, const QString& companyName, const QDateTime& now,
                 std::int64_t bookingId, BookingDispatch::SupplierReport& report,
                 const QString& subject, const QString& body, const QByteArray& pdf,
                 BookingDispatch::SupplierReportResult& out, QJsonArray& reported) {
    MailMessage m;
    m.fromName = companyName;
    m.to = report.supplier.email.trimmed();
    m.toName = report.supplier.name;
    m.subject = subject;
    m.body = body;
    m.attachments.push_back(MailAttachment{report.fileName, pdfType, pdf});
    report.mailId = Outbox::enqueue(db, m, now, relatedKind, bookingId);
    out.mailIds.push_back(report.mailId);
    out.reports.push_back(report);
    QJsonArray rows;
    for (std::int64_t id : report.rowIds)
        rows.append(qint64(id));
    reported.append(QJsonObject{{QStringLiteral("supplier"), qint64(report.supplier.id)},
                                {QStringLiteral("name"), report.supplier.name},
                                {QStringLiteral("to"), m.to},
                                {QStringLiteral("rows"), rows},
                                {QStringLiteral("outbox_id"), qint64(report.mailId)}});
}

// The booking's newest posted invoice (not a credit note).
Invoice latestInvoice(Database& db, const Booking& booking) {
    const std::vector<Invoice> all = BookingBilling::invoices(db, booking.id);
    const auto it = std::find_if(all.rbegin(), all.rend(), [](const Invoice& inv) {
        return !inv.isCreditNote() && inv.status == Invoice::Status::Posted;
    });
    if (it == all.rend())
        throw Error(
            ErrorCode::Conflict,
            BookingDispatch::tr("Booking %1 has no invoice yet; generate the invoice first.")
                .arg(booking.id),
            QStringLiteral("invoice"));
    return *it;
}

// The booking's customer with the address the mail goes to.
Customer mailableCustomer(Database& db, const Booking& booking) {
    const std::optional<Customer> c =
        booking.customerId > 0 ? CustomerService::find(db, booking.customerId) : std::nullopt;
    if (!c)
        throw Error::invalid(
            QStringLiteral("customer"),
            BookingDispatch::tr("Booking %1 has no customer to send it to.").arg(booking.id));
    if (c->email.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("email"),
                             BookingDispatch::tr("%1 has no email address. Add one to the "
                                                 "customer, or print the invoice and send it by "
                                                 "post.")
                                 .arg(c->name));
    return *c;
}

}  // namespace

std::vector<BookingDispatch::SupplierRows> BookingDispatch::suppliers(Database& db,
                                                                      std::int64_t bookingId) {
    BookingStore::require(db, bookingId);
    std::map<std::int64_t, std::optional<Supplier>> ofProduct;
    std::map<std::int64_t, SupplierRows> bySupplier;
    for (const BookingRow& r : BookingStore::rows(db, bookingId)) {
        if (r.status == RowStatus::Cancelled)
            continue;
        if (!ofProduct.contains(r.productId))
            ofProduct[r.productId] = BookableCatalog::supplierOf(db, r.productId);
        const std::optional<Supplier>& s = ofProduct[r.productId];
        if (!s)
            continue;
        SupplierRows& rows = bySupplier[s->id];
        rows.supplier = *s;
        rows.rowIds.push_back(r.id);
    }
    std::vector<SupplierRows> out;
    for (auto& [id, rows] : bySupplier)
        out.push_back(std::move(rows));
    std::stable_sort(out.begin(), out.end(), [](const SupplierRows& a, const SupplierRows& b) {
        return QString::localeAwareCompare(a.supplier.name, b.supplier.name) < 0;
    });
    return out;
}

BookingDispatch::SupplierReportResult BookingDispatch::sendSupplierReports(const Session& session,
                                                                           std::int64_t bookingId) {
    session.require(rights::BookingEdit);
    Database& db = session.db();
    Transaction tx(db);
    const Booking booking = BookingStore::require(db, bookingId);
    const std::vector<SupplierRows> groups = suppliers(db, bookingId);
    if (groups.empty())
        throw Error(ErrorCode::Conflict,
                    tr("Booking %1 has no rows from a supplier (that are not cancelled): there is "
                       "nothing to report.")
                        .arg(bookingId),
                    QStringLiteral("booking"));
    const CompanyProfile company = CompanyService::require(db);
    const DocumentText text(DocumentText::languageFor({}, company.country));
    const QDateTime now = localNow(session, company.timeZone);

    SupplierReportResult out;
    QJsonArray reported;
    QJsonArray withoutEmail;
    for (const SupplierRows& group : groups) {
        SupplierReport report{group.supplier, group.rowIds,
                              SupplierReportDocument::fileName(bookingId, group.supplier.id), 0};
        const QString to = group.supplier.email.trimmed();
        if (to.isEmpty()) {
            out.withoutEmail.push_back(group.supplier);
            withoutEmail.append(QJsonObject{{QStringLiteral("supplier"), qint64(group.supplier.id)},
                                            {QStringLiteral("name"), group.supplier.name}});
            out.reports.push_back(report);
            continue;
        }
        const SupplierReportDocument document(
            SupplierReportDocument::load(db, bookingId, group.supplier.id));
        queueReport(
            db, company.name, now, bookingId, report,
            text(Ctx, QT_TRANSLATE_NOOP("skranke::BookingDispatch", "Booking %1 from %2"))
                .arg(QString::number(bookingId), company.name),
            text(Ctx, QT_TRANSLATE_NOOP("skranke::BookingDispatch",
                                        "Hello %1,\n\n"
                                        "Attached is our report of booking %2: the rows you "
                                        "supply, with arrival, departure, guests and the "
                                        "customer's comment.\n\n"
                                        "Kind regards\n%3"))
                .arg(group.supplier.name, QString::number(bookingId), company.name),
            document.pdf(), out, reported);
    }
    if (!out.mailIds.empty()) {
        BookingService::markSupplierReportSent(session, bookingId);
        out.sentMs = BookingStore::require(db, bookingId).supplierReportSentMs;
        session.journal(
            QStringLiteral("booking"), booking.uid, QStringLiteral("supplier_report"),
            {{QStringLiteral("sent"), reported}, {QStringLiteral("without_email"), withoutEmail}});
    }
    tx.commit();
    return out;
}

BookingDispatch::SupplierReportResult BookingDispatch::sendCancellationReports(
    const Session& session, std::int64_t bookingId,
    const std::vector<std::int64_t>& cancelledRowIds) {
    session.require(rights::BookingCancel);
    Database& db = session.db();
    Transaction tx(db);
    const Booking booking = BookingStore::require(db, bookingId);

    // Each row's newest cancellation, grouped by the supplier of its product.
    struct Group {
        Supplier supplier;
        std::vector<Cancellation> cancellations;
    };
    std::map<std::int64_t, Group> bySupplier;
    std::set<std::int64_t> seen;
    for (std::int64_t rowId : cancelledRowIds) {
        if (!seen.insert(rowId).second)
            continue;
        const BookingRow row = BookingStore::requireRow(db, rowId);
        if (row.bookingId != bookingId)
            throw Error::invalid(QStringLiteral("row"),
                                 tr("Row %1 is not in booking %2.").arg(rowId).arg(bookingId));
        auto st = db.prepare(std::string(CancellationStore::select) +
                             "WHERE c.row_id = ?1 ORDER BY c.id DESC LIMIT 1");
        st.bindAll(rowId);
        if (!st.step())
            throw Error(ErrorCode::Conflict, tr("Row %1 is not cancelled.").arg(rowId),
                        QStringLiteral("row"));
        const Cancellation c = CancellationStore::read(st);
        const std::optional<Supplier> supplier = BookableCatalog::supplierOf(db, c.productId);
        if (!supplier)
            continue;
        Group& group = bySupplier[supplier->id];
        group.supplier = *supplier;
        group.cancellations.push_back(c);
    }
    std::vector<Group> groups;
    for (auto& [id, group] : bySupplier)
        groups.push_back(std::move(group));
    std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        return QString::localeAwareCompare(a.supplier.name, b.supplier.name) < 0;
    });

    const CompanyProfile company = CompanyService::require(db);
    const DocumentText text(DocumentText::languageFor({}, company.country));
    const QDateTime now = localNow(session, company.timeZone);
    SupplierReportResult out;
    QJsonArray reported;
    for (const Group& group : groups) {
        SupplierReport report{group.supplier, {}, {}, 0};
        for (const Cancellation& c : group.cancellations)
            report.rowIds.push_back(c.rowId);
        report.fileName =
            SupplierReportDocument::cancellationFileName(bookingId, group.supplier.id);
        const QString to = group.supplier.email.trimmed();
        if (to.isEmpty()) {
            out.withoutEmail.push_back(group.supplier);
            out.reports.push_back(report);
            continue;
        }
        const SupplierReportDocument document(SupplierReportDocument::loadCancelled(
            db, bookingId, group.supplier.id, group.cancellations));
        queueReport(
            db, company.name, now, bookingId, report,
            text(Ctx, QT_TRANSLATE_NOOP("skranke::BookingDispatch",
                                        "Cancellation in booking %1 from %2"))
                .arg(QString::number(bookingId), company.name),
            text(Ctx, QT_TRANSLATE_NOOP("skranke::BookingDispatch",
                                        "Hello %1,\n\n"
                                        "Part of booking %2 that you supply is cancelled. "
                                        "Attached are the cancelled rows, with when and why "
                                        "they were cancelled.\n\n"
                                        "Kind regards\n%3"))
                .arg(group.supplier.name, QString::number(bookingId), company.name),
            document.pdf(), out, reported);
    }
    if (!out.mailIds.empty()) {
        out.sentMs = session.clock().nowMs();
        QJsonArray withoutEmail;
        for (const Supplier& s : out.withoutEmail)
            withoutEmail.append(QJsonObject{{QStringLiteral("supplier"), qint64(s.id)},
                                            {QStringLiteral("name"), s.name}});
        session.journal(
            QStringLiteral("booking"), booking.uid, QStringLiteral("supplier_cancellation_report"),
            {{QStringLiteral("sent"), reported}, {QStringLiteral("without_email"), withoutEmail}});
    }
    tx.commit();
    return out;
}

std::int64_t BookingDispatch::sendLatestInvoice(const Session& session, std::int64_t bookingId) {
    return sendInvoice(session, bookingId, false);
}

std::int64_t BookingDispatch::sendPaymentConfirmation(const Session& session,
                                                      std::int64_t bookingId) {
    return sendInvoice(session, bookingId, true);
}

std::int64_t BookingDispatch::sendInvoice(const Session& session, std::int64_t bookingId,
                                          bool paidCopy) {
    session.require(rights::BookingEdit);
    Database& db = session.db();
    Transaction tx(db);
    const Booking booking = BookingStore::require(db, bookingId);
    const Invoice invoice = latestInvoice(db, booking);
    if (paidCopy) {
        const Money total = BookingStore::total(db, booking);
        const Money paid = BookingBilling::paid(db, bookingId);
        if (paid < total)
            throw Error(ErrorCode::Conflict,
                        tr("Booking %1 is not paid in full: %2 of %3 %4 is paid. The payment "
                           "confirmation goes out when all of it is.")
                            .arg(QString::number(bookingId), paid.toDecimalString(),
                                 total.toDecimalString(), total.currency().code()),
                        QStringLiteral("paid"));
    }
    const Customer customer = mailableCustomer(db, booking);

    InvoiceDocument::Data data = InvoiceDocument::load(db, invoice.id);
    data.paidCopy = paidCopy;
    const DocumentText text(data.language);
    const QLocale& loc = text.locale();
    const QString number = QString::number(invoice.number);
    const QString company = data.company.name;
    MailMessage m;
    m.fromName = company;
    m.to = customer.email.trimmed();
    m.toName = customer.name;
    if (paidCopy) {
        m.subject = text(Ctx, QT_TRANSLATE_NOOP("skranke::BookingDispatch",
                                                "Payment confirmation for invoice %1 from %2"))
                        .arg(number, company);
        m.body = text(Ctx, QT_TRANSLATE_NOOP("skranke::BookingDispatch",
                                             "Dear %1,\n\n"
                                             "Thank you for your payment. Attached is a copy of "
                                             "invoice %2 for your booking %3, marked paid; "
                                             "%4 is paid in full.\n\n"
                                             "Kind regards\n%5"))
                     .arg(customer.name, number, QString::number(bookingId),
                          invoice.total.formatWithCurrency(loc), company);
    } else {
        m.subject = text(Ctx, QT_TRANSLATE_NOOP("skranke::BookingDispatch", "Invoice %1 from %2"))
                        .arg(number, company);
        m.body = text(Ctx, QT_TRANSLATE_NOOP("skranke::BookingDispatch",
                                             "Dear %1,\n\n"
                                             "Attached is invoice %2 for your booking %3: "
                                             "%4, due %5.\n\n"
                                             "Kind regards\n%6"))
                     .arg(customer.name, number, QString::number(bookingId),
                          invoice.total.formatWithCurrency(loc),
                          loc.toString(invoice.dueDate, QLocale::ShortFormat), company);
    }
    const QString fileName =
        paidCopy ? paidCopyFileName(invoice.number) : invoiceFileName(invoice.number);
    const InvoiceDocument document(data);
    // Titled as InvoiceDocument::writePdf titles the invoice.
    const QString title = text("skranke::InvoiceDocument",
                               QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Invoice %1"))
                              .arg(invoice.number);
    m.attachments.push_back(MailAttachment{
        fileName, pdfType,
        Letter::pdfBytes(title, [&](QPagedPaintDevice& device) { document.print(device); })});
    const std::int64_t mailId =
        Outbox::enqueue(db, m, localNow(session, data.company.timeZone), relatedKind, bookingId);
    session.journal(
        QStringLiteral("booking"), booking.uid,
        paidCopy ? QStringLiteral("payment_confirmation") : QStringLiteral("send_invoice"),
        {{QStringLiteral("invoice"), qint64(invoice.number)},
         {QStringLiteral("to"), m.to},
         {QStringLiteral("outbox_id"), qint64(mailId)}});
    tx.commit();
    return mailId;
}

QString BookingDispatch::writeSupplierReportPdf(Database& db, std::int64_t bookingId,
                                                std::int64_t supplierId, const QString& path) {
    SupplierReportDocument(SupplierReportDocument::load(db, bookingId, supplierId)).writePdf(path);
    return path;
}

QString BookingDispatch::invoiceFileName(std::int64_t invoiceNumber) {
    return QStringLiteral("invoice-%1.pdf").arg(invoiceNumber);
}

QString BookingDispatch::paidCopyFileName(std::int64_t invoiceNumber) {
    return QStringLiteral("invoice-%1-paid.pdf").arg(invoiceNumber);
}

}  // namespace skranke
