#pragma once

#include "core/catalog/product.h"

#include <QCoreApplication>
#include <QDate>
#include <vector>

namespace skranke {

class Database;

// Availability from the stored rows: every row that is not cancelled uses
// its quantity of the product's capacity over [start, end).
class AvailabilityService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::AvailabilityService)
public:
    // Units of the product free through all of [start, end), not counting
    // the row excludeRowId (the one being edited). Below 0 when overbooked.
    static int freeUnits(Database& db, std::int64_t productId, std::int64_t start, std::int64_t end,
                         std::int64_t excludeRowId = 0);
    // Free units on each day from the first day, days long.
    static std::vector<int> freeUnitsPerDay(Database& db, std::int64_t productId,
                                            const QDate& first, int days);

    struct Offer {
        Product product;
        int free = 0;
    };
    // Active bookable products with at least `quantity` free units through
    // [start, end): night products when the period is whole days, time
    // products otherwise. By category and name.
    static std::vector<Offer> availableProducts(Database& db, std::int64_t start, std::int64_t end,
                                                int quantity);
    // The product's first unit (resource, by sort order) with no row over
    // [start, end), or 0 when every unit is taken.
    static std::int64_t freeResource(Database& db, std::int64_t productId, std::int64_t start,
                                     std::int64_t end, std::int64_t excludeRowId = 0);
};

}  // namespace skranke
