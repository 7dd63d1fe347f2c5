#pragma once

#include "core/booking/booking.h"
#include "core/invoicing/invoice.h"
#include "core/ledger/posting.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class Session;

struct BookingPayment {
    std::int64_t id = 0;
    std::int64_t bookingId = 0;
    std::int64_t postingId = 0;  // 0 for a failed payment
    QString kind;                // payment, refund
    bool succeeded = true;
    QDate date;
    Money amount;  // + in, − out
    QString method;
    QString transactionId;
    QString comment;
    QString account;
    std::int64_t createdMs = 0;
    QString createdBy;
};

// A booking's money through the receivables module: its invoices are
// invoices on the customer's debtor, its payments debtor payments settled
// against them. A booking paid in full turns its reservations final.
class BookingBilling final {
    Q_DECLARE_TR_FUNCTIONS(skranke::BookingBilling)
public:
    // Invoices the booking's rows not invoiced yet (not cancelled or
    // waiting), due on the final due date, with the deposit and its due date
    // in the message. The customer becomes a debtor when not one already.
    static Invoice generateInvoice(const Session& session, std::int64_t bookingId,
                                   const QDate& date);
    // Registers a payment on the booking's debtor, settled against the
    // booking's open invoices; the rest stays on the debtor as a prepayment.
    static BookingPayment pay(const Session& session, std::int64_t bookingId, const Money& amount,
                              const QDate& date, const QString& method,
                              const QString& transactionId, const QString& comment);
    // A declined or failed payment, kept for the record; no money moves.
    static BookingPayment recordFailed(const Session& session, std::int64_t bookingId,
                                       const Money& amount, const QDate& date,
                                       const QString& method, const QString& transactionId,
                                       const QString& comment);

    // Pays money back to the customer out of what the booking has paid and
    // not used (its payments' open credit and credit notes of its invoices):
    // to a bank account (NO 11 digits with MOD11, DK reg. + account, or an
    // IBAN; field "account") or, with an empty account, to the card.
    static BookingPayment refund(const Session& session, std::int64_t bookingId,
                                 const Money& amount, const QDate& date, const QString& account,
                                 const QString& transactionId, const QString& comment);
    // Moves unused payment from one booking to another (also of another
    // customer): paid back on the first, paid on the second and settled
    // against its invoices.
    static void transfer(const Session& session, std::int64_t fromBookingId,
                         std::int64_t toBookingId, const Money& amount, const QDate& date,
                         const QString& comment);
    // What the booking has paid and not used, that can be paid back.
    static Money refundable(Database& db, std::int64_t bookingId);
    // Throws Error::invalid("account") unless the text is a bank account of
    // the company's country or an IBAN.
    static void checkAccount(Database& db, const QString& account);

    static std::vector<Invoice> invoices(Database& db, std::int64_t bookingId);
    // The oldest invoice of the booking still open after its due date (at
    // `today`), when every row to bill is invoiced: what a reminder is for.
    static std::optional<Invoice> overdueInvoice(Database& db, std::int64_t bookingId,
                                                 const QDate& today);
    static std::vector<BookingPayment> payments(Database& db, std::int64_t bookingId);
    static Money paid(Database& db, std::int64_t bookingId);
    // The booking's entries on the debtor's ledger: its invoices and its
    // payments, by date.
    static std::vector<Posting> postings(Database& db, std::int64_t bookingId);
    // The deposit: the settings' share of the total, rounded to the minor unit.
    static Money deposit(Database& db, const Money& total);
    static Rate depositShare(Database& db);
    static void setDepositShare(const Session& session, const QString& percent);

private:
    static std::vector<std::int64_t> openCredits(Database& db, std::int64_t bookingId);
    static std::int64_t debtorFor(const Session& session, const Booking& booking);
    static void applyPaidState(const Session& session, const Booking& booking);
};

}  // namespace skranke
