#pragma once

#include "core/money/rate.h"
#include "core/till/till.h"
#include "ui/documents/documenttext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSizeF>
#include <QString>
#include <QTimeZone>
#include <vector>

class QIODevice;
class QPagedPaintDevice;

namespace skranke {

// A document on the 80 mm till roll: rows stacked from the top, laid out
// before painting so the page can be exactly as long as its content.
// Coordinates are points. Shared by the receipt and the X/Z report.
class RollSlip final {
    Q_DECLARE_TR_FUNCTIONS(skranke::RollSlip)
public:
    static constexpr double Width = 80 * 72 / 25.4;
    static constexpr double Margin = 4 * 72 / 25.4;
    static constexpr double Left = Margin;
    static constexpr double Right = Width - Margin;
    static constexpr double Body = 8;

    // Centred, broken into lines when too wide.
    void centered(const QString& text, double points = Body, bool bold = false);
    // Left-aligned, broken into lines when too wide, `indent` points in.
    void text(const QString& text, double points = Body, bool bold = false, double indent = 0);
    // A label on the left and a value ending at the right margin; the label
    // wraps so that it never runs into the value.
    void row(const QString& label, const QString& value, double points = Body, bool bold = false,
             double indent = 0);
    // Large, bold and framed: "COPY".
    void stamp(const QString& text);
    void rule();
    void space(double points = 6);

    QSizeF pageSizePoints() const;
    void print(QPagedPaintDevice& device) const;
    // Writes the whole file or none of it (QSaveFile); throws Error(Storage)
    // naming "file", as Letter::writePdf does, but on the roll's page size.
    void writePdf(const QString& path, const QString& title) const;
    QByteArray pdfBytes(const QString& title) const;

    // Helpers for the documents on the roll.
    static QString dateTime(std::int64_t unixMs, const QTimeZone& zone, const QLocale& locale);
    static QTimeZone zone(const QString& ianaId);
    static QString percent(const Rate& rate, const QLocale& locale);
    static QString tenderName(TenderKind kind, const DocumentText& text);

private:
    struct Item {
        enum class Kind { Text, Right, Rule, Space, Stamp } kind = Kind::Text;
        QString text;
        double x = 0;  // Text: left edge; Right: right edge; Center when < 0
        double top = 0;
        double points = Body;
        bool bold = false;
        double height = 0;
    };
    void add(Item item, bool advance = true);
    void renderPdf(QIODevice& out, const QString& title) const;

    std::vector<Item> m_items;
    double m_y = Margin;
};

}  // namespace skranke
