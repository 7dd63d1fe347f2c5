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

const QColor TextColor(0x22, 0x22, 0x22);
const QColor MutedText(0x66, 0x66, 0x66);
const QColor HeaderFill(0xf1, 0xf2, 0xf4);
const QColor GroupFill(0xdf, 0xe5, 0xee);
const QColor FreeFill(0xfa, 0xfa, 0xf6);
const QColor WeekendFill(0xee, 0xec, 0xe6);
const QColor TodayFill(0xff, 0xf4, 0xcc);
const QColor LineColor(0xe1, 0xe1, 0xe1);
const QColor StrongLine(0xb8, 0xbc, 0xc4);
const QColor FullColor(0xc6, 0x28, 0x28);
const QColor FullFill(0xfb, 0xdc, 0xdc);
const QColor SelectColor(0x15, 0x3e, 0x9b);
const QColor NowColor(0xe5, 0x39, 0x35);

bool isWeekend(const QDate& d) {
    return d.dayOfWeek() >= 6;
}

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

// --- Events -------------------------------------------------------------------

void ScheduleView::paintEvent(QPaintEvent* event) {
    QPainter painter(viewport());
    renderViewport(painter, event->rect());
}

void ScheduleView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    ensureWindow();
}

void ScheduleView::scrollContentsBy(int, int) {
    ensureWindow();
    emitVisibleDate();
    viewport()->update();
}

bool ScheduleView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void ScheduleView::focusInEvent(QFocusEvent* event) {
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void ScheduleView::focusOutEvent(QFocusEvent* event) {
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void ScheduleView::keyPressEvent(QKeyEvent* event) {
    const int key = event->key();
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (key) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (ctrl)
                moveSelectedBy(key);
            else
                navigate(key);
            event->accept();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openSelected();
            event->accept();
            return;
        case Qt::Key_Escape:
            if (m_drag.mode != DragMode::None) {
                m_drag = {};
                viewport()->update();
                event->accept();
                return;
            }
            break;
        default:
            break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ScheduleView::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    const ScheduleHit hit = hitAt(pos);
    m_drag = {};
    if (hit.resource < 0)
        return;
    m_drag.pressViewport = pos;
    m_drag.pressMinute = hit.minute;
    m_drag.pressResource = hit.resource;
    m_drag.resource = hit.resource;
    m_cursorResource = hit.resource;
    m_cursorMinute = m_geometry.columnStart(hit.minute);
    if (hit.onBlock()) {
        m_drag.block = blocksOf(hit.resource)[hit.block];
        m_drag.start = m_drag.block.start;
        m_drag.end = m_drag.block.end;
        m_drag.mode = hit.part == ScheduleHit::Part::LeftEdge    ? DragMode::ResizeLeft
                      : hit.part == ScheduleHit::Part::RightEdge ? DragMode::ResizeRight
                                                                 : DragMode::Move;
        setSelected(hit.rowId);
    } else {
        m_drag.mode = DragMode::Create;
        setSelected(0);
    }
    viewport()->update();
}

void ScheduleView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (m_drag.mode == DragMode::None) {
        const ScheduleHit hit = hitAt(pos);
        if (hit.part == ScheduleHit::Part::LeftEdge || hit.part == ScheduleHit::Part::RightEdge)
            viewport()->setCursor(Qt::SizeHorCursor);
        else if (hit.part == ScheduleHit::Part::Body)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        return;
    }
    if (!m_drag.active &&
        (pos - m_drag.pressViewport).manhattanLength() < QApplication::startDragDistance())
        return;
    m_drag.active = true;
    // Near an edge of the grid the grid scrolls along.
    const QRect g = gridArea();
    constexpr int Zone = 12;
    QScrollBar* h = horizontalScrollBar();
    QScrollBar* v = verticalScrollBar();
    if (pos.x() > g.right() - Zone)
        h->setValue(h->value() + h->singleStep() / 2);
    else if (pos.x() < g.left() + Zone)
        h->setValue(h->value() - h->singleStep() / 2);
    if (pos.y() > g.bottom() - Zone)
        v->setValue(v->value() + v->singleStep());
    else if (pos.y() < g.top() + Zone)
        v->setValue(v->value() - v->singleStep());
    updateDrag(pos);
}

void ScheduleView::updateDrag(const QPoint& viewportPos) {
    const QPoint c = toContent(viewportPos);
    const auto& resources = m_geometry.resources();
    const std::int64_t minute =
        m_geometry.minuteAt(std::clamp(c.x(), 0, m_geometry.contentWidth() - 1));
    const ProductKind kind = resources[m_drag.pressResource].kind;
    const std::int64_t step = m_geometry.snapStep(kind);
    switch (m_drag.mode) {
        case DragMode::Create: {
            const std::int64_t lo = std::min(m_drag.pressMinute, minute);
            const std::int64_t hi = std::max(m_drag.pressMinute, minute);
            m_drag.start = m_geometry.snapDown(lo, kind);
            m_drag.end = std::max(m_geometry.snapUp(hi, kind), m_drag.start + step);
            break;
        }
        case DragMode::Move: {
            const std::int64_t delta = m_geometry.snapDelta(minute - m_drag.pressMinute, kind);
            m_drag.start = m_drag.block.start + delta;
            m_drag.end = m_drag.block.end + delta;
            const int row = m_geometry.rowAt(c.y());
            if (row >= 0) {
                const ScheduleRow& r = m_geometry.rows()[row];
                if (r.kind == ScheduleRow::Kind::Resource &&
                    BookingTime::usesTime(r.productKind) == BookingTime::usesTime(kind))
                    m_drag.resource = r.resource;
            }
            viewport()->setCursor(Qt::ClosedHandCursor);
            break;
        }
        case DragMode::ResizeLeft:
            m_drag.start = std::min(m_geometry.snap(minute, kind), m_drag.block.end - step);
            break;
        case DragMode::ResizeRight:
            m_drag.end = std::max(m_geometry.snap(minute, kind), m_drag.block.start + step);
            break;
        case DragMode::None:
            break;
    }
    viewport()->update();
}

void ScheduleView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || m_drag.mode == DragMode::None)
        return;
    if (m_drag.active)
        updateDrag(event->position().toPoint());
    finishDrag();
}

