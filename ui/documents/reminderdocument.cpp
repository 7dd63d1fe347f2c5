#include "ui/documents/reminderdocument.h"

#include "core/company/companyservice.h"
#include "core/dunning/reminderstore.h"
#include "core/parties/debtorservice.h"
#include "core/store/error.h"
#include "ui/documents/letter.h"
#include "ui/documents/pagelayout.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace skranke {

namespace {

// Right edges of the claim table's columns.
constexpr double InvoiceDateRight = 250;
constexpr double DueDateRight = 340;
constexpr double OpenRight = 450;

}  // namespace

ReminderDocument::Data ReminderDocument::load(Database& db, std::int64_t number) {
    Data d;
    d.reminder = ReminderStore::load(db, number);
    d.company = CompanyService::require(db);
    d.debtor = DebtorService::require(db, d.reminder.debtorId);
    return d;
}

QString ReminderDocument::fileName(std::int64_t number) {
    return QStringLiteral("reminder-%1.pdf").arg(number);
}

ReminderDocument::ReminderDocument(Data data)
    : m_data(std::move(data)),
      m_text(m_data.reminder.language),
      m_body(Letter::wrapped(m_data.reminder.texts.body, 9.5, PageLayout::Right - PageLayout::Left,
                             MaxBodyLines)) {
    // The body on the first page, then the claims page by page; the totals
    // need room at the end of the last page.
    const int lines = int(m_data.reminder.lines.size());
    int next = 0;
    Page page{0, 0, true, false};
    do {
        const double top = tableTop(page);
        const int fit =
            std::max(1, int((ContentBottom - top - PageLayout::RowHeight) / PageLayout::RowHeight));
        page.firstLine = next;
        page.lineCount = std::min(fit, lines - next);
        next += page.lineCount;
        if (next >= lines)
            page.totals = top + PageLayout::RowHeight * (page.lineCount + 1) + totalsHeight() <=
                          ContentBottom;
        m_pages.push_back(page);
        page = Page{};
    } while (next < lines);
    if (!m_pages.back().totals)
        m_pages.push_back(Page{lines, 0, false, true});
}

QString ReminderDocument::t(const char* source) const {
    return m_text("skranke::ReminderDocument", source);
}

double ReminderDocument::tableTop(const Page& page) const {
    return page.body ? BodyTop + 13.0 * double(m_body.size()) + 16 : TableTopNext;
}

double ReminderDocument::totalsHeight() const {
    return PageLayout::RowHeight * 12;
}

void ReminderDocument::paintPage(QPainter& p, int index) const {
    using L = PageLayout;
    const Reminder& r = m_data.reminder;
    const QLocale& loc = m_text.locale();
    const Letter letter(m_data.company, m_text);
    const Page& page = m_pages[std::size_t(index)];
    if (index == 0) {
        letter.paintSender(p);
        letter.paintRecipient(p, m_data.debtor);
        letter.paintTitle(p, r.texts.heading,
                          {{t(QT_TRANSLATE_NOOP("skranke::ReminderDocument", "Reminder no.")),
                            QString::number(r.number)},
                           {t(QT_TRANSLATE_NOOP("skranke::ReminderDocument", "Date")),
                            loc.toString(r.date, QLocale::ShortFormat)},
                           {t(QT_TRANSLATE_NOOP("skranke::ReminderDocument", "Debtor no.")),
                            QString::number(r.debtorId)},
                           {t(QT_TRANSLATE_NOOP("skranke::ReminderDocument", "Due date")),
                            loc.toString(r.dueDate, QLocale::ShortFormat)}});
        p.setFont(L::font(p, 9.5));
        double y = BodyTop;
        for (const QString& line : m_body) {
            L::text(p, L::Left, y, line);
            y += 13;
        }
    } else {
        p.setFont(L::font(p, 11, true));
        L::text(p, L::Left, 80,
                t(QT_TRANSLATE_NOOP("skranke::ReminderDocument", "Reminder %1 (continued)"))
                    .arg(r.number));
    }
    double y = tableTop(page);
    if (page.lineCount > 0 || page.body)
        y = paintTable(p, y, page);
    if (page.totals)
        paintTotals(p, y + L::RowHeight);
    letter.paintFooter(p, index, pageCount());
}

double ReminderDocument::paintTable(QPainter& p, double y, const Page& page) const {
    using L = PageLayout;
    const QLocale& loc = m_text.locale();
    p.setFont(L::font(p, 8.5, true));
    L::text(p, L::Left, y, t(QT_TRANSLATE_NOOP("skranke::ReminderDocument", "Invoice no.")));
    L::textRight(p, InvoiceDateRight, y,
                 t(QT_TRANSLATE_NOOP("skranke::ReminderDocument", "Invoice date")));
    L::textRight(p, DueDateRight, y, t(QT_TRANSLATE_NOOP("skranke::ReminderDocument", "Due date")));
    L::textRight(p, OpenRight, y, t(QT_TRANSLATE_NOOP("skranke::ReminderDocument", "Outstanding")));
    L::textRight(p, L::Right, y, t(QT_TRANSLATE_NOOP("skranke::ReminderDocument", "Interest")));
    L::rule(p, y + 4);
    p.setFont(L::font(p, 9));
    for (int i = page.firstLine; i < page.firstLine + page.lineCount; ++i) {
        const Reminder::Line& l = m_data.reminder.lines[std::size_t(i)];
        y += L::RowHeight;
        L::text(p, L::Left, y, QString::number(l.invoiceNumber));
        L::textRight(p, InvoiceDateRight, y, loc.toString(l.invoiceDate, QLocale::ShortFormat));
        L::textRight(p, DueDateRight, y, loc.toString(l.dueDate, QLocale::ShortFormat));
        L::textRight(p, OpenRight, y, l.open.format(loc, true));
        if (!l.interest.isZero())
            L::textRight(p, L::Right, y, l.interest.format(loc, true));
    }
    return y + 6;
}

