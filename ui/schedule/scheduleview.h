#pragma once

#include "core/booking/schedulequery.h"
#include "ui/schedule/schedulegeometry.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QPixmap>
#include <QTimeZone>
#include <cstdint>
#include <functional>
#include <map>
#include <vector>

class QTimer;

namespace skranke {

class AppContext;

// The schedule grid: units as rows (grouped by category, with a line of
// free units per product), time as columns. One scroll area that paints
// itself: the static background (grid, weekends, headers, free units) is
// cached in a pixmap, the bookings are drawn over it from a cached window of
// blocks (units × time) that is fetched through ScheduleQuery::blocks() only
// when the viewport leaves it; no widget per booking.
//
// The names (left) and the dates (top) are painted inside the viewport and
// stay put while the grid scrolls under them. Horizontally the content spans
// about a year before and after the first date (see setFirstDate()), so
// scrolling moves freely through time; vertically it spans the units.
//
// Mouse: drag over free cells to ask for a new booking
// (createBookingRequested), drag a booking to move it in time or to another
// unit, drag its ends to change its period; double click opens it.
// Keyboard: arrows move the selection, Enter opens (or asks for a booking on
// a free cell), Ctrl+arrows move the selected booking a day (night products)
// or an hour (time products), or to the unit above or below. Moves go
// through BookingService::moveRow(): a move that would overbook is refused,
// or, for users with booking.overbook, done after asking.
class ScheduleView : public QAbstractScrollArea {
    Q_OBJECT
public:
    static constexpr int HeaderWidth = 180;  // unit names, left
    static constexpr int HeaderHeight = 40;  // dates, top (two lines)

    explicit ScheduleView(AppContext& context, QWidget* parent = nullptr);
    ~ScheduleView() override;

    // Scrolls to the date (at 07:00 in the Day zoom). When it is near the
    // end of the scroll range, the range is centred on it again.
    void setFirstDate(const QDate& first);
    QDate firstDate() const { return m_first; }
    // The date at the left edge of the grid.
    QDate firstVisibleDate() const;
    // Keeps the first visible date.
    void setZoom(ScheduleZoom zoom);
    ScheduleZoom zoom() const { return m_geometry.zoom(); }
    // Only the category's units; empty for all.
    void setCategory(const QString& category);
    QString category() const { return m_category; }
    // Reads units and bookings again (keeps the selection when it still shows).
    void reload();

    // Paints what paintEvent paints for that rectangle of the viewport, on
    // any painter (a QImage of the viewport's size for benchmarks).
    void renderViewport(QPainter& painter, const QRect& exposed);
    // How many times bookings were read from the database.
    int blockQueryCount() const { return m_blockQueries; }

    void selectRow(std::int64_t rowId);
    std::int64_t selectedRowId() const { return m_selected; }

    // Moves or resizes a booking row as a drag does: refused when it would
    // overbook, unless the user has booking.overbook and confirms. Reloads;
    // false (after errorShown) when nothing changed.
    bool moveBlock(std::int64_t rowId, std::int64_t start, std::int64_t end,
                   std::int64_t resourceId);

    const ScheduleGeometry& geometry() const { return m_geometry; }
    // The cached blocks that overlap the visible part of the grid.
    std::vector<ScheduleBlock> visibleBlocks() const;
    // Where a booking row is drawn, in viewport coordinates (empty when its
    // unit is not shown).
    QRect blockViewportRect(std::int64_t rowId) const;
    // The viewport point at the minute, in the middle of the unit's row.
    QPoint viewportPoint(std::int64_t resourceId, std::int64_t minute) const;
    QPoint toContent(const QPoint& viewportPos) const;
    QPoint toViewport(const QPoint& contentPos) const;
    // The booking minute "now" is, in the company's time zone.
    std::int64_t nowMinute() const;

    static QColor statusColor(RowStatus status);

    // How the view asks whether to overbook; the default is a message box.
    void setOverbookConfirm(std::function<bool(const QString& question)> confirm);
    // Whether refusals also open a message box (errorShown is always emitted).
    void setErrorDialogsEnabled(bool enabled) { m_errorDialogs = enabled; }

Q_SIGNALS:
    void openBookingRequested(std::int64_t bookingId);
    void createBookingRequested(std::int64_t resourceId, std::int64_t start, std::int64_t end);
    void selectionChanged(std::int64_t rowId);
    // The key A on a selected booking: cancel it (the page asks why).
    void cancelRequested(std::int64_t rowId);
    void errorShown(const QString& message);
    void firstVisibleDateChanged(const QDate& date);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    enum class DragMode { None, Create, Move, ResizeLeft, ResizeRight };
    struct Drag {
        DragMode mode = DragMode::None;
        bool active = false;  // past the start distance
        QPoint pressViewport;
        std::int64_t pressMinute = 0;
        int pressResource = -1;
        ScheduleBlock block;  // Move and Resize
        std::int64_t start = 0;
        std::int64_t end = 0;
        int resource = -1;
    };
    struct Window {
        bool valid = false;
        int firstResource = 0;
        int lastResource = 0;  // exclusive
        std::int64_t from = 0;
        std::int64_t to = 0;
    };

    QRect gridArea() const;  // viewport rect right of the names and below the dates
    QRect visibleContent() const;
    void refreshZone();
    void updateScrollBars();
    void recentre(const QDate& around);
    void scrollToMinute(std::int64_t minute);
    void ensureContentVisible(const QRect& content);
    void ensureWindow();
    void fetch(int firstResource, int lastResource, std::int64_t from, std::int64_t to);
    void refreshFree();
    const ScheduleBlock* findBlock(std::int64_t rowId) const;
    const std::vector<ScheduleBlock>& blocksOf(int resource) const;
    ScheduleHit hitAt(const QPoint& viewportPos) const;
    void setSelected(std::int64_t rowId);
    void setCursorCell(int resource, std::int64_t minute);
    void navigate(int key);
    void moveSelectedBy(int key);
    void openSelected();
    void updateDrag(const QPoint& viewportPos);
    void finishDrag();
    void showError(const QString& message);
    void emitVisibleDate();

    const QPixmap& background();
    void paintBackground(QPainter& p);
    void paintHeaders(QPainter& p, const QRect& grid);
    void paintBlock(QPainter& p, const QRect& rect, const QRect& clip, const ScheduleBlock& block,
                    bool selected) const;
    QString toolTipAt(const QPoint& viewportPos) const;

    AppContext& m_context;
    ScheduleGeometry m_geometry;
    QString m_category;
    QDate m_first;
    QTimeZone m_zone;
    std::map<std::int64_t, QString> m_productNames;

    Window m_window;
    std::vector<std::vector<ScheduleBlock>> m_blocks;  // per resource index, by start
    std::map<std::int64_t, std::vector<int>> m_free;   // per product, per day from m_freeFirst
    QDate m_freeFirst;
    int m_blockQueries = 0;
    int m_dataGeneration = 0;

    std::int64_t m_selected = 0;
    int m_cursorResource = -1;
    std::int64_t m_cursorMinute = 0;
    Drag m_drag;
    QDate m_lastVisibleDate;

    QPixmap m_background;
    QString m_backgroundKey;
    QTimer* m_nowTimer;

    std::function<bool(const QString&)> m_confirmOverbook;
    bool m_errorDialogs = true;
};

}  // namespace skranke
