// ScheduleView's events: keyboard, mouse (select, drag to create, move and
// resize) and tooltips.
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
        case Qt::Key_A:
            if (m_selected > 0 && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
                Q_EMIT cancelRequested(m_selected);
                event->accept();
                return;
            }
            break;
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

}  // namespace skranke
