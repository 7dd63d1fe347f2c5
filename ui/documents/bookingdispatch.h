#pragma once

#include "core/catalog/bookablecatalog.h"
#include "core/mail/outbox.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class MailSender;
class Session;

// A booking's mail-outs: the supplier reports, the suppliers' cancellation
// reports, the latest invoice, and the payment confirmation (a copy of the latest invoice marked
// PAID). Each call renders the PDFs and queues the emails in the outbox in one transaction,
// journaled on the booking; delivery is separate (Outbox::deliver), so a mail server that is down
// never loses a mail. Shared by the GUI and the CLI.
class BookingDispatch final {
    Q_DECLARE_TR_FUNCTIONS(skranke::BookingDispatch)
public:
    // One supplier's part of a booking: their rows that are not cancelled.
    struct SupplierRows {
        Supplier supplier;
        std::vector<std::int64_t> rowIds;
    };
    struct SupplierReport {
        Supplier supplier;
        std::vector<std::int64_t> rowIds;
        QString fileName;         // of the PDF attached
        std::int64_t mailId = 0;  // the outbox entry; 0 when the supplier has no email
    };
    struct SupplierReportResult {
        std::vector<SupplierReport> reports;  // by supplier name
        std::vector<std::int64_t> mailIds;    // outbox entries queued
        std::vector<Supplier> withoutEmail;   // reported back, not sent; not an error
        // When the mails were queued: set when at least one was. For
        // sendSupplierReports also when the booking was marked as reported.
        std::optional<std::int64_t> sentMs;
    };

    // The suppliers of the booking's rows that are not cancelled, by name,
    // with their rows. Throws NotFound for an unknown booking.
    static std::vector<SupplierRows> suppliers(Database& db, std::int64_t bookingId);

    // For each supplier of the booking's rows that are not cancelled: a PDF
    // of their rows and an email with it attached, in the company's
    // language, queued in one transaction; then the booking is marked as
    // reported (BookingService::markSupplierReportSent). A supplier without
    // an email comes back in withoutEmail. Throws Conflict naming "booking"
    // when no row has a supplier; needs booking.edit.
    static SupplierReportResult sendSupplierReports(const Session& session, std::int64_t bookingId);

    // Tells the suppliers what was just cancelled. Call it right after
    // CancellationService::cancelRow / cancelBooking / editReducing when the
    // booking's supplierReport flag is set, with the rows those cancelled
    // (Cancellation::rowId); wrap both in one Transaction to make the
    // cancellation and its reports one (Transactions nest).
    //
    // Each row is reported with its newest cancellation (the period and
    // units it cancelled, the reason and the time). For each supplier of
    // those rows, by name: a "Cancellation" PDF of their rows
    // (SupplierReportDocument::loadCancelled, in the company's language)
    // attached to an email queued in the outbox, all in one transaction and
    // journaled on the booking as "supplier_cancellation_report". Rows whose
    // product has no supplier are skipped; a supplier without an email comes
    // back in withoutEmail (in reports with mailId 0), not as an error. No
    // rows, or none from a supplier: an empty result, nothing written. The
    // booking's supplier_report_sent is left as it is: it dates the report
    // of the booking's live rows, which this is not.
    //
    // Needs booking.cancel. Throws NotFound naming "row" for an unknown row,
    // InvalidInput naming "row" for a row of another booking, Conflict
    // naming "row" for a row with no recorded cancellation.
    static SupplierReportResult sendCancellationReports(
        const Session& session, std::int64_t bookingId,
        const std::vector<std::int64_t>& cancelledRowIds);

    // Emails the booking's newest invoice as a PDF to the customer; returns
    // the outbox entry. Throws Error::invalid("email") when the customer has
    // no email address, Conflict naming "invoice" when the booking has no
    // invoice; needs booking.edit.
    static std::int64_t sendLatestInvoice(const Session& session, std::int64_t bookingId);

    // Emails a copy of the newest invoice marked PAID, when the booking is
    // paid in full (paid ≥ total); returns the outbox entry. Throws Conflict
    // naming "paid" when it is not, and as sendLatestInvoice otherwise.
    static std::int64_t sendPaymentConfirmation(const Session& session, std::int64_t bookingId);

    // Writes one supplier's report of the booking to `path` and returns the
    // path; for the CLI and the print preview. Throws as
    // SupplierReportDocument::load, and Error(Storage) naming "file".
    static QString writeSupplierReportPdf(Database& db, std::int64_t bookingId,
                                          std::int64_t supplierId, const QString& path);

    // File names of the attachments.
    static QString invoiceFileName(std::int64_t invoiceNumber);   // invoice-<n>.pdf
    static QString paidCopyFileName(std::int64_t invoiceNumber);  // invoice-<n>-paid.pdf

private:
    static std::int64_t sendInvoice(const Session& session, std::int64_t bookingId, bool paidCopy);
};

}  // namespace skranke
