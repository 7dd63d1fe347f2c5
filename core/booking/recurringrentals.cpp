#include "core/booking/recurringrentals.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/booking/bookingbilling.h"
#include "core/booking/bookingservice.h"
#include "core/booking/bookingstore.h"
#include "core/booking/bookingtime.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"

#include <set>

namespace skranke {

RecurringRentals::Result RecurringRentals::run(const Session& session, int year, int month,
                                               const QDate& invoiceDate) {
    session.require(rights::BookingEdit);
    const QDate first(year, month, 1);
    if (!first.isValid())
        throw Error::invalid(QStringLiteral("month"),
                             tr("%1-%2 is not a month.").arg(year).arg(month));
    const std::int64_t start = BookingTime::fromDate(first);
    const std::int64_t end = BookingTime::fromDate(first.addMonths(1));
    Transaction tx(session.db());
    Database& db = session.db();
    // The rentals: long-term rows that repeat, began before the month and are
    // not cancelled; the month's row is found by recurring_from.
    auto st = db.prepare(
        "SELECT r.id, r.booking_id, EXISTS (SELECT 1 FROM booking_row m WHERE "
        "m.recurring_from = r.id AND m.start_min = ?1) FROM booking_row r "
        "WHERE r.recurring = 1 AND r.recurring_from IS NULL AND r.status = 'long_term' "
        "AND r.start_min < ?1 ORDER BY r.booking_id, r.id");
    st.bindAll(start);
    struct Rental {
        std::int64_t rowId;
        std::int64_t bookingId;
        bool done;
    };
    std::vector<Rental> rentals;
    while (st.step())
        rentals.push_back({st.int64(0), st.int64(1), st.int64(2) != 0});
    Result result;
    std::set<std::int64_t> toInvoice;
    for (const Rental& rental : rentals) {
        if (rental.done) {
            result.skippedBookings.push_back(rental.bookingId);
            continue;
        }
        const BookingRow source = BookingStore::requireRow(db, rental.rowId);
        RowInput in = BookingService::inputOf(source);
        in.start = start;
        in.end = end;
        in.recurring = false;
        in.parentId = 0;
        in.allowOverbooking = false;
        in.manual = source.price();  // the rent is the same every month
        const BookingRow created = BookingService::addRow(session, source.bookingId, in);
        db.prepare("UPDATE booking_row SET recurring_from = ?2 WHERE id = ?1")
            .bindAll(created.id, source.id)
            .run();
        result.rowIds.push_back(created.id);
        const Booking booking = BookingStore::require(db, source.bookingId);
        if (booking.invoiceWanted)
            toInvoice.insert(booking.id);
    }
    for (std::int64_t bookingId : toInvoice)
        result.invoiceNumbers.push_back(
            BookingBilling::generateInvoice(session, bookingId, invoiceDate).number);
    tx.commit();
    return result;
}

}  // namespace skranke
