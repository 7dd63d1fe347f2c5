#include "ui/documents/cancellationlistdocument.h"

#include "core/store/error.h"
#include "ui/documents/letter.h"
#include "ui/documents/pagelayout.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <algorithm>

namespace skranke {

namespace {

constexpr const char* Ctx = "skranke::CancellationListDocument";

// Landscape A4 in points.
constexpr double PageWidth = 842;
constexpr double PageHeight = 595;
constexpr double Left = 40;
constexpr double Right = 802;
constexpr double HeadBaseline = 104;  // the column heads
constexpr double ContentBottom = 548;
constexpr double FooterRule = 562;
constexpr double Points = 7.5;
constexpr double LineStep = 9.5;
constexpr double RowGap = 4;
constexpr double TotalsHeight = 2 * LineStep + 14;

// Left edges and widths of the columns; quantity and fee are right-aligned
// at their edge.
constexpr double ColWhen = Left;
constexpr double ColBooking = 119;
constexpr double ColCustomer = 164;
constexpr double WidthCustomer = 86;
constexpr double ColProduct = 254;
constexpr double WidthProduct = 108;
constexpr double ColPeriod = 366;
constexpr double WidthPeriod = 106;
constexpr double QtyRight = 514;
constexpr double ColReason = 524;
constexpr double WidthReason = 152;
constexpr double FeeRight = 738;
constexpr double ColUser = 746;
constexpr double WidthUser = Right - ColUser;
constexpr int MaxCellLines = 2;
constexpr int MaxReasonLines = 8;

void lightRule(QPainter& p, double y) {
    p.save();
    p.setPen(QPen(QColor(200, 200, 200), 0.4));
    p.drawLine(QPointF(Left, y), QPointF(Right, y));
    p.restore();
}

void cell(QPainter& p, double x, double width, double baseline, const QStringList& lines) {
    for (int i = 0; i < lines.size(); ++i)
        PageLayout::text(p, x, baseline + i * LineStep, PageLayout::elided(p, lines[i], width));
}

}  // namespace

CancellationListDocument::CancellationListDocument(QString companyName,
                                                   CancellationList::Result list,
                                                   const QString& language)
    : m_company(std::move(companyName)), m_list(std::move(list)), m_text(language) {
    for (std::size_t i = 0; i < m_list.lines.size(); ++i)
        m_rows.push_back(layoutRow(i));
    // Rows never split across pages; the totals go where there is room.
    const double top = HeadBaseline + 4;
    Page page;
    double y = top;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (page.count > 0 && y + m_rows[i].height > ContentBottom) {
            m_pages.push_back(page);
            page = Page{i, 0, false};
            y = top;
        }
        ++page.count;
        y += m_rows[i].height;
    }
    if (m_rows.empty())
        y += LineStep + RowGap;  // "No cancellations"
    if (y + TotalsHeight > ContentBottom) {
        m_pages.push_back(page);
        page = Page{m_rows.size(), 0, false};
    }
    page.totals = true;
    m_pages.push_back(page);
}

QString CancellationListDocument::t(const char* source) const {
    return m_text(Ctx, source);
}

QString CancellationListDocument::title() const {
    return t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Cancellations"));
}

CancellationListDocument::Row CancellationListDocument::layoutRow(std::size_t index) const {
    const CancellationList::Line& line = m_list.lines[index];
    const Cancellation& c = line.cancellation;
    const QLocale& loc = m_text.locale();
    Row row;
    row.line = index;
    row.customer = Letter::wrapped(line.customer, Points, WidthCustomer, MaxCellLines);
    row.product = Letter::wrapped(line.product, Points, WidthProduct, MaxCellLines);
    row.period =
        Letter::wrapped(CancellationList::period(line, loc), Points, WidthPeriod, MaxCellLines);
    row.reason = Letter::wrapped(c.reason, Points, WidthReason, MaxReasonLines);
    QStringList notes;
    if (!c.waivedBy.isEmpty())
        notes << t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument",
                                     "Fee of %1 waived by %2."))
                     .arg(c.suggestedFee.format(loc, true), line.waivedBy);
    if (c.debited)
        notes << t(
            QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Billed: the purchase stands."));
    if (!notes.isEmpty())
        row.note = Letter::wrapped(notes.join(QLatin1Char(' ')), Points, WidthReason, 3);
    row.user = Letter::wrapped(line.user, Points, WidthUser, MaxCellLines);
    const qsizetype lines =
        std::max({qsizetype(1), row.customer.size(), row.product.size(), row.period.size(),
                  row.reason.size() + row.note.size(), row.user.size()});
    row.height = double(lines) * LineStep + RowGap;
    return row;
}

void CancellationListDocument::print(QPagedPaintDevice& device) const {
    device.setPageOrientation(QPageLayout::Landscape);
    QPainter painter;
    if (!painter.begin(&device))
        throw Error(ErrorCode::Storage,
                    QCoreApplication::translate(Ctx, "Cannot paint the document."));
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0)
            device.newPage();
        const QRect full = device.pageLayout().fullRectPixels(device.logicalDpiX());
        painter.resetTransform();
        painter.setViewport(QRect(0, 0, full.width(), full.height()));
        painter.setWindow(0, 0, int(PageWidth), int(PageHeight));
        painter.setRenderHint(QPainter::Antialiasing);
        paintPage(painter, i);
    }
}

void CancellationListDocument::writePdf(const QString& path) const {
    Letter::writePdf(path, title(), [this](QPagedPaintDevice& device) { print(device); });
}

