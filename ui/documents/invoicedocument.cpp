#include "ui/documents/invoicedocument.h"

#include "core/company/companyservice.h"
#include "core/invoicing/invoiceservice.h"
#include "core/parties/debtorservice.h"
#include "core/store/error.h"
#include "ui/documents/letter.h"
#include "ui/documents/pagelayout.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace skranke {

InvoiceDocument::Data InvoiceDocument::load(Database& db, std::int64_t invoiceId) {
    const auto inv = InvoiceService::find(db, invoiceId);
    if (!inv)
        throw Error(ErrorCode::NotFound, tr("There is no invoice %1.").arg(invoiceId),
                    QStringLiteral("invoice"));
    Data d;
    d.company = CompanyService::require(db);
    d.debtor = DebtorService::require(db, inv->debtorId);
    d.invoice = *inv;
    d.language = DocumentText::languageFor(d.debtor.language, d.company.country);
    return d;
}

InvoiceDocument::InvoiceDocument(Data data)
    : m_data(std::move(data)),
      m_text(m_data.language),
      m_message(Letter::wrapped(m_data.invoice.message, 9, PageLayout::Right - PageLayout::Left - 4,
                                MaxMessageLines)) {
    // Lines go page by page; the totals need room at the end of the last one,
    // and take a few lines along rather than stand alone on a page.
    constexpr int CarriedLines = 3;
    const int lines = int(m_data.invoice.lines.size());
    int next = 0;
    double top = TableTopFirst;
    do {
        const int fit = int((ContentBottom - top - PageLayout::RowHeight) / PageLayout::RowHeight);
        Page page{next, std::min(fit, lines - next), false};
        if (next + page.lineCount >= lines) {
            const double used = top + PageLayout::RowHeight * (page.lineCount + 1);
            if (used + totalsHeight() <= ContentBottom)
                page.totals = true;
            else if (page.lineCount > 1)
                page.lineCount -= std::min(CarriedLines, page.lineCount - 1);
        }
        next += page.lineCount;
        m_pages.push_back(page);
        top = TableTopNext;
    } while (next < lines);
    if (!m_pages.back().totals)
        m_pages.push_back({lines, 0, true});
}

QString InvoiceDocument::t(const char* source) const {
    return m_text("skranke::InvoiceDocument", source);
}

// From the last table row to the last payment detail (see paintTotals).
double InvoiceDocument::totalsHeight() const {
    return PageLayout::RowHeight * double(m_data.invoice.vat.size() + m_message.size() + 12);
}

void InvoiceDocument::print(QPagedPaintDevice& device) const {
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

void InvoiceDocument::writePdf(const QString& path) const {
    Letter::writePdf(path,
                     m_data.invoice.isCreditNote()
                         ? t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Credit note %1"))
                               .arg(m_data.invoice.number)
                         : t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Invoice %1"))
                               .arg(m_data.invoice.number),
                     [this](QPagedPaintDevice& device) { print(device); });
}

void InvoiceDocument::paintPage(QPainter& p, int index) const {
    const Page& page = m_pages[std::size_t(index)];
    double y = index == 0 ? paintHeader(p) : TableTopNext;
    if (index > 0) {
        p.setFont(PageLayout::font(p, 11, true));
        p.drawText(
            QPointF(PageLayout::Left, 80),
            (m_data.invoice.isCreditNote()
                 ? t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Credit note %1 (continued)"))
                 : t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Invoice %1 (continued)")))
                .arg(m_data.invoice.number));
    }
    if (page.lineCount > 0 || index == 0)
        y = paintTable(p, y, page);
    if (page.totals)
        paintTotals(p, y + PageLayout::RowHeight);
    paintFooter(p, index);
    if (m_data.paidCopy)
        paintPaidStamp(p, index);
}

}  // namespace skranke
