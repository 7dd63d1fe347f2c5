#include "ui/schedule/scheduleview.h"

#include "core/auth/rights.h"
#include "core/booking/availabilityservice.h"
#include "core/booking/bookingservice.h"
#include "core/booking/bookingtime.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "ui/shell/appcontext.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <algorithm>

namespace skranke {

namespace {

// The horizontal scroll range: this many days before the first date, and
// after it this many plus a quarter.
constexpr int RangeBefore = 366;
constexpr int RangeAfter = 366;
constexpr std::int64_t Day = BookingTime::MinutesPerDay;
constexpr int DayZoomStartHour = 7;

std::int64_t floorDay(std::int64_t minute) {
    return BookingTime::fromDate(BookingTime::date(minute));
}

std::int64_t ceilDay(std::int64_t minute) {
    const std::int64_t f = floorDay(minute);
    return f == minute ? f : f + Day;
}

}  // namespace

ScheduleView::ScheduleView(AppContext& context, QWidget* parent)
    : QAbstractScrollArea(parent), m_context(context), m_nowTimer(new QTimer(this)) {
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_geometry.setZoom(ScheduleZoom::Week);
    m_nowTimer->setInterval(60 * 1000);
    connect(m_nowTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_nowTimer->start();
    refreshZone();
    recentre(BookingTime::date(nowMinute()));
    reload();
    setFirstDate(BookingTime::date(nowMinute()));
}

ScheduleView::~ScheduleView() = default;

// --- State ------------------------------------------------------------------

void ScheduleView::refreshZone() {
    QString zone;
    try {
        zone = CompanyService::require(m_context.db()).timeZone;
    } catch (const Error&) {
    }
    m_zone = zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone.toUtf8());
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

void ScheduleView::reload() {
    refreshZone();
    std::vector<ScheduleResource> resources = ScheduleQuery::resources(m_context.db(), m_category);
    m_productNames.clear();
    for (const ScheduleResource& r : resources)
        m_productNames[r.productId] = r.productName;
    m_geometry.setResources(std::move(resources));
    m_window = {};
    m_blocks.assign(m_geometry.resources().size(), {});
    m_free.clear();
    if (m_cursorResource >= int(m_geometry.resources().size()))
        m_cursorResource = -1;
    updateScrollBars();
    ensureWindow();
    if (m_selected != 0 && !findBlock(m_selected)) {
        const auto b = ScheduleQuery::block(m_context.db(), m_selected);
        if (!b || b->status == RowStatus::Cancelled || m_geometry.resourceIndex(b->resourceId) < 0)
            setSelected(0);
    }
    ++m_dataGeneration;
    viewport()->update();
}

void ScheduleView::setFirstDate(const QDate& first) {
    if (!first.isValid())
        return;
    m_first = first;
    const QDate origin = m_geometry.origin();
    const int margin = ScheduleGeometry::spanDays(ScheduleZoom::Quarter);
    if (origin.daysTo(first) < margin || origin.daysTo(first) > m_geometry.days() - 2 * margin)
        recentre(first);
    const int startHour = zoom() == ScheduleZoom::Day ? DayZoomStartHour : 0;
    scrollToMinute(BookingTime::fromDate(first) + startHour * 60);
}

QDate ScheduleView::firstVisibleDate() const {
    return BookingTime::date(m_geometry.minuteAt(horizontalScrollBar()->value()));
}

void ScheduleView::setZoom(ScheduleZoom zoom) {
    if (zoom == m_geometry.zoom())
        return;
    const QDate visible = firstVisibleDate();
    m_drag = {};
    m_geometry.setZoom(zoom);
    updateScrollBars();
    setFirstDate(visible);
    ++m_dataGeneration;
    viewport()->update();
}

void ScheduleView::setCategory(const QString& category) {
    if (category == m_category)
        return;
    m_category = category;
    m_cursorResource = -1;
    reload();
    verticalScrollBar()->setValue(0);
}

void ScheduleView::recentre(const QDate& around) {
    m_geometry.setRange(
        around.addDays(-RangeBefore),
        RangeBefore + RangeAfter + ScheduleGeometry::spanDays(ScheduleZoom::Quarter));
    updateScrollBars();
}

void ScheduleView::scrollToMinute(std::int64_t minute) {
    horizontalScrollBar()->setValue(m_geometry.xOf(minute));
    // The value may not have changed while the content did (a new range).
    ensureWindow();
    emitVisibleDate();
    viewport()->update();
}

QRect ScheduleView::gridArea() const {
    const QSize s = viewport()->size();
    return QRect(HeaderWidth, HeaderHeight, std::max(0, s.width() - HeaderWidth),
                 std::max(0, s.height() - HeaderHeight));
}

QRect ScheduleView::visibleContent() const {
    const QRect g = gridArea();
    return QRect(horizontalScrollBar()->value(), verticalScrollBar()->value(), g.width(),
                 g.height());
}

QPoint ScheduleView::toContent(const QPoint& viewportPos) const {
    return viewportPos + QPoint(horizontalScrollBar()->value() - HeaderWidth,
                                verticalScrollBar()->value() - HeaderHeight);
}

QPoint ScheduleView::toViewport(const QPoint& contentPos) const {
    return contentPos - QPoint(horizontalScrollBar()->value() - HeaderWidth,
                               verticalScrollBar()->value() - HeaderHeight);
}

void ScheduleView::updateScrollBars() {
    const QRect g = gridArea();
    QScrollBar* h = horizontalScrollBar();
    h->setRange(0, std::max(0, m_geometry.contentWidth() - g.width()));
    h->setPageStep(std::max(1, g.width()));
    h->setSingleStep(m_geometry.columnWidth());
    QScrollBar* v = verticalScrollBar();
    v->setRange(0, std::max(0, m_geometry.contentHeight() - g.height()));
    v->setPageStep(std::max(1, g.height()));
    v->setSingleStep(ScheduleGeometry::ResourceHeight);
}

void ScheduleView::ensureContentVisible(const QRect& content) {
    if (content.isEmpty())
        return;
    const QRect vis = visibleContent();
    const int margin = std::min(m_geometry.columnWidth(), vis.width() / 4);
    QScrollBar* h = horizontalScrollBar();
    if (content.left() < vis.left())
        h->setValue(content.left() - margin);
    else if (content.left() > vis.right() - margin)
        h->setValue(std::min(content.left() - margin, content.right() + margin - vis.width()));
    QScrollBar* v = verticalScrollBar();
    if (content.top() < vis.top())
        v->setValue(content.top() - ScheduleGeometry::GroupHeight);
    else if (content.bottom() > vis.bottom())
        v->setValue(content.bottom() + ScheduleGeometry::FreeHeight - vis.height());
}

std::int64_t ScheduleView::nowMinute() const {
    return BookingTime::fromDateTime(
        QDateTime::fromMSecsSinceEpoch(m_context.clock().nowMs(), m_zone));
}

void ScheduleView::emitVisibleDate() {
    const QDate d = firstVisibleDate();
    if (d == m_lastVisibleDate)
        return;
    m_lastVisibleDate = d;
    Q_EMIT firstVisibleDateChanged(d);
}

// --- Data ---------------------------------------------------------------------

void ScheduleView::ensureWindow() {
    const int n = int(m_geometry.resources().size());
    if (n == 0)
        return;
    const QRect vis = visibleContent();
    auto [ra, rb] = m_geometry.resourcesIn(vis.top(), vis.bottom() + 1);
    if (ra >= rb) {
        // Only headers show: still read the unit below (or above) them.
        ra = std::clamp(ra, 0, n - 1);
        rb = ra + 1;
    }
    const std::int64_t t0 = floorDay(m_geometry.minuteAt(vis.left()));
    const std::int64_t t1 = ceilDay(m_geometry.minuteAt(vis.right() + 1));
    Window& w = m_window;
    const bool rowsInside = w.valid && ra >= w.firstResource && rb <= w.lastResource;
    const bool timeInside = w.valid && t0 >= w.from && t1 <= w.to;
    if (rowsInside && timeInside)
        return;

    // The new window: what shows plus a viewport's worth on each side, in
    // the direction that left the old one.
    Window next = w;
    next.valid = true;
    if (!rowsInside) {
        const int margin = rb - ra;
        next.firstResource = std::max(0, ra - margin);
        next.lastResource = std::min(n, rb + margin);
    }
    if (!timeInside) {
        // At least the zoom's period on each side: a week either side of a week.
        const std::int64_t span =
            std::max<std::int64_t>(t1 - t0, ScheduleGeometry::spanDays(zoom()) * Day);
        next.from = t0 - span;
        next.to = t1 + span;
    }

    auto clearOutside = [&] {
        for (int r = 0; r < n; ++r) {
            auto& v = m_blocks[r];
            if (r < next.firstResource || r >= next.lastResource) {
                v.clear();
                continue;
            }
            v.erase(std::remove_if(v.begin(), v.end(),
                                   [&](const ScheduleBlock& b) {
                                       return b.end <= next.from || b.start >= next.to;
                                   }),
                    v.end());
        }
    };
    const bool sameRows =
        w.valid && next.firstResource == w.firstResource && next.lastResource == w.lastResource;
    const bool sameTime = w.valid && next.from == w.from && next.to == w.to;
    if (sameRows && next.from < w.to && next.to > w.from) {
        // Scrolled in time: read only the time that is new.
        clearOutside();
        if (next.from < w.from)
            fetch(next.firstResource, next.lastResource, next.from, w.from);
        if (next.to > w.to)
            fetch(next.firstResource, next.lastResource, w.to, next.to);
    } else if (sameTime && next.firstResource < w.lastResource &&
               next.lastResource > w.firstResource) {
        // Scrolled through the units: read only the units that are new.
        clearOutside();
        if (next.firstResource < w.firstResource)
            fetch(next.firstResource, w.firstResource, next.from, next.to);
        if (next.lastResource > w.lastResource)
            fetch(w.lastResource, next.lastResource, next.from, next.to);
    } else {
        for (auto& v : m_blocks)
            v.clear();
        fetch(next.firstResource, next.lastResource, next.from, next.to);
    }
    w = next;
    refreshFree();
    ++m_dataGeneration;
}

void ScheduleView::fetch(int firstResource, int lastResource, std::int64_t from, std::int64_t to) {
    std::vector<std::int64_t> ids;
    for (int r = firstResource; r < lastResource; ++r)
        ids.push_back(m_geometry.resources()[r].id);
    const std::vector<ScheduleBlock> found = ScheduleQuery::blocks(m_context.db(), ids, from, to);
    ++m_blockQueries;
    std::vector<bool> touched(m_blocks.size(), false);
    for (const ScheduleBlock& b : found) {
        const int r = m_geometry.resourceIndex(b.resourceId);
        if (r < 0)
            continue;
        auto& v = m_blocks[r];
        if (std::any_of(v.begin(), v.end(),
                        [&](const ScheduleBlock& o) { return o.rowId == b.rowId; }))
            continue;
        v.push_back(b);
        touched[r] = true;
    }
    for (std::size_t r = 0; r < touched.size(); ++r)
        if (touched[r])
            std::sort(m_blocks[r].begin(), m_blocks[r].end(),
                      [](const ScheduleBlock& a, const ScheduleBlock& b) {
                          return a.start != b.start ? a.start < b.start : a.rowId < b.rowId;
                      });
}

void ScheduleView::refreshFree() {
    // Free units of every product shown, for each day of the window.
    m_free.clear();
    m_freeFirst = BookingTime::date(m_window.from);
    const int days = int((m_window.to - m_window.from) / Day);
    for (const auto& [productId, name] : m_productNames)
        m_free[productId] =
            AvailabilityService::freeUnitsPerDay(m_context.db(), productId, m_freeFirst, days);
}

const std::vector<ScheduleBlock>& ScheduleView::blocksOf(int resource) const {
    static const std::vector<ScheduleBlock> none;
    if (resource < 0 || resource >= int(m_blocks.size()))
        return none;
    return m_blocks[resource];
}

const ScheduleBlock* ScheduleView::findBlock(std::int64_t rowId) const {
    if (rowId == 0)
        return nullptr;
    for (const auto& v : m_blocks)
        for (const ScheduleBlock& b : v)
            if (b.rowId == rowId)
                return &b;
    return nullptr;
}

std::vector<ScheduleBlock> ScheduleView::visibleBlocks() const {
    std::vector<ScheduleBlock> result;
    const QRect vis = visibleContent();
    for (const auto& v : m_blocks)
        for (const ScheduleBlock& b : v)
            if (m_geometry.blockRect(b).intersects(vis))
                result.push_back(b);
    return result;
}

QRect ScheduleView::blockViewportRect(std::int64_t rowId) const {
    const ScheduleBlock* b = findBlock(rowId);
    std::optional<ScheduleBlock> queried;
    if (!b) {
        queried = ScheduleQuery::block(m_context.db(), rowId);
        b = queried ? &*queried : nullptr;
    }
    if (!b)
        return {};
    const QRect r = m_geometry.blockRect(*b);
    return r.isEmpty() ? QRect() : r.translated(toViewport(QPoint(0, 0)));
}

QPoint ScheduleView::viewportPoint(std::int64_t resourceId, std::int64_t minute) const {
    const int row = m_geometry.rowOfResource(m_geometry.resourceIndex(resourceId));
    if (row < 0)
        return {};
    const QRect r = m_geometry.rowRect(row);
    return toViewport(QPoint(m_geometry.xOf(minute), r.center().y()));
}

ScheduleHit ScheduleView::hitAt(const QPoint& viewportPos) const {
    if (!gridArea().contains(viewportPos))
        return {};
    const QPoint c = toContent(viewportPos);
    const ScheduleHit rowHit = m_geometry.hitTest(c);
    if (rowHit.resource < 0)
        return rowHit;
    return m_geometry.hitTest(c, blocksOf(rowHit.resource));
}

// --- Selection and keyboard ---------------------------------------------------

void ScheduleView::setSelected(std::int64_t rowId) {
    if (rowId == m_selected)
        return;
    m_selected = rowId;
    viewport()->update();
    Q_EMIT selectionChanged(rowId);
}

void ScheduleView::selectRow(std::int64_t rowId) {
    const ScheduleBlock* cached = findBlock(rowId);
    const std::optional<ScheduleBlock> b =
        cached ? std::optional<ScheduleBlock>(*cached)
               : (rowId ? ScheduleQuery::block(m_context.db(), rowId) : std::nullopt);
    setSelected(b ? rowId : 0);
    if (!b)
        return;
    const int r = m_geometry.resourceIndex(b->resourceId);
    if (r < 0)
        return;
    m_cursorResource = r;
    m_cursorMinute = m_geometry.columnStart(b->start);
    ensureContentVisible(m_geometry.blockRect(*b));
    ensureWindow();
    viewport()->update();
}

void ScheduleView::setCursorCell(int resource, std::int64_t minute) {
    m_cursorResource = resource;
    m_cursorMinute = m_geometry.columnStart(minute);
    ensureContentVisible(m_geometry.cellRect(resource, m_cursorMinute));
    ensureWindow();
    // A booking in the cell becomes the selection.
    const std::int64_t cellEnd = m_cursorMinute + m_geometry.columnMinutes();
    std::int64_t found = 0;
    for (const ScheduleBlock& b : blocksOf(resource))
        if (b.start < cellEnd && b.end > m_cursorMinute) {
            found = b.rowId;
            break;
        }
    setSelected(found);
    viewport()->update();
}

void ScheduleView::navigate(int key) {
    const int n = int(m_geometry.resources().size());
    if (n == 0)
        return;
    const ScheduleBlock* sel = findBlock(m_selected);
    const int col = m_geometry.columnMinutes();
    if (sel) {
        const int r = m_geometry.resourceIndex(sel->resourceId);
        const auto& row = blocksOf(r);
        const auto it = std::find_if(row.begin(), row.end(),
                                     [&](const ScheduleBlock& b) { return b.rowId == sel->rowId; });
        const int i = int(it - row.begin());
        const ScheduleBlock current = *sel;
        switch (key) {
            case Qt::Key_Left:
                if (i > 0 && i < int(row.size()))
                    selectRow(row[i - 1].rowId);
                else
                    setCursorCell(r, m_geometry.columnStart(current.start) - col);
                return;
            case Qt::Key_Right:
                if (i + 1 < int(row.size()))
                    selectRow(row[i + 1].rowId);
                else
                    setCursorCell(r, m_geometry.columnStart(current.end - 1) + col);
                return;
            case Qt::Key_Up:
            case Qt::Key_Down: {
                const int next = std::clamp(r + (key == Qt::Key_Up ? -1 : 1), 0, n - 1);
                const std::int64_t left = m_geometry.minuteAt(visibleContent().left());
                setCursorCell(next, std::max(current.start, left));
                return;
            }
            default:
                return;
        }
    }
    if (m_cursorResource < 0) {
        const QRect vis = visibleContent();
        const auto [ra, rb] = m_geometry.resourcesIn(vis.top(), vis.bottom() + 1);
        Q_UNUSED(rb);
        const std::int64_t start = zoom() == ScheduleZoom::Day
                                       ? m_geometry.minuteAt(vis.left())
                                       : std::max(m_geometry.minuteAt(vis.left()), nowMinute());
        setCursorCell(std::clamp(ra, 0, n - 1), start);
        return;
    }
    switch (key) {
        case Qt::Key_Left:
            setCursorCell(m_cursorResource, m_cursorMinute - col);
            break;
        case Qt::Key_Right:
            setCursorCell(m_cursorResource, m_cursorMinute + col);
            break;
        case Qt::Key_Up:
            setCursorCell(std::max(0, m_cursorResource - 1), m_cursorMinute);
            break;
        case Qt::Key_Down:
            setCursorCell(std::min(n - 1, m_cursorResource + 1), m_cursorMinute);
            break;
        default:
            break;
    }
}

void ScheduleView::moveSelectedBy(int key) {
    const ScheduleBlock* sel = findBlock(m_selected);
    if (!sel)
        return;
    const ScheduleBlock b = *sel;
    const int r = m_geometry.resourceIndex(b.resourceId);
    if (r < 0)
        return;
    const auto& resources = m_geometry.resources();
    const ProductKind kind = resources[r].kind;
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        const std::int64_t unit = BookingTime::unitLength(kind) * (key == Qt::Key_Left ? -1 : 1);
        moveBlock(b.rowId, b.start + unit, b.end + unit, b.resourceId);
    } else {
        const int step = key == Qt::Key_Up ? -1 : 1;
        for (int o = r + step; o >= 0 && o < int(resources.size()); o += step) {
            if (BookingTime::usesTime(resources[o].kind) != BookingTime::usesTime(kind))
                continue;
            moveBlock(b.rowId, b.start, b.end, resources[o].id);
            break;
        }
    }
    selectRow(b.rowId);
}

void ScheduleView::openSelected() {
    if (const ScheduleBlock* b = findBlock(m_selected)) {
        Q_EMIT openBookingRequested(b->bookingId);
        return;
    }
    if (m_cursorResource < 0)
        return;
    // A free cell: ask for a booking of one unit there.
    const ScheduleResource& r = m_geometry.resources()[m_cursorResource];
    const std::int64_t start = m_cursorMinute;
    const std::int64_t end =
        BookingTime::usesTime(r.kind) ? start + 60 : start + BookingTime::MinutesPerDay;
    Q_EMIT createBookingRequested(r.id, start, end);
}

bool ScheduleView::moveBlock(std::int64_t rowId, std::int64_t start, std::int64_t end,
                             std::int64_t resourceId) {
    if (!m_context.signedIn()) {
        showError(tr("Sign in to change bookings."));
        return false;
    }
    const Session& session = m_context.session();
    bool moved = false;
    try {
        BookingService::moveRow(session, rowId, start, end, resourceId, false);
        moved = true;
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Conflict && e.field() == QLatin1String("quantity") &&
            session.has(rights::BookingOverbook)) {
            const QString question =
                tr("%1\n\nMove the booking anyway and overbook?").arg(e.message());
            const bool yes = m_confirmOverbook
                                 ? m_confirmOverbook(question)
                                 : QMessageBox::question(this, tr("Overbook?"), question,
                                                         QMessageBox::Yes | QMessageBox::No,
                                                         QMessageBox::No) == QMessageBox::Yes;
            if (yes) {
                try {
                    BookingService::moveRow(session, rowId, start, end, resourceId, true);
                    moved = true;
                } catch (const Error& again) {
                    showError(again.message());
                }
            }
        } else {
            showError(e.message());
        }
    }
    reload();
    return moved;
}

void ScheduleView::setOverbookConfirm(std::function<bool(const QString&)> confirm) {
    m_confirmOverbook = std::move(confirm);
}

void ScheduleView::showError(const QString& message) {
    Q_EMIT errorShown(message);
    if (m_errorDialogs)
        QMessageBox::warning(this, tr("Schedule"), message);
}

QColor ScheduleView::statusColor(RowStatus status) {
    switch (status) {
        case RowStatus::Reservation:
            return QColor(0xff, 0xd0, 0x7a);
        case RowStatus::Final:
            return QColor(0x95, 0xd5, 0x8f);
        case RowStatus::Waitlist:
            return QColor(0xcf, 0xcf, 0xcf);
        case RowStatus::LongTerm:
            return QColor(0x9f, 0xc3, 0xf0);
        case RowStatus::SelfBooking:
            return QColor(0xd6, 0xb4, 0xef);
        case RowStatus::Cancelled:
            return QColor(0xf2, 0xf2, 0xf2);
    }
    return Qt::white;
}

}  // namespace skranke
