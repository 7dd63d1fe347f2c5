#pragma once

#include "core/booking/booking.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class Statement;

// Reading bookings and their rows.
class BookingStore final {
    Q_DECLARE_TR_FUNCTIONS(skranke::BookingStore)
public:
    static std::optional<Booking> find(Database& db, std::int64_t id);
    static Booking require(Database& db, std::int64_t id);  // NotFound naming "booking"
    static std::vector<BookingRow> rows(Database& db, std::int64_t bookingId);
    static std::optional<BookingRow> row(Database& db, std::int64_t rowId);
    static BookingRow requireRow(Database& db, std::int64_t rowId);  // NotFound naming "row"
    // What the booking costs: its rows that are not cancelled or waiting, and
    // the fees charged on its cancellations.
    static Money total(Database& db, const Booking& booking);
    static bool billable(RowStatus status) {
        return status != RowStatus::Cancelled && status != RowStatus::Waitlist;
    }
    // The newest bookings of a customer, newest first.
    static std::vector<Booking> ofCustomer(Database& db, std::int64_t customerId, int limit);

    static const char* const selectRow;  // columns readRow() reads, ending in FROM booking_row r
    static BookingRow readRow(const Statement& st);
};

}  // namespace skranke
