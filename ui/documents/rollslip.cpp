#include "ui/documents/rollslip.h"

#include "core/company/companyservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/till/saleservice.h"
#include "ui/documents/pagelayout.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>
#include <algorithm>

namespace skranke {

namespace {

constexpr double LineFactor = 1.35;  // row height per point of font size
constexpr double StampPoints = 18;

// PageLayout::font() makes an n-point font n device pixels, so measuring on a
// 72 dpi image gives widths in points.
QImage& measuringDevice() {
    static QImage device = [] {
        QImage d(1, 1, QImage::Format_Mono);
        d.setDotsPerMeterX(2835);
        d.setDotsPerMeterY(2835);
        return d;
    }();
    return device;
}

// No ligatures: a product called "Kaffe" must read back as "Kaffe" from the
// PDF (search, copy and paste, tests), not with the "ﬀ" ligature.
QFont unshaped(QFont font) {
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QFont measuringFont(double points, bool bold) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    return unshaped(font);
}

double advance(const QString& text, double points, bool bold) {
    return QFontMetricsF(measuringFont(points, bold), &measuringDevice()).horizontalAdvance(text);
}

QStringList wrap(const QString& text, double points, bool bold, double width) {
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        if (paragraph.trimmed().isEmpty())
            continue;
        QTextLayout layout(paragraph, measuringFont(points, bold), &measuringDevice());
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

}  // namespace

// ---- RollSlip -------------------------------------------------------------

void RollSlip::add(Item item, bool advanceY) {
    item.top = m_y;
    if (advanceY)
        m_y += item.height;
    m_items.push_back(std::move(item));
}

void RollSlip::centered(const QString& s, double points, bool bold) {
    for (const QString& line : wrap(s, points, bold, Right - Left))
        add(Item{Item::Kind::Text, line, -1, 0, points, bold, points * LineFactor});
}

void RollSlip::text(const QString& s, double points, bool bold, double indent) {
    for (const QString& line : wrap(s, points, bold, Right - Left - indent))
        add(Item{Item::Kind::Text, line, Left + indent, 0, points, bold, points * LineFactor});
}

void RollSlip::row(const QString& label, const QString& value, double points, bool bold,
                   double indent) {
    const double height = points * LineFactor;
    const double room = Right - Left - indent - advance(value, points, bold) - 6;
    if (room < (Right - Left) * 0.4) {
        // A very long value: the label on its own, the value under it.
        text(label, points, bold, indent);
        add(Item{Item::Kind::Right, value, Right, 0, points, bold, height});
        return;
    }
    QStringList lines = wrap(label, points, bold, room);
    if (lines.isEmpty())
        lines << QString();
    for (int i = 0; i + 1 < lines.size(); ++i)
        add(Item{Item::Kind::Text, lines[i], Left + indent, 0, points, bold, height});
    add(Item{Item::Kind::Right, value, Right, 0, points, bold, height}, false);
    add(Item{Item::Kind::Text, lines.last(), Left + indent, 0, points, bold, height});
}

void RollSlip::stamp(const QString& s) {
    space(4);
    add(Item{Item::Kind::Stamp, s, -1, 0, StampPoints, true, StampPoints * 1.6});
    space(6);
}

void RollSlip::rule() {
    add(Item{Item::Kind::Rule, {}, 0, 0, Body, false, 7});
}

void RollSlip::space(double points) {
    add(Item{Item::Kind::Space, {}, 0, 0, Body, false, points});
}

QSizeF RollSlip::pageSizePoints() const {
    // Never shorter than wide, so that no device takes the page for landscape.
    return {Width, std::max(m_y + Margin, Width + 1)};
}

void RollSlip::print(QPagedPaintDevice& device) const {
    const QSizeF size = pageSizePoints();
    device.setPageSize(QPageSize(size, QPageSize::Point, QStringLiteral("Till roll 80 mm"),
                                 QPageSize::ExactMatch));
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p;
    if (!p.begin(&device))
        throw Error(ErrorCode::Storage, tr("Cannot paint the document."));
    p.setRenderHint(QPainter::Antialiasing);
    // One logical unit is one point on paper.
    p.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
    p.setPen(Qt::black);
    for (const Item& item : m_items) {
        const double baseline = item.top + item.points * 1.05;
        switch (item.kind) {
            case Item::Kind::Space:
                break;
            case Item::Kind::Rule:
                p.save();
                p.setPen(QPen(Qt::black, 0.6, Qt::DashLine));
                p.drawLine(QPointF(Left, item.top + 3.5), QPointF(Right, item.top + 3.5));
                p.restore();
                break;
            case Item::Kind::Text:
            case Item::Kind::Right: {
                p.setFont(unshaped(PageLayout::font(p, item.points, item.bold)));
                if (item.kind == Item::Kind::Right)
                    PageLayout::textRight(p, item.x, baseline, item.text);
                else if (item.x < 0)
                    PageLayout::textRight(
                        p,
                        (Width + QFontMetricsF(p.font(), p.device()).horizontalAdvance(item.text)) /
                            2,
                        baseline, item.text);
                else
                    PageLayout::text(p, item.x, baseline, item.text);
                break;
            }
            case Item::Kind::Stamp: {
                p.setFont(unshaped(PageLayout::font(p, item.points, true)));
                const double w = QFontMetricsF(p.font(), p.device()).horizontalAdvance(item.text);
                const double top = item.top;
                p.save();
                p.setPen(QPen(Qt::black, 1.5));
                p.drawRect(QRectF((Width - w) / 2 - 10, top, w + 20, item.height));
                p.restore();
                PageLayout::text(p, (Width - w) / 2, top + item.height / 2 + item.points * 0.36,
                                 item.text);
                break;
            }
        }
    }
    p.end();
}

void RollSlip::renderPdf(QIODevice& out, const QString& title) const {
    QPdfWriter writer(&out);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Skranke"));
    writer.setTitle(title);
    print(writer);
}

QByteArray RollSlip::pdfBytes(const QString& title) const {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    renderPdf(buffer, title);
    return buffer.data();
}

void RollSlip::writePdf(const QString& path, const QString& title) const {
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        throw Error(
            ErrorCode::Storage,
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())),
            QStringLiteral("file"));
    // A half-written PDF never replaces a good one.
    QSaveFile file(path);
    const auto cannotWrite = [&] {
        return Error(
            ErrorCode::Storage,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("file"));
    };
    if (!file.open(QIODevice::WriteOnly))
        throw cannotWrite();
    renderPdf(file, title);
    if (!file.commit())
        throw cannotWrite();
}

