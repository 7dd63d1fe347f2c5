#include "core/booking/billingrun.h"

#include "core/auth/session.h"
#include "core/booking/bookingbilling.h"
#include "core/booking/bookingstore.h"
#include "core/booking/cancellationservice.h"
#include "core/invoicing/invoiceservice.h"
#include "core/parties/customerservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"

#include <QLocale>
#include <set>

namespace skranke {

namespace {

std::vector<std::int64_t> ids(Database& db, const char* sql, const QDate& today) {
    auto st = db.prepare(sql);
    if (QByteArray(sql).contains("?1"))
        st.bindAll(today.toString(Qt::ISODate));
    std::vector<std::int64_t> out;
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

QString customerOf(Database& db, const Booking& b) {
    const auto c = b.customerId > 0 ? CustomerService::find(db, b.customerId) : std::nullopt;
    return c ? c->name : QString();
}

// Why the booking is cancelled for want of payment, or empty when it is not.
QString missingPayment(Database& db, const Booking& b, const QDate& today) {
    if (BookingBilling::invoices(db, b.id).empty())
        return {};  // never invoiced: the customer could not pay
    const Money total = BookingStore::total(db, b);
    if (!total.isPositive())
        return {};
    const Money paid = BookingBilling::paid(db, b.id);
    const QLocale locale;
    if (b.finalDue.isValid() && b.finalDue < today && paid < total)
        return BillingRun::tr(
                   "Not paid in full by the final due date %1 (paid %2 of %3); "
                   "cancelled by the billing run.")
            .arg(locale.toString(b.finalDue, QLocale::ShortFormat), paid.format(locale, true),
                 total.format(locale, true));
    const Money deposit = BookingBilling::deposit(db, total);
    if (b.depositDue.isValid() && b.depositDue < today && paid < deposit)
        return BillingRun::tr(
                   "Deposit not paid by %1 (paid %2 of %3); cancelled by the billing "
                   "run.")
            .arg(locale.toString(b.depositDue, QLocale::ShortFormat), paid.format(locale, true),
                 deposit.format(locale, true));
    return {};
}

}  // namespace

QString BillingRun::actionName(Action action) {
    switch (action) {
        case Action::Invoice:
            return tr("Invoice");
        case Action::Remind:
            return tr("Remind");
        case Action::Cancel:
            return tr("Cancel");
    }
    return {};
}

std::vector<BillingRun::Item> BillingRun::plan(Database& db, const QDate& today) {
    std::vector<Item> items;
    std::set<std::int64_t> cancelled;
    // Unpaid bookings that cancel themselves: any with a due date passed and
    // a row still booked.
    for (const std::int64_t id : ids(db,
                                     "SELECT b.id FROM booking b WHERE "
                                     "b.cancel_on_missing_payment = 1 AND (b.deposit_due < ?1 OR "
                                     "b.final_due < ?1) AND EXISTS (SELECT 1 FROM booking_row r "
                                     "WHERE r.booking_id = b.id AND r.status <> 'cancelled') "
                                     "ORDER BY b.id",
                                     today)) {
        const Booking b = BookingStore::require(db, id);
        const QString why = missingPayment(db, b, today);
        if (why.isEmpty())
            continue;
        Item item;
        item.action = Action::Cancel;
        item.bookingId = id;
        item.customer = customerOf(db, b);
        item.note = why;
        items.push_back(item);
        cancelled.insert(id);
    }
    // Rows or fees not invoiced yet.
    for (const std::int64_t id :
         ids(db,
             "SELECT b.id FROM booking b WHERE b.generate_invoice = 1 AND b.invoice_wanted = 1 "
             "AND (EXISTS (SELECT 1 FROM booking_row r WHERE r.booking_id = b.id AND "
             "r.invoice_id IS NULL AND r.status NOT IN ('cancelled', 'waitlist')) OR EXISTS "
             "(SELECT 1 FROM booking_cancellation c WHERE c.booking_id = b.id AND "
             "c.fee_minor > 0 AND c.invoice_id IS NULL)) ORDER BY b.id",
             today)) {
        if (cancelled.contains(id))
            continue;
        const Booking b = BookingStore::require(db, id);
        Item item;
        item.action = Action::Invoice;
        item.bookingId = id;
        item.customer = customerOf(db, b);
        item.send = b.sendInvoice;
        if (b.customerId <= 0) {
            item.refused = true;
            item.note = tr("No customer to invoice.");
        }
        items.push_back(item);
    }
    // Invoices open after their due date, for the reminder run ("<> 0" lets
    // the partial index of open postings serve).
    for (const std::int64_t id : ids(db,
                                     "SELECT DISTINCT bi.booking_id FROM posting_open o "
                                     "JOIN posting p ON p.id = o.posting_id "
                                     "JOIN booking_invoice bi ON bi.invoice_id = p.invoice_id "
                                     "JOIN booking b ON b.id = bi.booking_id "
                                     "WHERE o.open_minor <> 0 AND o.open_minor > 0 AND "
                                     "o.due_date < ?1 AND p.kind = 'invoice' AND "
                                     "b.generate_reminder = 1 ORDER BY bi.booking_id",
                                     today)) {
        if (cancelled.contains(id))
            continue;
        const auto overdue = BookingBilling::overdueInvoice(db, id, today);
        if (!overdue)
            continue;
        const Booking b = BookingStore::require(db, id);
        Item item;
        item.action = Action::Remind;
        item.bookingId = id;
        item.customer = customerOf(db, b);
        item.invoiceNumber = overdue->number;
        item.debtorId = overdue->debtorId;
        items.push_back(item);
    }
    return items;
}

std::vector<BillingRun::Item> BillingRun::preview(Database& db, const QDate& today) {
    return plan(db, today);
}

void BillingRun::cancelUnpaid(const Session& session, Item& item) {
    Transaction tx(session.db());
    // Credit what is still claimed, so the customer owes nothing for a stay
    // that will not happen; what was paid stays on the debtor to pay back.
    for (const Invoice& inv : BookingBilling::invoices(session.db(), item.bookingId))
        if (!inv.isCreditNote() && InvoiceService::uncredited(session.db(), inv).isPositive())
            InvoiceService::creditNote(session, inv.number, {});
    CancelRequest request;
    request.reason = item.note;
    request.waiveFee = true;
    for (const Cancellation& c :
         CancellationService::cancelBooking(session, item.bookingId, request))
        item.rowIds.push_back(c.rowId);
    tx.commit();
}

std::vector<BillingRun::Item> BillingRun::run(const Session& session, const QDate& today) {
    if (!today.isValid())
        throw Error::invalid(QStringLiteral("date"), tr("The run's date is required."));
    std::vector<Item> items = plan(session.db(), today);
    for (Item& item : items) {
        if (item.refused || item.action == Action::Remind)
            continue;
        try {
            if (item.action == Action::Cancel) {
                cancelUnpaid(session, item);
            } else {
                item.invoiceNumber =
                    BookingBilling::generateInvoice(session, item.bookingId, today).number;
            }
        } catch (const Error& e) {
            item.refused = true;
            item.note = e.message();
        }
    }
    return items;
}

}  // namespace skranke