void ScheduleView::finishDrag() {
    const Drag drag = m_drag;
    m_drag = {};
    viewport()->unsetCursor();
    viewport()->update();
    if (!drag.active)
        return;
    const ScheduleResource& target = m_geometry.resources()[drag.resource];
    if (drag.mode == DragMode::Create) {
        Q_EMIT createBookingRequested(target.id, drag.start, drag.end);
        return;
    }
    if (drag.start == drag.block.start && drag.end == drag.block.end &&
        target.id == drag.block.resourceId)
        return;
    moveBlock(drag.block.rowId, drag.start, drag.end, target.id);
}

void ScheduleView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    m_drag = {};
    const ScheduleHit hit = hitAt(event->position().toPoint());
    if (hit.onBlock()) {
        setSelected(hit.rowId);
        Q_EMIT openBookingRequested(blocksOf(hit.resource)[hit.block].bookingId);
    }
}

QString ScheduleView::toolTipAt(const QPoint& viewportPos) const {
    const QLocale l = locale();
    if (viewportPos.x() < HeaderWidth && viewportPos.y() >= HeaderHeight) {
        const int row = m_geometry.rowAt(toContent(viewportPos).y());
        if (row < 0 || m_geometry.rows()[row].resource < 0)
            return {};
        const ScheduleResource& r = m_geometry.resources()[m_geometry.rows()[row].resource];
        return tr("%1: a unit of %2 (%3)").arg(r.name, r.productName, productKindName(r.kind));
    }
    const ScheduleHit hit = hitAt(viewportPos);
    if (hit.part == ScheduleHit::Part::Free) {
        const ScheduleRow& row = m_geometry.rows()[hit.row];
        const QDate d = BookingTime::date(hit.minute);
        const auto it = m_free.find(row.productId);
        const int i = int(m_freeFirst.daysTo(d));
        if (it == m_free.end() || i < 0 || i >= int(it->second.size()))
            return {};
        return tr("%1 of %2 free on %3")
            .arg(it->second[i])
            .arg(row.label, l.toString(d, QLocale::LongFormat));
    }
    if (!hit.onBlock())
        return {};
    const ScheduleBlock& b = blocksOf(hit.resource)[hit.block];
    const ScheduleResource& r = m_geometry.resources()[hit.resource];
    QString period;
    if (BookingTime::usesTime(r.kind)) {
        const QDateTime s = BookingTime::dateTime(b.start);
        const QDateTime e = BookingTime::dateTime(b.end);
        const QString from = s.time().toString(QStringLiteral("HH:mm"));
        const QString to = e.time().toString(QStringLiteral("HH:mm"));
        period = s.date() == e.date()
                     ? tr("%1, %2–%3").arg(l.toString(s.date(), QLocale::ShortFormat), from, to)
                     : tr("%1 %2 – %3 %4")
                           .arg(l.toString(s.date(), QLocale::ShortFormat), from,
                                l.toString(e.date(), QLocale::ShortFormat), to);
    } else {
        const QDate s = BookingTime::date(b.start);
        const QDate e = BookingTime::date(b.end);
        period = tr("%1 – %2 (%n night(s))", nullptr, int(s.daysTo(e)))
                     .arg(l.toString(s, QLocale::ShortFormat), l.toString(e, QLocale::ShortFormat));
    }
    QStringList lines;
    lines << (b.customerName.isEmpty() ? tr("No customer yet") : b.customerName);
    lines << tr("Booking %1").arg(b.bookingId);
    lines << tr("Product: %1")
                 .arg(m_productNames.count(b.productId) ? m_productNames.at(b.productId)
                                                        : r.productName);
    lines << tr("Unit: %1").arg(r.name);
    lines << tr("Period: %1").arg(period);
    lines << tr("Quantity: %1").arg(b.quantity);
    lines << tr("Status: %1").arg(rowStatusName(b.status));
    if (b.overbooked)
        lines << tr("Overbooked");
    if (b.settled)
        lines << tr("Settled");
    return lines.join(QLatin1Char('\n'));
}