QByteArray CancellationListDocument::pdf() const {
    return Letter::pdfBytes(title(), [this](QPagedPaintDevice& device) { print(device); });
}

void CancellationListDocument::paintHeader(QPainter& p) const {
    using L = PageLayout;
    const QLocale& loc = m_text.locale();
    p.setFont(L::font(p, 14, true));
    L::text(p, Left, 46, title());
    p.setFont(L::font(p, 9));
    L::text(p, Left, 62, m_company);
    const QString days =
        QStringLiteral("%1 – %2").arg(loc.toString(m_list.from, QLocale::ShortFormat),
                                      loc.toString(m_list.to, QLocale::ShortFormat));
    const auto [monday, sunday] = CancellationList::weekOf(m_list.from);
    L::text(
        p, Left, 75,
        monday == m_list.from && sunday == m_list.to
            ? t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Week %1: %2"))
                  .arg(m_list.from.weekNumber())
                  .arg(days)
            : t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Period: %1")).arg(days));

    p.setFont(L::font(p, Points, true));
    const double y = HeadBaseline;
    L::text(p, ColWhen, y, t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Cancelled")));
    // The booking column is narrow: its head is cut to fit in any language.
    L::text(p, ColBooking, y,
            L::elided(p, t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Booking")),
                      ColCustomer - ColBooking - 4));
    L::text(p, ColCustomer, y,
            t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Customer")));
    L::text(p, ColProduct, y, t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Product")));
    L::text(p, ColPeriod, y, t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Period")));
    L::textRight(p, QtyRight, y,
                 t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Quantity")));
    L::text(p, ColReason, y, t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Reason")));
    L::textRight(p, FeeRight, y,
                 t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Fee (%1)"))
                     .arg(m_list.totals.fees.currency().code()));
    L::text(p, ColUser, y, t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "User")));
    L::rule(p, y + 3, Left, Right);
}

double CancellationListDocument::paintRow(QPainter& p, double top, const Row& row) const {
    using L = PageLayout;
    const CancellationList::Line& line = m_list.lines[row.line];
    const Cancellation& c = line.cancellation;
    const QLocale& loc = m_text.locale();
    const double y = top + LineStep;
    p.setFont(L::font(p, Points));
    L::text(p, ColWhen, y, loc.toString(line.cancelledAt, QLocale::ShortFormat));
    L::text(p, ColBooking, y, QString::number(c.bookingId));
    cell(p, ColCustomer, WidthCustomer, y, row.customer);
    cell(p, ColProduct, WidthProduct, y, row.product);
    cell(p, ColPeriod, WidthPeriod, y, row.period);
    L::textRight(p, QtyRight, y, loc.toString(c.quantity));
    cell(p, ColReason, WidthReason, y, row.reason);
    L::textRight(p, FeeRight, y, c.fee.format(loc, true));
    cell(p, ColUser, WidthUser, y, row.user);
    if (!row.note.isEmpty()) {
        p.save();
        QFont italic = L::font(p, Points);
        italic.setItalic(true);
        p.setFont(italic);
        p.setPen(QColor(90, 90, 90));
        cell(p, ColReason, WidthReason, y + double(row.reason.size()) * LineStep, row.note);
        p.restore();
    }
    lightRule(p, top + row.height - 1.5);
    return top + row.height;
}

void CancellationListDocument::paintTotals(QPainter& p, double y) const {
    using L = PageLayout;
    const CancellationList::Totals& totals = m_list.totals;
    const QLocale& loc = m_text.locale();
    L::rule(p, y + 2, Left, Right);
    y += 2 + 11;
    p.setFont(L::font(p, Points + 0.5, true));
    L::text(p, ColWhen, y, t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Total")));
    L::text(p, ColCustomer, y,
            t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Cancellations: %1"))
                .arg(loc.toString(totals.count)));
    L::textRight(p, QtyRight, y, loc.toString(qlonglong(totals.units)));
    L::text(p, ColReason, y, t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Fees")));
    L::textRight(p, FeeRight, y, totals.fees.format(loc, true));
    const Money waived = totals.suggested - totals.fees;
    if (!waived.isZero()) {
        y += LineStep + 1;
        p.setFont(L::font(p, Points));
        L::text(p, ColReason, y,
                t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Waived fees")));
        L::textRight(p, FeeRight, y, waived.format(loc, true));
    }
}

void CancellationListDocument::paintPage(QPainter& p, int index) const {
    using L = PageLayout;
    const Page& page = m_pages[std::size_t(index)];
    paintHeader(p);
    double y = HeadBaseline + 4;
    for (std::size_t i = page.first; i < page.first + page.count; ++i)
        y = paintRow(p, y, m_rows[i]);
    if (page.totals) {
        if (m_rows.empty()) {
            p.setFont(L::font(p, Points + 0.5));
            y += LineStep + RowGap;
            L::text(p, Left, y,
                    t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument",
                                        "No bookings were cancelled in this period.")));
        }
        paintTotals(p, y);
    }
    L::rule(p, FooterRule, Left, Right);
    p.setFont(L::font(p, Points));
    L::text(p, Left, FooterRule + 12, m_company);
    L::textRight(p, Right, FooterRule + 12,
                 t(QT_TRANSLATE_NOOP("skranke::CancellationListDocument", "Page %1 of %2"))
                     .arg(index + 1)
                     .arg(pageCount()));
}

}  // namespace skranke