void ReminderDocument::paintTotals(QPainter& p, double y) const {
    using L = PageLayout;
    const Reminder& r = m_data.reminder;
    const QLocale& loc = m_text.locale();
    constexpr double Labels = 200;  // room for "Unpaid fees and interest of …"
    L::rule(p, y - 8, Labels);
    p.setFont(L::font(p, 9));
    QList<std::pair<QString, Money>> rows{
        {t(QT_TRANSLATE_NOOP("skranke::ReminderDocument", "Outstanding invoices")), r.claims}};
    if (!r.earlierCharges.isZero())
        rows << std::pair{t(QT_TRANSLATE_NOOP("skranke::ReminderDocument",
                                              "Unpaid fees and interest of earlier reminders")),
                          r.earlierCharges};
    if (!r.interest.isZero())
        rows << std::pair{r.texts.interestLine, r.interest};
    if (!r.fee.isZero())
        rows << std::pair{r.texts.feeLine, r.fee};
    if (!r.compensation.isZero())
        rows << std::pair{r.texts.compensationLine, r.compensation};
    for (const auto& [label, amount] : rows) {
        L::text(p, Labels, y, L::elided(p, label, L::Right - Labels - 80));
        L::textRight(p, L::Right, y, amount.format(loc, true));
        y += L::RowHeight;
    }
    y += 4;
    p.setFont(L::font(p, 11, true));
    L::text(p, Labels, y,
            t(QT_TRANSLATE_NOOP("skranke::ReminderDocument", "TOTAL %1"))
                .arg(r.total.currency().code()));
    L::textRight(p, L::Right, y, r.total.format(loc, true));
    y += 2 * L::RowHeight;
    L::rule(p, y - 10);
    p.setFont(L::font(p, 9, true));
    L::text(
        p, L::Left, y,
        t(QT_TRANSLATE_NOOP("skranke::ReminderDocument", "Please pay %1 by %2"))
            .arg(r.total.formatWithCurrency(loc), loc.toString(r.dueDate, QLocale::ShortFormat)));
    y += L::RowHeight;
    p.setFont(L::font(p, 9));
    L::text(
        p, L::Left, y,
        t(QT_TRANSLATE_NOOP("skranke::ReminderDocument",
                            "Please state debtor no. %1 and reminder no. %2 with your payment."))
            .arg(r.debtorId)
            .arg(r.number));
    y += L::RowHeight;
    Letter(m_data.company, m_text).paintPaymentDetails(p, y, {});
}

void ReminderDocument::paintAll(QPainter& painter, QPagedPaintDevice& device,
                                bool firstOnDevice) const {
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0 || !firstOnDevice)
            device.newPage();
        PageLayout::mapToA4(painter, device);
        paintPage(painter, i);
    }
}

void ReminderDocument::print(QPagedPaintDevice& device) const {
    QPainter painter;
    if (!painter.begin(&device))
        throw Error(ErrorCode::Storage, tr("Cannot paint the document."));
    paintAll(painter, device, true);
    painter.end();
}

void ReminderDocument::writePdf(const QString& path) const {
    Letter::writePdf(path,
                     t(QT_TRANSLATE_NOOP("skranke::ReminderDocument", "Reminder %1"))
                         .arg(m_data.reminder.number),
                     [this](QPagedPaintDevice& device) { print(device); });
}

QByteArray ReminderDocument::pdf() const {
    return Letter::pdfBytes(t(QT_TRANSLATE_NOOP("skranke::ReminderDocument", "Reminder %1"))
                                .arg(m_data.reminder.number),
                            [this](QPagedPaintDevice& device) { print(device); });
}

void ReminderDocument::writeMergedPdf(const std::vector<Data>& reminders, const QString& path) {
    if (reminders.empty())
        throw Error::invalid(QStringLiteral("reminders"), tr("There are no reminders to print."));
    Letter::writePdf(path, tr("Reminders"), [&](QPagedPaintDevice& device) {
        QPainter painter;
        if (!painter.begin(&device))
            throw Error(ErrorCode::Storage, tr("Cannot paint the document."));
        bool first = true;
        for (const Data& data : reminders) {
            ReminderDocument(data).paintAll(painter, device, first);
            first = false;
        }
        painter.end();
    });
}

}  // namespace skranke