// --- Painting -----------------------------------------------------------------

const QPixmap& ScheduleView::background() {
    const qreal dpr = viewport()->devicePixelRatioF();
    const QSize size = viewport()->size();
    const QString key = QStringLiteral("%1x%2@%3 %4,%5 z%6 o%7 g%8 t%9")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(dpr)
                            .arg(horizontalScrollBar()->value())
                            .arg(verticalScrollBar()->value())
                            .arg(int(zoom()))
                            .arg(m_geometry.originMinute())
                            .arg(m_dataGeneration)
                            .arg(BookingTime::date(nowMinute()).toJulianDay());
    if (key != m_backgroundKey || m_background.isNull()) {
        m_background = QPixmap(size * dpr);
        m_background.setDevicePixelRatio(dpr);
        QPainter p(&m_background);
        paintBackground(p);
        m_backgroundKey = key;
    }
    return m_background;
}

void ScheduleView::paintBackground(QPainter& p) {
    const QRect all(QPoint(0, 0), viewport()->size());
    const QRect grid = gridArea();
    const QRect vis = visibleContent();
    const QPoint shift = toViewport(QPoint(0, 0));
    p.fillRect(all, Qt::white);

    const auto [r0, r1] = m_geometry.rowsIn(vis.top(), vis.bottom() + 1);
    const auto& rows = m_geometry.rows();
    const int contentBottom = std::min(grid.bottom() + 1, m_geometry.contentHeight() + shift.y());
    const QDate d0 = BookingTime::date(m_geometry.minuteAt(vis.left()));
    const QDate d1 = BookingTime::date(m_geometry.minuteAt(vis.right()));
    const QDate today = BookingTime::date(nowMinute());
    auto dayX = [&](const QDate& d) {
        return m_geometry.xOf(BookingTime::fromDate(d)) + shift.x();
    };

    p.setClipRect(grid);
    // Weekends and today, under everything.
    for (QDate d = d0; d <= d1; d = d.addDays(1)) {
        const QRect column(dayX(d), grid.top(), dayX(d.addDays(1)) - dayX(d),
                           contentBottom - grid.top());
        if (d == today && zoom() != ScheduleZoom::Day)
            p.fillRect(column, TodayFill);
        else if (isWeekend(d))
            p.fillRect(column, WeekendFill);
    }
    for (int i = r0; i < r1; ++i) {
        const ScheduleRow& row = rows[i];
        const QRect band(grid.left(), row.top + shift.y(), grid.width(), row.height);
        if (row.kind == ScheduleRow::Kind::Group)
            p.fillRect(band, GroupFill);
        else if (row.kind == ScheduleRow::Kind::Free)
            p.fillRect(band, FreeFill);
    }
    // Column lines: hours (Day), days, and stronger at days (Day) or weeks.
    const int colMinutes = m_geometry.columnMinutes();
    for (std::int64_t m = m_geometry.columnStart(m_geometry.minuteAt(vis.left()));
         m <= m_geometry.minuteAt(vis.right() + 1); m += colMinutes) {
        const int x = m_geometry.xOf(m) + shift.x();
        const QDate d = BookingTime::date(m);
        const bool strong = zoom() == ScheduleZoom::Day
                                ? BookingTime::minuteOfDay(m) == 0
                                : (zoom() != ScheduleZoom::Week && d.dayOfWeek() == 1);
        p.setPen(strong ? StrongLine : LineColor);
        p.drawLine(x, grid.top(), x, contentBottom - 1);
    }
    for (int i = r0; i < r1; ++i) {
        const ScheduleRow& row = rows[i];
        const int y = row.bottom() - 1 + shift.y();
        p.setPen(row.kind == ScheduleRow::Kind::Free ? StrongLine : LineColor);
        p.drawLine(grid.left(), y, grid.right(), y);
    }
    // Free units per product and day.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    QFont smallBold = small;
    smallBold.setBold(true);
    for (int i = r0; i < r1; ++i) {
        const ScheduleRow& row = rows[i];
        if (row.kind != ScheduleRow::Kind::Free)
            continue;
        const auto it = m_free.find(row.productId);
        if (it == m_free.end())
            continue;
        for (QDate d = d0; d <= d1; d = d.addDays(1)) {
            const int k = int(m_freeFirst.daysTo(d));
            if (k < 0 || k >= int(it->second.size()))
                continue;
            const int free = it->second[k];
            QRect cell(dayX(d), row.top + shift.y(), dayX(d.addDays(1)) - dayX(d), row.height);
            cell = cell.intersected(grid);
            if (cell.width() < 6)
                continue;
            if (free <= 0)
                p.fillRect(cell.adjusted(0, 0, 0, -1), FullFill);
            const QString text = QString::number(free);
            p.setFont(free <= 0 ? smallBold : small);
            if (p.fontMetrics().horizontalAdvance(text) > cell.width())
                continue;  // the red day says it
            p.setPen(free <= 0 ? FullColor : MutedText);
            p.drawText(cell, Qt::AlignCenter, text);
        }
    }
    p.setClipping(false);
    paintHeaders(p, grid);
}

