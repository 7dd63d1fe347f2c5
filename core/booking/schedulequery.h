#pragma once

#include "core/booking/booking.h"
#include "core/catalog/product.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace skranke {

class Database;

// A row of the schedule: one unit of a bookable product.
struct ScheduleResource {
    std::int64_t id = 0;
    QString name;
    QString category;
    std::int64_t productId = 0;
    QString productName;
    ProductKind kind = ProductKind::Accommodation;
};

// A booking row as the schedule draws it.
struct ScheduleBlock {
    std::int64_t rowId = 0;
    std::int64_t bookingId = 0;
    std::int64_t resourceId = 0;
    std::int64_t productId = 0;
    RowStatus status = RowStatus::Reservation;
    std::int64_t start = 0;  // booking minutes
    std::int64_t end = 0;
    int quantity = 1;
    QString customerName;
    bool overbooked = false;
    bool settled = false;
};

// What the schedule grid and `skranke-cli schedule` read: the resources, and
// the rows that overlap a window on some of them, through the resource index.
class ScheduleQuery final {
public:
    // Active resources of bookable products, by category, sort order and
    // name; only the category's when one is given.
    static std::vector<ScheduleResource> resources(Database& db, const QString& category = {});
    static QStringList categories(Database& db);
    // Rows that are not cancelled, on the given resources, overlapping
    // [from, to), by resource and start.
    static std::vector<ScheduleBlock> blocks(Database& db,
                                             const std::vector<std::int64_t>& resourceIds,
                                             std::int64_t from, std::int64_t to);
    // One row, as a block (also when cancelled).
    static std::optional<ScheduleBlock> block(Database& db, std::int64_t rowId);
};

}  // namespace skranke
