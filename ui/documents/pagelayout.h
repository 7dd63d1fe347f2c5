#pragma once

#include <QFont>
#include <QString>

class QPainter;
class QPagedPaintDevice;

namespace skranke {

// Shared geometry and drawing helpers of the A4 documents. Coordinates are
// points on A4 portrait (595 × 842), whatever the device's resolution.
class PageLayout final {
public:
    static constexpr double Width = 595;
    static constexpr double Height = 842;
    static constexpr double Left = 50;
    static constexpr double Right = 545;
    static constexpr double RowHeight = 14;

    // DejaVu Sans (fonts-dejavu-core) so documents look the same everywhere.
    // Sized so that `points` are points on paper under the A4 mapping.
    static QFont font(const QPainter& p, double points, bool bold = false);
    static void mapToA4(QPainter& painter, QPagedPaintDevice& device);
    static void text(QPainter& p, double x, double y, const QString& s);
    // Right-aligned so the text ends at x.
    static void textRight(QPainter& p, double x, double y, const QString& s);
    // Cut with "…" to fit width.
    static QString elided(QPainter& p, const QString& s, double width);
    static void rule(QPainter& p, double y, double from = Left, double to = Right);
};

}  // namespace skranke