void ScheduleView::paintHeaders(QPainter& p, const QRect& grid) {
    const QLocale l = locale();
    const QRect vis = visibleContent();
    const QPoint shift = toViewport(QPoint(0, 0));
    const QDate d0 = BookingTime::date(m_geometry.minuteAt(vis.left()));
    const QDate d1 = BookingTime::date(m_geometry.minuteAt(vis.right()));
    const QDate today = BookingTime::date(nowMinute());
    const int half = HeaderHeight / 2;
    auto dayX = [&](const QDate& d) {
        return m_geometry.xOf(BookingTime::fromDate(d)) + shift.x();
    };
    QFont normal = font();
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);

    // Dates, top.
    const QRect top(grid.left(), 0, grid.width(), HeaderHeight);
    p.fillRect(top, HeaderFill);
    p.save();
    p.setClipRect(top);
    // Upper line: a segment per day (Day), week (Week) or month.
    auto segmentStart = [&](const QDate& d) {
        switch (zoom()) {
            case ScheduleZoom::Day:
                return d;
            case ScheduleZoom::Week:
                return d.addDays(1 - d.dayOfWeek());
            default:
                return QDate(d.year(), d.month(), 1);
        }
    };
    for (QDate s = segmentStart(d0); s <= d1;) {
        const QDate next = zoom() == ScheduleZoom::Day    ? s.addDays(1)
                           : zoom() == ScheduleZoom::Week ? s.addDays(7)
                                                          : s.addMonths(1);
        const int x0 = dayX(s);
        const int x1 = dayX(next);
        QString label;
        if (zoom() == ScheduleZoom::Day)
            label = l.toString(s, QLocale::LongFormat);
        else if (zoom() == ScheduleZoom::Week)
            label = tr("Week %1, %2")
                        .arg(s.weekNumber())
                        .arg(l.toString(s.addDays(3), QStringLiteral("MMMM yyyy")));
        else
            label = l.toString(s, QStringLiteral("MMMM yyyy"));
        const QRect text(std::max(x0, grid.left()) + 6, 0, x1 - std::max(x0, grid.left()) - 8,
                         half);
        p.setFont(bold);
        p.setPen(TextColor);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(label, Qt::ElideRight, text.width()));
        p.setPen(StrongLine);
        p.drawLine(x0, 0, x0, HeaderHeight);
        s = next;
    }
    // Lower line: hours, days, or week numbers (Quarter).
    p.setFont(zoom() == ScheduleZoom::Week ? normal : small);
    if (zoom() == ScheduleZoom::Day) {
        for (std::int64_t m = m_geometry.columnStart(m_geometry.minuteAt(vis.left()));
             m <= m_geometry.minuteAt(vis.right() + 1); m += 60) {
            const int x = m_geometry.xOf(m) + shift.x();
            const QRect cell(x, half, m_geometry.columnWidth(), half);
            p.setPen(LineColor);
            p.drawLine(x, half, x, HeaderHeight);
            p.setPen(TextColor);
            p.drawText(cell, Qt::AlignCenter,
                       BookingTime::dateTime(m).time().toString(QStringLiteral("HH:mm")));
        }
    } else if (zoom() == ScheduleZoom::Quarter) {
        for (QDate d = d0.addDays(1 - d0.dayOfWeek()); d <= d1; d = d.addDays(7)) {
            const QRect cell(dayX(d), half, dayX(d.addDays(7)) - dayX(d), half);
            p.setPen(LineColor);
            p.drawLine(cell.left(), half, cell.left(), HeaderHeight);
            p.setPen(TextColor);
            p.drawText(cell.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("W%1").arg(d.weekNumber()));
        }
        if (d0 <= today && today <= d1)
            p.fillRect(
                QRect(dayX(today), HeaderHeight - 4, dayX(today.addDays(1)) - dayX(today), 4),
                NowColor);
    } else {
        for (QDate d = d0; d <= d1; d = d.addDays(1)) {
            const QRect cell(dayX(d), half, dayX(d.addDays(1)) - dayX(d), half);
            if (d == today)
                p.fillRect(cell, TodayFill);
            else if (isWeekend(d))
                p.fillRect(cell, WeekendFill);
            p.setPen(LineColor);
            p.drawLine(cell.left(), half, cell.left(), HeaderHeight);
            p.setPen(isWeekend(d) ? MutedText : TextColor);
            const QString label = zoom() == ScheduleZoom::Week
                                      ? l.toString(d, QStringLiteral("ddd d MMM"))
                                      : QString::number(d.day());
            p.setFont(d == today ? bold : (zoom() == ScheduleZoom::Week ? normal : small));
            p.drawText(cell, Qt::AlignCenter, label);
        }
    }
    p.restore();
    p.setPen(StrongLine);
    p.drawLine(grid.left(), HeaderHeight - 1, grid.right(), HeaderHeight - 1);

    // Names, left.
    const QRect left(0, HeaderHeight, HeaderWidth, grid.height());
    p.fillRect(left, HeaderFill);
    p.save();
    p.setClipRect(left);
    const auto [r0, r1] = m_geometry.rowsIn(vis.top(), vis.bottom() + 1);
    for (int i = r0; i < r1; ++i) {
        const ScheduleRow& row = m_geometry.rows()[i];
        const QRect band(0, row.top + shift.y(), HeaderWidth, row.height);
        QRect text = band.adjusted(10, 0, -6, 0);
        switch (row.kind) {
            case ScheduleRow::Kind::Group:
                p.fillRect(band, GroupFill);
                p.setFont(bold);
                p.setPen(TextColor);
                break;
            case ScheduleRow::Kind::Resource:
                text.adjust(10, 0, 0, 0);
                p.setFont(normal);
                p.setPen(TextColor);
                break;
            case ScheduleRow::Kind::Free:
                p.fillRect(band, FreeFill);
                text.adjust(10, 0, 0, 0);
                p.setFont(small);
                p.setPen(MutedText);
                break;
        }
        const QString label =
            row.kind == ScheduleRow::Kind::Free ? tr("%1: free").arg(row.label) : row.label;
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(label, Qt::ElideRight, text.width()));
        p.setPen(row.kind == ScheduleRow::Kind::Free ? StrongLine : LineColor);
        p.drawLine(0, band.bottom(), HeaderWidth - 1, band.bottom());
    }
    p.restore();
    p.setPen(StrongLine);
    p.drawLine(HeaderWidth - 1, 0, HeaderWidth - 1, grid.bottom());

    // The corner.
    const QRect corner(0, 0, HeaderWidth - 1, HeaderHeight - 1);
    p.fillRect(corner, HeaderFill);
    p.setFont(bold);
    p.setPen(TextColor);
    p.drawText(corner.adjusted(10, half, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, tr("Unit"));
    p.setPen(StrongLine);
    p.drawLine(0, HeaderHeight - 1, HeaderWidth - 1, HeaderHeight - 1);
    if (m_geometry.resources().empty()) {
        p.setFont(normal);
        p.setPen(MutedText);
        p.drawText(grid.adjusted(20, 20, -20, -20), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   m_category.isEmpty()
                       ? tr("There is nothing to book yet: bookable products get units in the "
                            "catalog.")
                       : tr("The category %1 has no units.").arg(m_category));
    }
}

