#include "ui/documents/invoicedocument.h"

#include "core/company/companyservice.h"
#include "core/invoicing/invoiceservice.h"
#include "core/parties/debtorservice.h"
#include "core/store/error.h"
#include "ui/documents/pagelayout.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

namespace skranke {

namespace {

constexpr const char* Ctx = "skranke::InvoiceDocument";

}  // namespace

InvoiceDocument::Data InvoiceDocument::load(Database& db, std::int64_t invoiceId) {
    const auto inv = InvoiceService::find(db, invoiceId);
    if (!inv)
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate(Ctx, "There is no invoice %1.").arg(invoiceId),
                    QStringLiteral("invoice"));
    Data d;
    d.company = CompanyService::require(db);
    d.debtor = DebtorService::require(db, inv->debtorId);
    d.invoice = *inv;
    d.language = DocumentText::languageFor(d.debtor.language, d.company.country);
    return d;
}

InvoiceDocument::InvoiceDocument(Data data) : m_data(std::move(data)), m_text(m_data.language) {
    // Lines go page by page; the totals need room at the end of the last one.
    const int lines = int(m_data.invoice.lines.size());
    int next = 0;
    double top = TableTopFirst;
    do {
        const int fit = int((ContentBottom - top - PageLayout::RowHeight) / PageLayout::RowHeight);
        Page page{next, std::min(fit, lines - next), false};
        next += page.lineCount;
        const double used = top + PageLayout::RowHeight * (page.lineCount + 1);
        if (next >= lines && used + totalsHeight() <= ContentBottom)
            page.totals = true;
        m_pages.push_back(page);
        top = TableTopNext;
    } while (next < lines);
    if (!m_pages.back().totals)
        m_pages.push_back({lines, 0, true});
}

QString InvoiceDocument::t(const char* source) const {
    return m_text(Ctx, source);
}

double InvoiceDocument::totalsHeight() const {
    return PageLayout::RowHeight * double(m_data.invoice.vat.size() + 13);
}

void InvoiceDocument::print(QPagedPaintDevice& device) const {
    QPainter painter;
    if (!painter.begin(&device))
        throw Error(ErrorCode::Storage,
                    QCoreApplication::translate(Ctx, "Cannot paint the document."));
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0)
            device.newPage();
        PageLayout::mapToA4(painter, device);
        paintPage(painter, i);
    }
    painter.end();
}

void InvoiceDocument::writePdf(const QString& path) const {
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        throw Error(ErrorCode::Storage,
                    QCoreApplication::translate(Ctx, "The folder %1 does not exist.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())),
                    QStringLiteral("file"));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Skranke"));
    writer.setTitle(m_data.invoice.isCreditNote()
                        ? t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Credit note %1"))
                              .arg(m_data.invoice.number)
                        : t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Invoice %1"))
                              .arg(m_data.invoice.number));
    print(writer);
    if (!QFileInfo(path).isFile())
        throw Error(ErrorCode::Storage,
                    QCoreApplication::translate(Ctx, "Cannot write %1.")
                        .arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("file"));
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
}

}  // namespace skranke
