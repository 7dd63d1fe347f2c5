#include "core/booking/schedulequery.h"

#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace skranke {

namespace {

constexpr const char* selectBlock =
    "SELECT r.id, r.booking_id, ifnull(r.resource_id, 0), r.product_id, r.status, r.start_min, "
    "r.end_min, r.quantity, ifnull(c.name, ''), r.overbooked, r.settled_ms IS NOT NULL "
    "FROM booking_row r JOIN booking b ON b.id = r.booking_id "
    "LEFT JOIN customer c ON c.id = b.customer_id ";

ScheduleBlock readBlock(const Statement& st) {
    return {
        st.int64(0),      st.int64(1), st.int64(2),      st.int64(3), rowStatusFromKey(st.text(4)),
        st.int64(5),      st.int64(6), int(st.int64(7)), st.text(8),  st.int64(9) != 0,
        st.int64(10) != 0};
}

}  // namespace

std::vector<ScheduleResource> ScheduleQuery::resources(Database& db, const QString& category) {
    auto st = db.prepare(
        "SELECT r.id, r.name, c.name, p.id, p.name, p.kind FROM resource r "
        "JOIN product p ON p.id = r.product_id JOIN product_category c ON c.id = r.category_id "
        "WHERE r.active = 1 AND p.active = 1 "
        "AND p.kind IN ('time_slot', 'accommodation', 'rental', 'event') "
        "AND (?1 = '' OR c.name = ?1) ORDER BY c.name, r.sort_order, p.name, r.id");
    st.bindAll(category);
    std::vector<ScheduleResource> result;
    while (st.step())
        result.push_back({st.int64(0), st.text(1), st.text(2), st.int64(3), st.text(4),
                          productKindFromKey(st.text(5))});
    return result;
}

QStringList ScheduleQuery::categories(Database& db) {
    auto st = db.prepare(
        "SELECT DISTINCT c.name FROM resource r JOIN product_category c ON c.id = r.category_id "
        "WHERE r.active = 1 ORDER BY c.name");
    QStringList result;
    while (st.step())
        result << st.text(0);
    return result;
}

std::vector<ScheduleBlock> ScheduleQuery::blocks(Database& db,
                                                 const std::vector<std::int64_t>& resourceIds,
                                                 std::int64_t from, std::int64_t to) {
    if (resourceIds.empty() || to <= from)
        return {};
    QJsonArray ids;
    for (std::int64_t id : resourceIds)
        ids.append(qint64(id));
    // Each resource is looked up in booking_row_by_resource from the longest
    // row's length before the window.
    auto st = db.prepare(
        std::string(selectBlock) +
        "WHERE r.resource_id IN (SELECT value FROM json_each(?1)) AND r.status <> 'cancelled' "
        "AND r.start_min >= ?2 - (SELECT ifnull(max(max_len_min), 0) FROM product_extent) "
        "AND r.start_min < ?3 AND r.end_min > ?2 ORDER BY r.resource_id, r.start_min, r.id");
    st.bindAll(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)), from, to);
    std::vector<ScheduleBlock> result;
    while (st.step())
        result.push_back(readBlock(st));
    return result;
}

std::optional<ScheduleBlock> ScheduleQuery::block(Database& db, std::int64_t rowId) {
    auto st = db.prepare(std::string(selectBlock) + "WHERE r.id = ?1");
    st.bindAll(rowId);
    if (!st.step())
        return std::nullopt;
    return readBlock(st);
}

}  // namespace skranke