void ScheduleView::paintBlock(QPainter& p, const QRect& rect, const QRect& clip,
                              const ScheduleBlock& block, bool selected) const {
    QColor fill = statusColor(block.status);
    const bool dragged =
        m_drag.active && m_drag.mode != DragMode::Create && m_drag.block.rowId == block.rowId;
    if (dragged)
        fill.setAlpha(90);
    p.fillRect(rect, fill);
    p.setPen(fill.darker(145));
    p.drawRect(rect.adjusted(0, 0, -1, -1));
    if (block.overbooked) {
        p.fillRect(QRect(rect.left(), rect.bottom() - 2, rect.width(), 3), FullColor);
        const int s = std::min(9, rect.width());
        const QPoint corner = rect.topRight() + QPoint(1, 0);
        p.setPen(Qt::NoPen);
        p.setBrush(FullColor);
        p.drawPolygon(QPolygon({corner, corner - QPoint(s, 0), corner + QPoint(0, s)}));
        p.setBrush(Qt::NoBrush);
    }
    const QRect text = rect.intersected(clip).adjusted(4, 0, block.overbooked ? -9 : -3, 0);
    if (text.width() >= 16) {
        const QString name = block.customerName.isEmpty() ? tr("Booking %1").arg(block.bookingId)
                                                          : block.customerName;
        const QString shown = p.fontMetrics().elidedText(name, Qt::ElideRight, text.width());
        // A lone ellipsis says nothing: then the tooltip names the customer.
        if (shown.size() > 1) {
            p.setPen(TextColor);
            p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, shown);
        }
    }
    if (selected) {
        p.setPen(QPen(SelectColor, 2));
        p.drawRect(QRectF(rect).adjusted(1, 1, -1, -1));
    }
}

