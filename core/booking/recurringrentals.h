#pragma once

#include <QCoreApplication>
#include <QDate>
#include <vector>

namespace skranke {

class Session;

// Long-term rentals: a row with status long-term and "repeats monthly" is
// the first month of a rental that goes on until it is cancelled. Each run
// for a month gives every such rental that began before the month a row for
// the whole month (same product, unit, quantity and price) and invoices it.
// A month already run is not run twice for a rental.
class RecurringRentals final {
    Q_DECLARE_TR_FUNCTIONS(skranke::RecurringRentals)
public:
    struct Result {
        std::vector<std::int64_t> rowIds;           // rows created
        std::vector<std::int64_t> invoiceNumbers;   // invoices posted
        std::vector<std::int64_t> skippedBookings;  // already run for the month
    };
    static Result run(const Session& session, int year, int month, const QDate& invoiceDate);
};

}  // namespace skranke
