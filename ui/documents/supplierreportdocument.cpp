#include "ui/documents/supplierreportdocument.h"

#include "core/booking/bookingtime.h"
#include "core/store/error.h"
#include "ui/documents/letter.h"
#include "ui/documents/pagelayout.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QTimeZone>

namespace skranke {

namespace {

constexpr const char* Ctx = "skranke::SupplierReportDocument";

// Left edges of the table's columns; the quantity is right-aligned at ColQty.
// Arrival and departure take a date and a time ("02.12.2026 10.00").
constexpr double ColArrival = 180;
constexpr double ColDeparture = 265;
constexpr double ColQty = 370;
constexpr double ColGuests = 380;
constexpr double ColStatus = 467;
constexpr double ColumnGap = 4;
// A cancelled row's detail lines, under its product.
constexpr double DetailIndent = PageLayout::Left + 10;
constexpr double DetailPoints = 8;

// A phone or address line of "-" means "not given" (see BookingBilling).
QString given(const QString& s) {
    const QString t = s.trimmed();
    return t == QLatin1String("-") ? QString() : t;
}

}  // namespace

SupplierReportDocument::SupplierReportDocument(Data data)
    : m_data(std::move(data)),
      m_text(m_data.language),
      m_comment(Letter::wrapped(m_data.booking.customerComment, 9,
                                PageLayout::Right - PageLayout::Left - 4, MaxCommentLines)) {
    for (const Row& r : m_data.rows)
        m_details.push_back(detailLines(r));
    // Rows page by page under the table's head, each with its detail lines
    // on the same page; the comment follows the last row, under its own
    // heading, and goes on to the next page when it does not fit. A
    // cancellation leaves the comment out: it is about what is no longer
    // wanted.
    constexpr double Row = PageLayout::RowHeight;
    const int rows = int(m_data.rows.size());
    const int comments = m_data.cancellation || m_data.booking.customerComment.trimmed().isEmpty()
                             ? 0
                             : int(m_comment.size());
    int nextRow = 0;
    int nextComment = 0;
    double top = TableTopFirst;
    while (nextRow < rows || nextComment < comments || m_pages.empty()) {
        int room = int((ContentBottom - top) / Row);
        Page page;
        page.firstRow = nextRow;
        if (nextRow < rows) {
            --room;  // the table's head
            while (nextRow < rows) {
                const int lines = 1 + int(m_details[std::size_t(nextRow)].size());
                // A row taller than a page still goes on the page it starts.
                if (lines > room && page.rowCount > 0)
                    break;
                room -= lines;
                ++page.rowCount;
                ++nextRow;
            }
        }
        page.firstComment = nextComment;
        // A gap and the heading, and at least one line under it.
        if (nextRow >= rows && nextComment < comments && room >= 3) {
            page.commentCount = std::min(room - 2, comments - nextComment);
            nextComment += page.commentCount;
        }
        m_pages.push_back(page);
        top = TableTopNext;
    }
}

QString SupplierReportDocument::t(const char* source) const {
    return m_text(Ctx, source);
}

QString SupplierReportDocument::title() const {
    return (m_data.cancellation ? t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument",
                                                      "Cancellation, booking %1"))
                                : t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument",
                                                      "Supplier report, booking %1")))
        .arg(m_data.booking.id);
}

QStringList SupplierReportDocument::detailLines(const Row& row) const {
    if (!m_data.cancellation)
        return {};
    const QTimeZone zone(m_data.company.timeZone.toUtf8());
    const QDateTime at =
        QDateTime::fromMSecsSinceEpoch(row.cancelledMs, zone.isValid() ? zone : QTimeZone::utc());
    const QLocale& loc = m_text.locale();
    const QString time = QStringLiteral("%1 %2").arg(loc.toString(at.date(), QLocale::ShortFormat),
                                                     loc.toString(at.time(), QLocale::ShortFormat));
    QString text =
        row.unitsLeft > 0
            ? t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument",
                                  "Cancelled %1; still booked: %2."))
                  .arg(time, loc.toString(row.unitsLeft))
            : t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Cancelled %1.")).arg(time);
    const QString reason = row.reason.simplified();
    if (!reason.isEmpty())
        text += QLatin1Char(' ') +
                t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Reason: %1")).arg(reason);
    return Letter::wrapped(text, DetailPoints, PageLayout::Right - DetailIndent, MaxDetailLines);
}

