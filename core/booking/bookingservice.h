#pragma once

#include "core/booking/booking.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>
#include <utility>

namespace skranke {

class Database;
class Session;

// Creating and changing bookings and their rows. Each call is one
// transaction, journaled on the booking; a refusal writes nothing.
class BookingService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::BookingService)
public:
    static Booking create(const Session& session, const Booking& header);
    // A new booking with its first row, in one transaction: when the row is
    // refused, no booking is left behind.
    static std::pair<Booking, BookingRow> createWithRow(const Session& session,
                                                        const Booking& header, const RowInput& row);
    // Saves the General and Invoice tabs' fields.
    static Booking edit(const Session& session, const Booking& header);

    // Checks the row (product, period, quantity, guests, price, availability)
    // and stores it. A row that would overbook is refused unless
    // allowOverbooking is set and the user has booking.overbook; waitlist
    // rows are never refused for availability.
    static BookingRow addRow(const Session& session, std::int64_t bookingId, const RowInput& row);
    // Lowering the quantity is refused here: it cancels units, with a reason
    // (CancellationService::editReducing).
    static BookingRow editRow(const Session& session, std::int64_t rowId, const RowInput& row);
    // Moves or resizes a row (the schedule's drag) under the same rules.
    static BookingRow moveRow(const Session& session, std::int64_t rowId, std::int64_t start,
                              std::int64_t end, std::int64_t resourceId, bool allowOverbooking);

    // The price the table offers for the row, or none (a manual price is needed).
    static std::optional<Money> offerPrice(Database& db, const RowInput& row);
    // Records that the supplier reports were sent now (journaled).
    static void markSupplierReportSent(const Session& session, std::int64_t bookingId);
    // A manual line in the booking's log.
    static void addLog(const Session& session, std::int64_t bookingId, const QString& text);
    // A new booking with the same customer, fields and rows (not cancelled
    // ones), allowed when every row is settled or cancelled.
    static Booking copy(const Session& session, std::int64_t bookingId);
    // RowInput from a stored row, for editing.
    static RowInput inputOf(const BookingRow& row);

private:
    friend class CancellationService;
    // editRow without the quantity check.
    static BookingRow saveRow(const Session& session, std::int64_t rowId, const RowInput& row);
    static BookingRow checkedRow(const Session& session, const Booking& booking,
                                 const RowInput& input, const BookingRow* existing);
    static void touch(const Session& session, std::int64_t bookingId);
};

// The row as journal payload.
QJsonObject bookingRowFields(const BookingRow& row);

}  // namespace skranke
