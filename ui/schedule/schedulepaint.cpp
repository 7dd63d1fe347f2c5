// ScheduleView's painting: the cached background (grid, weekends, headers,
// free units), the blocks and the now line, for the exposed rectangle only.
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

constexpr std::int64_t Day = BookingTime::MinutesPerDay;

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

}  // namespace

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