QString SupplierReportDocument::when(std::int64_t minute, ProductKind kind) const {
    const QLocale& loc = m_text.locale();
    const QDateTime at = BookingTime::dateTime(minute);
    if (!BookingTime::usesTime(kind))
        return loc.toString(at.date(), QLocale::ShortFormat);
    return QStringLiteral("%1 %2").arg(loc.toString(at.date(), QLocale::ShortFormat),
                                       loc.toString(at.time(), QLocale::ShortFormat));
}

// The statuses' names as the bookings screens call them, in the document's language.
QString SupplierReportDocument::statusName(RowStatus status) const {
    switch (status) {
        case RowStatus::Reservation:
            return m_text("skranke::RowStatus",
                          QT_TRANSLATE_NOOP("skranke::RowStatus", "Reservation"));
        case RowStatus::Final:
            return m_text("skranke::RowStatus", QT_TRANSLATE_NOOP("skranke::RowStatus", "Final"));
        case RowStatus::Cancelled:
            return m_text("skranke::RowStatus",
                          QT_TRANSLATE_NOOP("skranke::RowStatus", "Cancelled"));
        case RowStatus::Waitlist:
            return m_text("skranke::RowStatus",
                          QT_TRANSLATE_NOOP("skranke::RowStatus", "Waitlist"));
        case RowStatus::LongTerm:
            return m_text("skranke::RowStatus",
                          QT_TRANSLATE_NOOP("skranke::RowStatus", "Long-term rental"));
        case RowStatus::SelfBooking:
            return m_text("skranke::RowStatus",
                          QT_TRANSLATE_NOOP("skranke::RowStatus", "Self-booking"));
    }
    return {};
}

void SupplierReportDocument::print(QPagedPaintDevice& device) const {
    QPainter painter;
    if (!painter.begin(&device))
        throw Error(ErrorCode::Storage, tr("Cannot paint the document."));
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0)
            device.newPage();
        PageLayout::mapToA4(painter, device);
        paintPage(painter, i);
    }
    painter.end();
}

void SupplierReportDocument::writePdf(const QString& path) const {
    Letter::writePdf(path, title(), [this](QPagedPaintDevice& device) { print(device); });
}

QByteArray SupplierReportDocument::pdf() const {
    return Letter::pdfBytes(title(), [this](QPagedPaintDevice& device) { print(device); });
}

void SupplierReportDocument::paintPage(QPainter& p, int index) const {
    const Page& page = m_pages[std::size_t(index)];
    double y = TableTopNext;
    if (index == 0) {
        y = paintHeader(p);
    } else {
        p.setFont(PageLayout::font(p, 11, true));
        PageLayout::text(
            p, PageLayout::Left, 80,
            (m_data.cancellation ? t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument",
                                                       "Cancellation, booking %1 (continued)"))
                                 : t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument",
                                                       "Supplier report, booking %1 (continued)")))
                .arg(m_data.booking.id));
    }
    if (page.rowCount > 0)
        y = paintTable(p, y, page);
    if (page.commentCount > 0)
        paintComment(p, y + (page.rowCount > 0 ? PageLayout::RowHeight : 0), page);
    Letter(m_data.company, m_text).paintFooter(p, index, pageCount());
}

