#pragma once

#include "core/booking/booking.h"
#include "core/booking/cancellation.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class Session;

// What staff decide when they cancel.
struct CancelRequest {
    QString reason;         // required
    int units = 0;          // 0: the whole row; fewer than its quantity cancels that many
    bool waiveFee = false;  // charge nothing of the suggested fee (recorded with who)
    bool allParts = false;  // also cancel the row's package parts and accessories
};

// What cancelling a row would mean, for the confirmation before it.
struct CancelQuote {
    BookingRow row;
    int units = 1;
    bool billed = false;     // invoiced and not credited, or paid
    long long daysLeft = 0;  // arrival − today
    Rate share;              // of the cancelled units' price
    Money suggestedFee;
    std::vector<BookingRow> parts;  // child rows not cancelled yet
};

// Cancelling booking rows and whole bookings. A booking is never deleted:
// each cancellation is recorded with who, when, why and its fee, journaled,
// and frees the cancelled units in the schedule. Each call is one
// transaction; a refusal writes nothing.
class CancellationService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::CancellationService)
public:
    static CancelQuote quote(const Session& session, std::int64_t rowId, int units = 0);
    // Throws Forbidden (with what to do instead) when the user may not
    // cancel the quoted row: billed rows need booking.cancel_debited.
    static void checkAllowed(const Session& session, const CancelQuote& quote);
    // Cancels the row (or `units` of it), and with allParts its child rows
    // too. Billed rows need booking.cancel_debited: the purchase stands and
    // no fee is charged, only the time is freed.
    static std::vector<Cancellation> cancelRow(const Session& session, std::int64_t rowId,
                                               const CancelRequest& request);
    // Cancels every row of the booking not cancelled yet.
    static std::vector<Cancellation> cancelBooking(const Session& session, std::int64_t bookingId,
                                                   const CancelRequest& request);
    // Saves an edited row whose quantity is lowered: the surplus units are
    // cancelled (with the reason) and the rest of the edit is saved, together.
    static BookingRow editReducing(const Session& session, std::int64_t rowId,
                                   const RowInput& input, const CancelRequest& request);

    // Invoiced and not fully credited, or paid.
    static bool billed(Database& db, const BookingRow& row);
    // The booking an invoice (or a credit note's invoice) was generated for.
    static std::optional<std::int64_t> bookingOfInvoice(Database& db, std::int64_t invoiceId);

private:
    static Cancellation cancelOne(const Session& session, const BookingRow& row,
                                  const CancelRequest& request, int units);
};

}  // namespace skranke