QTimeZone RollSlip::zone(const QString& ianaId) {
    const QTimeZone z(ianaId.toUtf8());
    return z.isValid() ? z : QTimeZone::utc();
}

QString RollSlip::dateTime(std::int64_t unixMs, const QTimeZone& zone, const QLocale& locale) {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(unixMs, zone);
    return locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(at.time(), QLocale::ShortFormat);
}

QString RollSlip::percent(const Rate& rate, const QLocale& locale) {
    QString s = rate.toPercentString();
    return s.replace(QLatin1Char('.'), locale.decimalPoint());
}

QString RollSlip::tenderName(TenderKind kind, const DocumentText& text) {
    // The same sources as tenderKindName(), but in the document's language.
    const char* source = nullptr;
    switch (kind) {
        case TenderKind::Cash:
            source = QT_TRANSLATE_NOOP("skranke::TenderKind", "Cash");
            break;
        case TenderKind::Card:
            source = QT_TRANSLATE_NOOP("skranke::TenderKind", "Card");
            break;
        case TenderKind::ValueCard:
            source = QT_TRANSLATE_NOOP("skranke::TenderKind", "Value card");
            break;
        case TenderKind::Invoice:
            source = QT_TRANSLATE_NOOP("skranke::TenderKind", "On invoice");
            break;
    }
    return text("skranke::TenderKind", source);
}

}  // namespace skranke
