#include "core/booking/availabilityservice.h"

#include "core/booking/availability.h"
#include "core/booking/bookingtime.h"
#include "core/catalog/catalogservice.h"
#include "core/store/database.h"
#include "core/store/error.h"

namespace skranke {

namespace {

// The rows of a product that overlap [start, end); the scan is bounded by the
// product's longest row so it stays on a narrow slice of the index.
std::vector<Availability::Use> uses(Database& db, std::int64_t productId, std::int64_t start,
                                    std::int64_t end, std::int64_t excludeRowId) {
    auto st = db.prepare(
        "SELECT start_min, end_min, quantity FROM booking_row "
        "WHERE product_id = ?1 AND status <> 'cancelled' "
        "AND start_min >= ?2 - ifnull((SELECT max_len_min FROM product_extent "
        "WHERE product_id = ?1), 0) AND start_min < ?3 AND end_min > ?2 AND id <> ?4");
    st.bindAll(productId, start, end, excludeRowId);
    std::vector<Availability::Use> result;
    while (st.step())
        result.push_back({st.int64(0), st.int64(1), int(st.int64(2))});
    return result;
}

int capacityOf(Database& db, std::int64_t productId) {
    auto st = db.prepare("SELECT capacity FROM product WHERE id = ?1");
    st.bindAll(productId);
    if (!st.step())
        throw Error(ErrorCode::NotFound,
                    AvailabilityService::tr("There is no product %1.").arg(productId),
                    QStringLiteral("product"));
    return int(st.int64(0));
}

}  // namespace

int AvailabilityService::freeUnits(Database& db, std::int64_t productId, std::int64_t start,
                                   std::int64_t end, std::int64_t excludeRowId) {
    const int capacity = capacityOf(db, productId);
    return capacity - Availability::peak(uses(db, productId, start, end, excludeRowId), start, end);
}

std::vector<int> AvailabilityService::freeUnitsPerDay(Database& db, std::int64_t productId,
                                                      const QDate& first, int days) {
    const int capacity = capacityOf(db, productId);
    const std::int64_t start = BookingTime::fromDate(first);
    const std::int64_t end = start + std::int64_t(days) * BookingTime::MinutesPerDay;
    std::vector<int> peaks =
        Availability::peakPerDay(uses(db, productId, start, end, 0), start, days);
    for (int& p : peaks)
        p = capacity - p;
    return peaks;
}

std::vector<AvailabilityService::Offer> AvailabilityService::availableProducts(Database& db,
                                                                               std::int64_t start,
                                                                               std::int64_t end,
                                                                               int quantity) {
    const bool wholeDays =
        BookingTime::minuteOfDay(start) == 0 && BookingTime::minuteOfDay(end) == 0;
    std::vector<Offer> result;
    auto st = db.prepare(
        "SELECT p.id FROM product p LEFT JOIN product_category c ON c.id = p.category_id "
        "WHERE p.active = 1 AND p.kind IN ('time_slot', 'accommodation', 'rental', 'event') "
        "ORDER BY ifnull(c.name, ''), p.name");
    std::vector<std::int64_t> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    for (std::int64_t id : ids) {
        const Product p = *CatalogService::product(db, id);
        if (!wholeDays && !BookingTime::usesTime(p.kind))
            continue;
        const int free = freeUnits(db, id, start, end);
        if (free >= quantity)
            result.push_back({p, free});
    }
    return result;
}

std::int64_t AvailabilityService::freeResource(Database& db, std::int64_t productId,
                                               std::int64_t start, std::int64_t end,
                                               std::int64_t excludeRowId) {
    auto st = db.prepare(
        "SELECT res.id FROM resource res WHERE res.product_id = ?1 AND res.active = 1 "
        "AND NOT EXISTS (SELECT 1 FROM booking_row r WHERE r.resource_id = res.id "
        "AND r.status <> 'cancelled' AND r.start_min >= ?2 - ifnull((SELECT max_len_min FROM "
        "product_extent WHERE product_id = ?1), 0) AND r.start_min < ?3 AND r.end_min > ?2 "
        "AND r.id <> ?4) ORDER BY res.sort_order, res.id LIMIT 1");
    st.bindAll(productId, start, end, excludeRowId);
    return st.step() ? st.int64(0) : 0;
}

}  // namespace skranke
