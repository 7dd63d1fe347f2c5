#pragma once

#include "core/booking/schedulequery.h"

#include <QDate>
#include <QPoint>
#include <QRect>
#include <QString>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace skranke {

// How much time the schedule shows across: one day in hour columns, or a
// week, a month or a quarter in day columns.
enum class ScheduleZoom { Day, Week, Month, Quarter };

// One horizontal band of the grid, in content coordinates.
struct ScheduleRow {
    enum class Kind { Group, Resource, Free };
    Kind kind = Kind::Resource;
    int top = 0;
    int height = 0;
    int resource = -1;           // index into ScheduleGeometry::resources(); Resource rows
    std::int64_t productId = 0;  // Resource and Free rows
    ProductKind productKind = ProductKind::Accommodation;
    QString label;  // the category, the unit's or the product's name

    int bottom() const { return top + height; }
};

// What is under a point of the content.
struct ScheduleHit {
    enum class Part { Outside, Group, Free, Cell, Body, LeftEdge, RightEdge };
    Part part = Part::Outside;
    int row = -1;             // index into rows()
    int resource = -1;        // index into resources(), for Cell, Body and edges
    std::int64_t minute = 0;  // the booking minute at the point's x
    int block = -1;           // index into the blocks given to hitTest()
    std::int64_t rowId = 0;   // that block's booking row

    bool onBlock() const { return block >= 0; }
};

// The schedule's geometry, with no widget: booking minutes ↔ x and
// resources ↔ y in content coordinates (0,0 is the top left of the grid,
// below the date header and right of the names), block rectangles, hit
// testing and snapping. Painting and the mouse use the same code.
//
// x is linear in time: every zoom has a whole number of minutes per pixel,
// so x → minute → x is exact and minute → x → minute is exact for minutes
// on the pixel grid. Rows: per category a group header, then per product its
// units and a thin line with the product's free units per day.
class ScheduleGeometry final {
public:
    static constexpr int GroupHeight = 22;
    static constexpr int ResourceHeight = 26;
    static constexpr int FreeHeight = 16;
    static constexpr int BlockInset = 3;  // free pixels above and below a block
    static constexpr int EdgeGrip = 5;    // pixels at each end of a block that resize

    ScheduleGeometry();

    // Resources as ScheduleQuery::resources() returns them (by category).
    // Units of one product are kept together, in their order.
    void setResources(std::vector<ScheduleResource> resources);
    const std::vector<ScheduleResource>& resources() const { return m_resources; }
    const std::vector<ScheduleRow>& rows() const { return m_rows; }

    // The time the content spans: days from origin 00:00.
    void setRange(const QDate& origin, int days);
    QDate origin() const { return m_origin; }
    int days() const { return m_days; }
    std::int64_t originMinute() const { return m_originMinute; }
    std::int64_t endMinute() const;

    void setZoom(ScheduleZoom zoom);
    ScheduleZoom zoom() const { return m_zoom; }
    static int minutesPerPixel(ScheduleZoom zoom);  // 1, 10, 40, 120
    static int columnMinutes(ScheduleZoom zoom);    // 60 for Day, else a day
    static int spanDays(ScheduleZoom zoom);         // 1, 7, 31, 92: the period shown
    int columnMinutes() const { return columnMinutes(m_zoom); }
    int columnWidth() const;  // 60, 144, 36, 12
    int dayWidth() const;

    int contentWidth() const;
    int contentHeight() const;

    int xOf(std::int64_t minute) const;
    std::int64_t minuteAt(int x) const;
    // The column (an hour or a day) holding the minute: its first minute.
    std::int64_t columnStart(std::int64_t minute) const;

    // Row index at y, or -1 outside the rows.
    int rowAt(int y) const;
    int rowOfResource(int resource) const;             // row index of a resources() index
    int resourceIndex(std::int64_t resourceId) const;  // -1 when not shown
    QRect rowRect(int row) const;                      // across the whole content width
    // Resources whose rows overlap [y0, y1): [first, last).
    std::pair<int, int> resourcesIn(int y0, int y1) const;
    // Rows overlapping [y0, y1): [first, last).
    std::pair<int, int> rowsIn(int y0, int y1) const;

    // The block on its resource's row (inset), or an empty rect when its
    // resource is not shown. Never narrower than 3 pixels.
    QRect blockRect(const ScheduleBlock& block) const;
    QRect periodRect(int resource, std::int64_t start, std::int64_t end) const;
    // The cell (column) at the minute on the resource's row.
    QRect cellRect(int resource, std::int64_t minute) const;

    // What is at the content point; blocks are looked at only when they are
    // on the hit row's resource, the last one drawn (the topmost) wins.
    ScheduleHit hitTest(const QPoint& content) const;
    ScheduleHit hitTest(const QPoint& content, const std::vector<ScheduleBlock>& blocks) const;

    // The step a drag moves in: whole days for night products, 15 minutes
    // (Day zoom) or whole hours for time products.
    std::int64_t snapStep(ProductKind kind) const;
    std::int64_t snap(std::int64_t minute, ProductKind kind) const;  // nearest step
    std::int64_t snapDown(std::int64_t minute, ProductKind kind) const;
    std::int64_t snapUp(std::int64_t minute, ProductKind kind) const;
    // A time difference rounded to the nearest step.
    std::int64_t snapDelta(std::int64_t delta, ProductKind kind) const;

private:
    std::vector<ScheduleResource> m_resources;
    std::vector<ScheduleRow> m_rows;
    std::vector<int> m_rowOfResource;
    std::unordered_map<std::int64_t, int> m_indexOfResource;
    QDate m_origin;
    int m_days = 1;
    std::int64_t m_originMinute = 0;
    ScheduleZoom m_zoom = ScheduleZoom::Week;
};

}  // namespace skranke
