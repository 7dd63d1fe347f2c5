#include "core/booking/bookingstore.h"

#include "core/company/companyservice.h"
#include "core/money/currency.h"
#include "core/store/database.h"
#include "core/store/error.h"

namespace skranke {

namespace {

constexpr const char* selectBooking =
    "SELECT id, uid, ifnull(customer_id, 0), created_ms, updated_ms, booked_by, tags, campaign, "
    "source, referrer, purpose, customer_comment, internal_note, supplier_report, "
    "supplier_report_sent_ms, invoice_wanted, payment_method, ifnull(deposit_due, ''), "
    "ifnull(final_due, ''), invoice_message, send_invoice, generate_invoice, generate_reminder, "
    "settle_booking, cancel_on_missing_payment, ifnull(copied_from, 0) FROM booking ";

Booking readBooking(const Statement& st) {
    Booking b;
    b.id = st.int64(0);
    b.uid = st.blob(1);
    b.customerId = st.int64(2);
    b.createdMs = st.int64(3);
    b.updatedMs = st.int64(4);
    b.bookedBy = st.text(5);
    b.tags = st.text(6);
    b.campaign = st.text(7);
    b.source = st.text(8);
    b.referrer = st.text(9);
    b.purpose = st.text(10);
    b.customerComment = st.text(11);
    b.internalNote = st.text(12);
    b.supplierReport = st.int64(13) != 0;
    b.supplierReportSentMs = st.optInt64(14);
    b.invoiceWanted = st.int64(15) != 0;
    b.paymentMethod = st.text(16);
    b.depositDue = QDate::fromString(st.text(17), Qt::ISODate);
    b.finalDue = QDate::fromString(st.text(18), Qt::ISODate);
    b.invoiceMessage = st.text(19);
    b.sendInvoice = st.int64(20) != 0;
    b.generateInvoice = st.int64(21) != 0;
    b.generateReminder = st.int64(22) != 0;
    b.settleBooking = st.int64(23) != 0;
    b.cancelOnMissingPayment = st.int64(24) != 0;
    b.copiedFrom = st.int64(25);
    return b;
}

}  // namespace

const char* const BookingStore::selectRow =
    "SELECT r.id, r.uid, r.booking_id, ifnull(r.parent_id, 0), r.product_id, "
    "ifnull(r.resource_id, 0), r.status, r.start_min, r.end_min, r.quantity, r.guests, "
    "r.offered_minor, r.manual_minor, r.currency, r.invoice_text, r.tags, r.overbooked, "
    "r.recurring, ifnull(r.recurring_from, 0), ifnull(r.invoice_id, 0), r.confirmed_ms, "
    "r.awaiting_settlement_ms, r.settled_ms, r.created_ms, r.updated_ms, "
    "ifnull(r.invoice_line_id, 0) FROM booking_row r ";

BookingRow BookingStore::readRow(const Statement& st) {
    BookingRow r;
    r.id = st.int64(0);
    r.uid = st.blob(1);
    r.bookingId = st.int64(2);
    r.parentId = st.int64(3);
    r.productId = st.int64(4);
    r.resourceId = st.int64(5);
    r.status = rowStatusFromKey(st.text(6));
    r.start = st.int64(7);
    r.end = st.int64(8);
    r.quantity = int(st.int64(9));
    r.guests = guestsFromText(st.text(10));
    const Currency currency = Currency::fromCode(st.text(13));
    if (const auto offered = st.optInt64(11))
        r.offered = Money(*offered, currency);
    if (const auto manual = st.optInt64(12))
        r.manual = Money(*manual, currency);
    r.invoiceText = st.text(14);
    r.tags = st.text(15);
    r.overbooked = st.int64(16) != 0;
    r.recurring = st.int64(17) != 0;
    r.recurringFrom = st.int64(18);
    r.invoiceId = st.int64(19);
    r.confirmedMs = st.optInt64(20);
    r.awaitingSettlementMs = st.optInt64(21);
    r.settledMs = st.optInt64(22);
    r.createdMs = st.int64(23);
    r.updatedMs = st.int64(24);
    r.invoiceLineId = st.int64(25);
    return r;
}

std::optional<Booking> BookingStore::find(Database& db, std::int64_t id) {
    auto st = db.prepare(std::string(selectBooking) + "WHERE id = ?1");
    st.bindAll(id);
    if (!st.step())
        return std::nullopt;
    return readBooking(st);
}

Booking BookingStore::require(Database& db, std::int64_t id) {
    auto b = find(db, id);
    if (!b)
        throw Error(ErrorCode::NotFound, tr("There is no booking %1.").arg(id),
                    QStringLiteral("booking"));
    return *b;
}

std::vector<BookingRow> BookingStore::rows(Database& db, std::int64_t bookingId) {
    auto st = db.prepare(std::string(selectRow) + "WHERE r.booking_id = ?1 ORDER BY r.id");
    st.bindAll(bookingId);
    std::vector<BookingRow> result;
    while (st.step())
        result.push_back(readRow(st));
    return result;
}

std::optional<BookingRow> BookingStore::row(Database& db, std::int64_t rowId) {
    auto st = db.prepare(std::string(selectRow) + "WHERE r.id = ?1");
    st.bindAll(rowId);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

BookingRow BookingStore::requireRow(Database& db, std::int64_t rowId) {
    auto r = row(db, rowId);
    if (!r)
        throw Error(ErrorCode::NotFound, tr("There is no booking row %1.").arg(rowId),
                    QStringLiteral("row"));
    return *r;
}

Money BookingStore::total(Database& db, const Booking& booking) {
    Money sum = Money::zero(Currency::fromCode(CompanyService::rules(db).currency));
    for (const BookingRow& r : rows(db, booking.id))
        if (billable(r.status))
            sum += r.price();
    // The fees charged on its cancellations, billed or not.
    auto st = db.prepare(
        "SELECT ifnull(sum(fee_minor), 0) FROM booking_cancellation WHERE booking_id = ?1");
    st.bindAll(booking.id);
    st.step();
    return sum + Money(st.int64(0), sum.currency());
}

std::vector<Booking> BookingStore::ofCustomer(Database& db, std::int64_t customerId, int limit) {
    auto st =
        db.prepare(std::string(selectBooking) + "WHERE customer_id = ?1 ORDER BY id DESC LIMIT ?2");
    st.bindAll(customerId, limit);
    std::vector<Booking> result;
    while (st.step())
        result.push_back(readBooking(st));
    return result;
}

}  // namespace skranke
