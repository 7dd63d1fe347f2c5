#include "ui/schedule/schedulegeometry.h"

#include "core/booking/bookingtime.h"

#include <algorithm>

namespace skranke {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

}  // namespace

ScheduleGeometry::ScheduleGeometry() {
    setRange(QDate(2026, 1, 1), 1);
}

void ScheduleGeometry::setResources(std::vector<ScheduleResource> resources) {
    // Keep the query's category order, and within a category keep each
    // product's units together in the order the product first appears.
    std::vector<ScheduleResource> ordered;
    ordered.reserve(resources.size());
    std::vector<bool> taken(resources.size(), false);
    for (std::size_t i = 0; i < resources.size(); ++i) {
        if (taken[i])
            continue;
        const QString category = resources[i].category;
        const std::int64_t productId = resources[i].productId;
        for (std::size_t j = i; j < resources.size(); ++j) {
            if (taken[j] || resources[j].category != category ||
                resources[j].productId != productId)
                continue;
            taken[j] = true;
            ordered.push_back(std::move(resources[j]));
        }
    }
    m_resources = std::move(ordered);

    m_rows.clear();
    m_rowOfResource.assign(m_resources.size(), -1);
    m_indexOfResource.clear();
    int y = 0;
    auto add = [&](ScheduleRow row) {
        row.top = y;
        y += row.height;
        m_rows.push_back(std::move(row));
    };
    for (std::size_t i = 0; i < m_resources.size(); ++i) {
        const ScheduleResource& r = m_resources[i];
        if (i == 0 || m_resources[i - 1].category != r.category) {
            ScheduleRow group;
            group.kind = ScheduleRow::Kind::Group;
            group.height = GroupHeight;
            group.label = r.category;
            add(group);
        }
        ScheduleRow row;
        row.kind = ScheduleRow::Kind::Resource;
        row.height = ResourceHeight;
        row.resource = int(i);
        row.productId = r.productId;
        row.productKind = r.kind;
        row.label = r.name;
        m_rowOfResource[i] = int(m_rows.size());
        m_indexOfResource[r.id] = int(i);
        add(row);
        const bool lastOfProduct = i + 1 == m_resources.size() ||
                                   m_resources[i + 1].productId != r.productId ||
                                   m_resources[i + 1].category != r.category;
        if (lastOfProduct) {
            ScheduleRow free;
            free.kind = ScheduleRow::Kind::Free;
            free.height = FreeHeight;
            free.productId = r.productId;
            free.productKind = r.kind;
            free.label = r.productName;
            add(free);
        }
    }
}

void ScheduleGeometry::setRange(const QDate& origin, int days) {
    m_origin = origin;
    m_days = std::max(1, days);
    m_originMinute = BookingTime::fromDate(origin);
}

std::int64_t ScheduleGeometry::endMinute() const {
    return m_originMinute + std::int64_t(m_days) * BookingTime::MinutesPerDay;
}

void ScheduleGeometry::setZoom(ScheduleZoom zoom) {
    m_zoom = zoom;
}

int ScheduleGeometry::minutesPerPixel(ScheduleZoom zoom) {
    switch (zoom) {
        case ScheduleZoom::Day:
            return 1;
        case ScheduleZoom::Week:
            return 10;
        case ScheduleZoom::Month:
            return 40;
        case ScheduleZoom::Quarter:
            return 120;
    }
    return 10;
}

int ScheduleGeometry::columnMinutes(ScheduleZoom zoom) {
    return zoom == ScheduleZoom::Day ? 60 : int(BookingTime::MinutesPerDay);
}

int ScheduleGeometry::spanDays(ScheduleZoom zoom) {
    switch (zoom) {
        case ScheduleZoom::Day:
            return 1;
        case ScheduleZoom::Week:
            return 7;
        case ScheduleZoom::Month:
            return 31;
        case ScheduleZoom::Quarter:
            return 92;
    }
    return 7;
}

int ScheduleGeometry::columnWidth() const {
    return columnMinutes() / minutesPerPixel(m_zoom);
}

int ScheduleGeometry::dayWidth() const {
    return int(BookingTime::MinutesPerDay) / minutesPerPixel(m_zoom);
}

int ScheduleGeometry::contentWidth() const {
    return m_days * dayWidth();
}

int ScheduleGeometry::contentHeight() const {
    return m_rows.empty() ? 0 : m_rows.back().bottom();
}

int ScheduleGeometry::xOf(std::int64_t minute) const {
    return int(floorDiv(minute - m_originMinute, minutesPerPixel(m_zoom)));
}

std::int64_t ScheduleGeometry::minuteAt(int x) const {
    return m_originMinute + std::int64_t(x) * minutesPerPixel(m_zoom);
}

std::int64_t ScheduleGeometry::columnStart(std::int64_t minute) const {
    const int c = columnMinutes();
    return floorDiv(minute, c) * c;
}

int ScheduleGeometry::rowAt(int y) const {
    if (m_rows.empty() || y < 0 || y >= contentHeight())
        return -1;
    const auto it = std::upper_bound(m_rows.begin(), m_rows.end(), y,
                                     [](int value, const ScheduleRow& r) { return value < r.top; });
    return int(it - m_rows.begin()) - 1;
}