double SupplierReportDocument::paintHeader(QPainter& p) const {
    using L = PageLayout;
    const Letter letter(m_data.company, m_text);
    letter.paintSender(p);

    // The supplier where a window envelope shows the address.
    p.setFont(L::font(p, 10, true));
    L::text(p, L::Left, 165, L::elided(p, m_data.supplier.name, 270));
    p.setFont(L::font(p, 10));
    if (!m_data.supplier.email.trimmed().isEmpty())
        L::text(p, L::Left, 178, L::elided(p, m_data.supplier.email.trimmed(), 270));

    const QTimeZone zone(m_data.company.timeZone.toUtf8());
    const QDate booked = QDateTime::fromMSecsSinceEpoch(m_data.booking.createdMs,
                                                        zone.isValid() ? zone : QTimeZone::utc())
                             .date();
    Letter::Facts facts{{t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Booking ID")),
                         QString::number(m_data.booking.id)},
                        {t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Booked")),
                         m_text.locale().toString(booked, QLocale::ShortFormat)}};
    if (!m_data.booking.bookedBy.isEmpty())
        facts << std::pair{t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Booked by")),
                           m_data.booking.bookedBy};
    std::int64_t cancelledMs = 0;
    for (const Row& r : m_data.rows)
        cancelledMs = std::max(cancelledMs, r.cancelledMs);
    if (m_data.cancellation && cancelledMs > 0)
        facts << std::pair{
            t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Cancelled")),
            m_text.locale().toString(QDateTime::fromMSecsSinceEpoch(
                                         cancelledMs, zone.isValid() ? zone : QTimeZone::utc())
                                         .date(),
                                     QLocale::ShortFormat)};
    letter.paintTitle(
        p,
        m_data.cancellation
            ? t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Cancellation"))
            : t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Supplier report")),
        facts);

    // The customer, and how the supplier reaches them.
    const Customer& c = m_data.customer;
    double y = 258;
    p.setFont(L::font(p, 9, true));
    L::text(p, L::Left, y, t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Customer")));
    p.setFont(L::font(p, 9));
    y += L::RowHeight;
    if (c.id <= 0) {
        L::text(p, L::Left, y,
                t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "No customer yet")));
        return TableTopFirst;
    }
    L::text(p, L::Left, y, L::elided(p, c.name, L::Right - L::Left));
    QStringList contact;
    if (!given(c.phone).isEmpty())
        contact << t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Phone %1"))
                       .arg(given(c.phone));
    if (!c.email.trimmed().isEmpty())
        contact << t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Email %1"))
                       .arg(c.email.trimmed());
    if (!contact.isEmpty()) {
        y += L::RowHeight;
        L::text(p, L::Left, y,
                L::elided(p, contact.join(QStringLiteral("  ·  ")), L::Right - L::Left));
    }
    return TableTopFirst;
}

double SupplierReportDocument::paintTable(QPainter& p, double y, const Page& page) const {
    using L = PageLayout;
    p.setFont(L::font(p, 8.5, true));
    L::text(p, L::Left, y, t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Product")));
    L::text(p, ColArrival, y, t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Arrival")));
    L::text(p, ColDeparture, y,
            t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Departure")));
    L::textRight(p, ColQty, y, t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Qty")));
    L::text(p, ColGuests, y, t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Guests")));
    L::text(p, ColStatus, y, t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "Status")));
    L::rule(p, y + 4);
    p.setFont(L::font(p, 8.5));
    for (int i = page.firstRow; i < page.firstRow + page.rowCount; ++i) {
        const Row& r = m_data.rows[std::size_t(i)];
        y += L::RowHeight;
        L::text(p, L::Left, y, L::elided(p, r.product, ColArrival - L::Left - ColumnGap));
        L::text(p, ColArrival, y,
                L::elided(p, when(r.start, r.kind), ColDeparture - ColArrival - ColumnGap));
        L::text(p, ColDeparture, y, L::elided(p, when(r.end, r.kind), ColQty - 18 - ColDeparture));
        L::textRight(p, ColQty, y, m_text.locale().toString(r.quantity));
        L::text(p, ColGuests, y, L::elided(p, r.guests, ColStatus - ColGuests - ColumnGap));
        L::text(p, ColStatus, y, L::elided(p, statusName(r.status), L::Right - ColStatus));
        const QStringList& details = m_details[std::size_t(i)];
        if (details.isEmpty())
            continue;
        QFont detailFont = L::font(p, DetailPoints);
        detailFont.setItalic(true);
        p.setFont(detailFont);
        for (const QString& line : details) {
            y += L::RowHeight;
            L::text(p, DetailIndent, y, line);
        }
        p.setFont(L::font(p, 8.5));
    }
    return y + 6;
}

void SupplierReportDocument::paintComment(QPainter& p, double y, const Page& page) const {
    using L = PageLayout;
    p.setFont(L::font(p, 9, true));
    L::text(p, L::Left, y,
            page.firstComment == 0
                ? t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument", "The customer's comment"))
                : t(QT_TRANSLATE_NOOP("skranke::SupplierReportDocument",
                                      "The customer's comment (continued)")));
    p.setFont(L::font(p, 9));
    for (int i = page.firstComment; i < page.firstComment + page.commentCount; ++i) {
        y += L::RowHeight;
        L::text(p, L::Left, y, m_comment[i]);
    }
}

}  // namespace skranke
