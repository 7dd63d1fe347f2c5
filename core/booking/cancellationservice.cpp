#include "core/booking/cancellationservice.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/booking/bookingservice.h"
#include "core/booking/bookingstore.h"
#include "core/booking/bookingtime.h"
#include "core/company/companyservice.h"
#include "core/invoicing/invoiceservice.h"
#include "core/invoicing/invoicestore.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"
#include "core/time/dates.h"

namespace skranke {

namespace {

void requireReason(const CancelRequest& request) {
    if (request.reason.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("reason"),
                             CancellationService::tr("Write why it is cancelled: the reason is "
                                                     "required."));
}

// The row's package parts and accessories not cancelled yet.
std::vector<BookingRow> liveParts(Database& db, const BookingRow& row) {
    auto st = db.prepare(std::string(BookingStore::selectRow) +
                         "WHERE r.parent_id = ?1 AND r.status <> 'cancelled' ORDER BY r.id");
    st.bindAll(row.id);
    std::vector<BookingRow> parts;
    while (st.step())
        parts.push_back(BookingStore::readRow(st));
    return parts;
}

// The part of a row's price that `units` of its quantity stand for.
Money priceOfUnits(const BookingRow& row, int units) {
    if (units == row.quantity)
        return row.price();
    return row.price().times(Rational(units) / row.quantity, Rounding::HalfAwayFromZero,
                             "cancelled-units");
}

}  // namespace

bool CancellationService::billed(Database& db, const BookingRow& row) {
    if (row.settled() && row.invoiceId == 0)
        return true;
    if (row.invoiceId == 0)
        return false;
    const auto invoice = InvoiceService::find(db, row.invoiceId);
    if (!invoice || InvoiceService::uncredited(db, *invoice).isZero())
        return false;
    if (row.invoiceLineId == 0)
        return true;
    const auto credited = InvoiceStore::creditedQuantities(db, row.invoiceId);
    for (const InvoiceLine& l : invoice->lines)
        if (l.id == row.invoiceLineId)
            return credited.value(l.id, 0) < l.input.quantityMilli;
    return true;
}

std::optional<std::int64_t> CancellationService::bookingOfInvoice(Database& db,
                                                                  std::int64_t invoiceId) {
    auto st = db.prepare(
        "SELECT b.booking_id FROM booking_invoice b WHERE b.invoice_id = ?1 OR b.invoice_id = "
        "(SELECT credited_invoice_id FROM invoice WHERE id = ?1)");
    st.bindAll(invoiceId);
    if (!st.step())
        return std::nullopt;
    return st.int64(0);
}

CancelQuote CancellationService::quote(const Session& session, std::int64_t rowId, int units) {
    Database& db = session.db();
    CancelQuote q;
    q.row = BookingStore::requireRow(db, rowId);
    if (q.row.status == RowStatus::Cancelled)
        throw Error(ErrorCode::Conflict, tr("Row %1 is cancelled already.").arg(rowId),
                    QStringLiteral("row"));
    q.units = units == 0 ? q.row.quantity : units;
    if (q.units < 1 || q.units > q.row.quantity)
        throw Error::invalid(
            QStringLiteral("quantity"),
            tr("Row %1 has %2 units: cancel between 1 and %2.").arg(rowId).arg(q.row.quantity));
    q.billed = billed(db, q.row);
    const QDate today =
        Dates::localDate(session.clock().nowMs(), CompanyService::require(db).timeZone);
    const QDate arrival = BookingTime::date(q.row.start);
    q.daysLeft = today.daysTo(arrival);
    // A billed row cancelled anyway keeps its purchase: there is no fee on
    // top. A waiting-list place was never promised: leaving it is free.
    const bool free = q.billed || q.row.status == RowStatus::Waitlist;
    q.share = free ? Rate()
                   : CancellationRules::feeShare(CancellationRules::of(db, q.row.productId),
                                                 arrival, today);
    q.suggestedFee =
        priceOfUnits(q.row, q.units).times(q.share, Rounding::HalfAwayFromZero, "cancellation-fee");
    q.parts = liveParts(db, q.row);
    return q;
}

void CancellationService::checkAllowed(const Session& session, const CancelQuote& q) {
    session.require(rights::BookingCancel);
    if (q.billed && !session.has(rights::BookingCancelDebited)) {
        const auto invoice = InvoiceService::find(session.db(), q.row.invoiceId);
        throw Error(
            ErrorCode::Forbidden,
            invoice ? tr("Row %1 is billed on invoice %2: credit it first (credit note), "
                         "or ask a user with the right \"%3\".")
                          .arg(q.row.id)
                          .arg(invoice->number)
                          .arg(rights::describe(QString::fromLatin1(rights::BookingCancelDebited)))
                    : tr("Row %1 is paid: return or credit it first, or ask a user with "
                         "the right \"%2\".")
                          .arg(q.row.id)
                          .arg(rights::describe(QString::fromLatin1(rights::BookingCancelDebited))),
            QStringLiteral("row"));
    }
}

Cancellation CancellationService::cancelOne(const Session& session, const BookingRow& row,
                                            const CancelRequest& request, int units) {
    Database& db = session.db();
    const CancelQuote q = quote(session, row.id, units);
    if (q.units < q.row.quantity && q.billed)
        throw Error(ErrorCode::Conflict,
                    tr("Row %1 is invoiced: only the whole row can be cancelled, after it is "
                       "credited.")
                        .arg(row.id),
                    QStringLiteral("quantity"));
    checkAllowed(session, q);
    const Booking booking = BookingStore::require(db, q.row.bookingId);
    const std::int64_t now = session.clock().nowMs();
    if (q.units < q.row.quantity) {
        RowInput rest = BookingService::inputOf(q.row);
        rest.quantity = q.row.quantity - q.units;
        if (q.row.manual)
            rest.manual = *q.row.manual - priceOfUnits(q.row, q.units);
        BookingService::saveRow(session, q.row.id, rest);
    } else {
        db.prepare("UPDATE booking_row SET status = 'cancelled', updated_ms = ?2 WHERE id = ?1")
            .bindAll(q.row.id, now)
            .run();
    }
    const bool waived = request.waiveFee && q.suggestedFee.isPositive();
    const Money fee = waived ? Money::zero(q.suggestedFee.currency()) : q.suggestedFee;
    auto st = db.prepare(
        "INSERT INTO booking_cancellation(uid, booking_id, row_id, product_id, start_min, "
        "end_min, quantity, reason, suggested_fee_minor, fee_minor, currency, waived_by, debited, "
        "cancelled_ms, cancelled_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
        "?13, ?14, ?15)");
    st.bind(1, Uuid::v7(now)).bind(2, q.row.bookingId).bind(3, q.row.id);
    st.bind(4, q.row.productId).bind(5, q.row.start).bind(6, q.row.end);
    st.bind(7, std::int64_t(q.units)).bind(8, request.reason.trimmed());
    st.bind(9, q.suggestedFee.minor()).bind(10, fee.minor());
    st.bind(11, fee.currency().code());
    if (waived)
        st.bind(12, session.user().login);
    else
        st.bindNull(12);
    st.bind(13, q.billed).bind(14, now).bind(15, session.user().login).run();
    const std::int64_t id = db.lastInsertId();
    QJsonObject payload{{QStringLiteral("cancellation"), qint64(id)},
                        {QStringLiteral("row"), qint64(q.row.id)},
                        {QStringLiteral("units"), q.units},
                        {QStringLiteral("of"), q.row.quantity},
                        {QStringLiteral("reason"), request.reason.trimmed()},
                        {QStringLiteral("fee"), fee.toDecimalString()}};
    if (waived)
        payload.insert(QStringLiteral("waived_fee"), q.suggestedFee.toDecimalString());
    if (q.billed)
        payload.insert(QStringLiteral("billed"), true);
    session.journal(QStringLiteral("booking"), booking.uid, QStringLiteral("cancel"), payload);
    db.prepare("UPDATE booking SET updated_ms = ?2 WHERE id = ?1").bindAll(booking.id, now).run();
    auto read = db.prepare(std::string(CancellationStore::select) + "WHERE c.id = ?1");
    read.bindAll(id);
    read.step();
    return CancellationStore::read(read);
}

std::vector<Cancellation> CancellationService::cancelRow(const Session& session, std::int64_t rowId,
                                                         const CancelRequest& request) {
    session.require(rights::BookingCancel);
    requireReason(request);
    Transaction tx(session.db());
    const BookingRow row = BookingStore::requireRow(session.db(), rowId);
    std::vector<Cancellation> done{cancelOne(session, row, request, request.units)};
    if (request.allParts && request.units == 0) {
        // Parts of parts too, breadth first.
        std::vector<BookingRow> queue = liveParts(session.db(), row);
        for (std::size_t i = 0; i < queue.size(); ++i) {
            done.push_back(cancelOne(session, queue[i], request, 0));
            for (const BookingRow& deeper : liveParts(session.db(), queue[i]))
                queue.push_back(deeper);
        }
    }
    tx.commit();
    return done;
}

std::vector<Cancellation> CancellationService::cancelBooking(const Session& session,
                                                             std::int64_t bookingId,
                                                             const CancelRequest& request) {
    session.require(rights::BookingCancel);
    requireReason(request);
    Transaction tx(session.db());
    BookingStore::require(session.db(), bookingId);
    std::vector<Cancellation> done;
    for (const BookingRow& r : BookingStore::rows(session.db(), bookingId))
        if (r.status != RowStatus::Cancelled)
            done.push_back(cancelOne(session, r, request, 0));
    if (done.empty())
        throw Error(ErrorCode::Conflict,
                    tr("Booking %1 has nothing left to cancel.").arg(bookingId),
                    QStringLiteral("booking"));
    tx.commit();
    return done;
}

BookingRow CancellationService::editReducing(const Session& session, std::int64_t rowId,
                                             const RowInput& input, const CancelRequest& request) {
    session.require(rights::BookingCancel);
    requireReason(request);
    Transaction tx(session.db());
    const BookingRow before = BookingStore::requireRow(session.db(), rowId);
    if (input.quantity >= before.quantity || input.quantity < 1)
        throw Error::invalid(QStringLiteral("quantity"),
                             tr("Cancelling units lowers the quantity below %1, to at least 1.")
                                 .arg(before.quantity));
    cancelOne(session, before, request, before.quantity - input.quantity);
    RowInput rest = input;
    // The price entered was for the old quantity; what stays after the
    // cancellation is the manual price of the rest.
    if (input.manual && before.manual && *input.manual == *before.manual)
        rest.manual = BookingStore::requireRow(session.db(), rowId).manual;
    const BookingRow after = BookingService::saveRow(session, rowId, rest);
    tx.commit();
    return after;
}

}  // namespace skranke
