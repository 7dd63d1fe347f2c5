#include "ui/documents/pagelayout.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace skranke {

QFont PageLayout::font(const QPainter& p, double points, bool bold) {
    QFont f(QStringLiteral("DejaVu Sans"));
    // The window maps one logical unit to one point on paper; a font size is
    // resolved against the device's dpi before that mapping applies.
    f.setPointSizeF(points * 72.0 / p.device()->logicalDpiY());
    f.setBold(bold);
    return f;
}

void PageLayout::mapToA4(QPainter& painter, QPagedPaintDevice& device) {
    const QRect full = device.pageLayout().fullRectPixels(device.logicalDpiX());
    painter.resetTransform();
    painter.setViewport(QRect(0, 0, full.width(), full.height()));
    painter.setWindow(0, 0, int(Width), int(Height));
    painter.setRenderHint(QPainter::Antialiasing);
}

void PageLayout::text(QPainter& p, double x, double y, const QString& s) {
    p.drawText(QPointF(x, y), s);
}

void PageLayout::textRight(QPainter& p, double x, double y, const QString& s) {
    p.drawText(QPointF(x - QFontMetricsF(p.font(), p.device()).horizontalAdvance(s), y), s);
}

QString PageLayout::elided(QPainter& p, const QString& s, double width) {
    return QFontMetricsF(p.font(), p.device()).elidedText(s, Qt::ElideRight, width);
}

void PageLayout::rule(QPainter& p, double y, double from, double to) {
    p.save();
    p.setPen(QPen(QColor(120, 120, 120), 0.5));
    p.drawLine(QPointF(from, y), QPointF(to, y));
    p.restore();
}

}  // namespace skranke