void ScheduleView::renderViewport(QPainter& painter, const QRect& exposed) {
    ensureWindow();
    const QPixmap& bg = background();
    const qreal dpr = bg.devicePixelRatio();
    painter.drawPixmap(QRectF(exposed), bg,
                       QRectF(exposed.x() * dpr, exposed.y() * dpr, exposed.width() * dpr,
                              exposed.height() * dpr));
    const QRect fullGrid = gridArea();
    const QRect grid = fullGrid.intersected(exposed);
    if (grid.isEmpty())
        return;
    const QPoint shift = toViewport(QPoint(0, 0));
    const QRect content = grid.translated(-shift);
    painter.save();
    painter.setClipRect(grid);
    painter.setFont(font());

    // Bookings over the exposed part only.
    const auto [ra, rb] = m_geometry.resourcesIn(content.top(), content.bottom() + 1);
    const std::int64_t t0 = m_geometry.minuteAt(content.left());
    const std::int64_t t1 = m_geometry.minuteAt(content.right() + 1);
    for (int r = ra; r < rb; ++r) {
        for (const ScheduleBlock& b : m_blocks[r]) {
            if (b.start >= t1)
                break;
            if (b.end <= t0)
                continue;
            paintBlock(painter, m_geometry.blockRect(b).translated(shift), fullGrid, b,
                       b.rowId == m_selected);
        }
    }

    // The keyboard's cell when no booking is selected.
    if (m_selected == 0 && m_cursorResource >= 0 && hasFocus()) {
        const QRect cell = m_geometry.cellRect(m_cursorResource, m_cursorMinute).translated(shift);
        painter.setPen(QPen(SelectColor, 2, Qt::DotLine));
        painter.drawRect(QRectF(cell).adjusted(1, 1, -1, -1));
    }

    // What a drag would do.
    if (m_drag.active) {
        if (m_drag.mode == DragMode::Create) {
            const QRect band = m_geometry.periodRect(m_drag.pressResource, m_drag.start, m_drag.end)
                                   .translated(shift);
            QColor c = palette().color(QPalette::Highlight);
            c.setAlpha(70);
            painter.fillRect(band, c);
            painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
            painter.drawRect(band.adjusted(0, 0, -1, -1));
        } else {
            const QRect ghost =
                m_geometry.periodRect(m_drag.resource, m_drag.start, m_drag.end).translated(shift);
            QColor c = statusColor(m_drag.block.status);
            c.setAlpha(200);
            painter.fillRect(ghost, c);
            painter.setPen(QPen(SelectColor, 2, Qt::DashLine));
            painter.drawRect(QRectF(ghost).adjusted(1, 1, -1, -1));
        }
    }
    painter.restore();

    // Now.
    const int x = m_geometry.xOf(nowMinute()) + shift.x();
    if (x >= fullGrid.left() && x <= fullGrid.right()) {
        painter.save();
        painter.setClipRect(exposed);
        const int bottom = std::min(fullGrid.bottom(), m_geometry.contentHeight() + shift.y());
        painter.setPen(QPen(NowColor, 2));
        painter.drawLine(x, HeaderHeight, x, bottom);
        painter.setPen(Qt::NoPen);
        painter.setBrush(NowColor);
        painter.drawPolygon(QPolygon({QPoint(x - 5, HeaderHeight - 6),
                                      QPoint(x + 5, HeaderHeight - 6), QPoint(x, HeaderHeight)}));
        painter.restore();
    }
}

}  // namespace skranke