int ScheduleGeometry::rowOfResource(int resource) const {
    if (resource < 0 || resource >= int(m_rowOfResource.size()))
        return -1;
    return m_rowOfResource[resource];
}

int ScheduleGeometry::resourceIndex(std::int64_t resourceId) const {
    const auto it = m_indexOfResource.find(resourceId);
    return it == m_indexOfResource.end() ? -1 : it->second;
}

QRect ScheduleGeometry::rowRect(int row) const {
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    return QRect(0, m_rows[row].top, contentWidth(), m_rows[row].height);
}

std::pair<int, int> ScheduleGeometry::rowsIn(int y0, int y1) const {
    if (m_rows.empty() || y1 <= y0)
        return {0, 0};
    const int first = std::max(0, rowAt(std::max(0, y0)));
    int last = rowAt(std::min(y1, contentHeight()) - 1);
    if (last < 0)
        last = y1 <= 0 ? -1 : int(m_rows.size()) - 1;
    return {first, std::max(first, last + 1)};
}

std::pair<int, int> ScheduleGeometry::resourcesIn(int y0, int y1) const {
    const auto [first, last] = rowsIn(y0, y1);
    int a = -1;
    int b = -1;
    for (int r = first; r < last; ++r) {
        if (m_rows[r].kind != ScheduleRow::Kind::Resource)
            continue;
        if (a < 0)
            a = m_rows[r].resource;
        b = m_rows[r].resource + 1;
    }
    if (a < 0)
        return {0, 0};
    return {a, b};
}

QRect ScheduleGeometry::periodRect(int resource, std::int64_t start, std::int64_t end) const {
    const int row = rowOfResource(resource);
    if (row < 0)
        return {};
    const ScheduleRow& r = m_rows[row];
    const int x0 = xOf(start);
    const int x1 = std::max(xOf(end), x0 + 3);
    return QRect(x0, r.top + BlockInset, x1 - x0, r.height - 2 * BlockInset);
}

QRect ScheduleGeometry::blockRect(const ScheduleBlock& block) const {
    return periodRect(resourceIndex(block.resourceId), block.start, block.end);
}

QRect ScheduleGeometry::cellRect(int resource, std::int64_t minute) const {
    const std::int64_t start = columnStart(minute);
    const int row = rowOfResource(resource);
    if (row < 0)
        return {};
    const int x0 = xOf(start);
    return QRect(x0, m_rows[row].top, xOf(start + columnMinutes()) - x0, m_rows[row].height);
}

ScheduleHit ScheduleGeometry::hitTest(const QPoint& content) const {
    return hitTest(content, {});
}

ScheduleHit ScheduleGeometry::hitTest(const QPoint& content,
                                      const std::vector<ScheduleBlock>& blocks) const {
    ScheduleHit hit;
    if (content.x() < 0 || content.x() >= contentWidth())
        return hit;
    hit.row = rowAt(content.y());
    if (hit.row < 0)
        return hit;
    hit.minute = minuteAt(content.x());
    const ScheduleRow& row = m_rows[hit.row];
    if (row.kind == ScheduleRow::Kind::Group) {
        hit.part = ScheduleHit::Part::Group;
        return hit;
    }
    if (row.kind == ScheduleRow::Kind::Free) {
        hit.part = ScheduleHit::Part::Free;
        return hit;
    }
    hit.resource = row.resource;
    hit.part = ScheduleHit::Part::Cell;
    const std::int64_t resourceId = m_resources[row.resource].id;
    for (int i = int(blocks.size()) - 1; i >= 0; --i) {
        const ScheduleBlock& b = blocks[i];
        if (b.resourceId != resourceId)
            continue;
        const QRect r = blockRect(b);
        if (!r.contains(content))
            continue;
        hit.block = i;
        hit.rowId = b.rowId;
        const int grip = std::min(EdgeGrip, r.width() / 4);
        if (content.x() < r.left() + grip)
            hit.part = ScheduleHit::Part::LeftEdge;
        else if (content.x() > r.right() - grip)
            hit.part = ScheduleHit::Part::RightEdge;
        else
            hit.part = ScheduleHit::Part::Body;
        return hit;
    }
    return hit;
}

std::int64_t ScheduleGeometry::snapStep(ProductKind kind) const {
    if (!BookingTime::usesTime(kind))
        return BookingTime::MinutesPerDay;
    return m_zoom == ScheduleZoom::Day ? 15 : 60;
}

std::int64_t ScheduleGeometry::snap(std::int64_t minute, ProductKind kind) const {
    const std::int64_t step = snapStep(kind);
    return floorDiv(minute + step / 2, step) * step;
}

std::int64_t ScheduleGeometry::snapDown(std::int64_t minute, ProductKind kind) const {
    const std::int64_t step = snapStep(kind);
    return floorDiv(minute, step) * step;
}

std::int64_t ScheduleGeometry::snapUp(std::int64_t minute, ProductKind kind) const {
    const std::int64_t step = snapStep(kind);
    return -floorDiv(-minute, step) * step;
}

std::int64_t ScheduleGeometry::snapDelta(std::int64_t delta, ProductKind kind) const {
    const std::int64_t step = snapStep(kind);
    return floorDiv(delta + step / 2, step) * step;
}

}  // namespace skranke
