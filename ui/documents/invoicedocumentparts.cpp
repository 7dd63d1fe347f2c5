// The parts of an invoice page: header, lines table, totals and footer.
#include "core/invoicing/quantity.h"
#include "ui/documents/invoicedocument.h"
#include "ui/documents/letter.h"
#include "ui/documents/pagelayout.h"

#include <QFontMetricsF>
#include <QPainter>

namespace skranke {

namespace {

constexpr double ColumnGap = 14;

double widest(const QFontMetricsF& m, double least, const QString& text) {
    return std::max(least, m.horizontalAdvance(text));
}

}  // namespace

InvoiceDocument::Columns InvoiceDocument::columns(const QPainter& p) const {
    using L = PageLayout;
    const QLocale& loc = m_text.locale();
    const QFontMetricsF head(L::font(p, 8.5, true), p.device());
    const QFontMetricsF body(L::font(p, 9), p.device());
    double qty = widest(head, 20, t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Qty")));
    double price = widest(head, 50, t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Unit price")));
    double discount = widest(head, 25, t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Disc. %")));
    double amount = widest(head, 50, t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Amount")));
    Columns c;
    for (const InvoiceLine& l : m_data.invoice.lines) {
        qty = widest(body, qty, Quantity::format(l.input.quantityMilli, loc));
        price = widest(body, price, l.input.unitPrice.format(loc, true));
        amount = widest(body, amount, l.gross.format(loc, true));
        if (!l.input.discount.isZero()) {
            c.discounts = true;
            discount = widest(body, discount, l.input.discount.toPercentString());
        }
    }
    c.amount = L::Right;
    c.discount = c.amount - amount - ColumnGap;
    c.price = c.discounts ? c.discount - discount - ColumnGap : c.discount;
    c.qty = c.price - price - ColumnGap;
    c.description = c.qty - qty - ColumnGap;
    return c;
}

double InvoiceDocument::paintHeader(QPainter& p) const {
    const Invoice& inv = m_data.invoice;
    const QLocale& loc = m_text.locale();
    const Letter letter(m_data.company, m_text);
    letter.paintSender(p);
    letter.paintRecipient(p, m_data.debtor);
    Letter::Facts facts{
        {inv.isCreditNote() ? t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Credit note no."))
                            : t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Invoice no.")),
         QString::number(inv.number)},
        {t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Date")),
         loc.toString(inv.date, QLocale::ShortFormat)},
        {t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Debtor no.")),
         QString::number(m_data.debtor.id)}};
    if (inv.isCreditNote())
        facts << std::pair{t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Credits invoice")),
                           QString::number(inv.creditedNumber)};
    else
        facts << std::pair{t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Due date")),
                           loc.toString(inv.dueDate, QLocale::ShortFormat)};
    letter.paintTitle(p,
                      inv.isCreditNote()
                          ? t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "CREDIT NOTE"))
                          : t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "INVOICE")),
                      facts);
    return TableTopFirst;
}

double InvoiceDocument::paintTable(QPainter& p, double y, const Page& page) const {
    using L = PageLayout;
    const QLocale& loc = m_text.locale();
    const Columns col = columns(p);
    p.setFont(L::font(p, 8.5, true));
    L::text(p, L::Left, y, t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Description")));
    L::textRight(p, col.qty, y, t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Qty")));
    L::textRight(p, col.price, y, t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Unit price")));
    if (col.discounts)
        L::textRight(p, col.discount, y,
                     t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Disc. %")));
    L::textRight(p, col.amount, y, t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Amount")));
    L::rule(p, y + 4);
    p.setFont(L::font(p, 9));
    for (int i = page.firstLine; i < page.firstLine + page.lineCount; ++i) {
        const InvoiceLine& l = m_data.invoice.lines[std::size_t(i)];
        y += L::RowHeight;
        L::text(p, L::Left, y, L::elided(p, l.input.text.simplified(), col.description - L::Left));
        L::textRight(p, col.qty, y, Quantity::format(l.input.quantityMilli, loc));
        L::textRight(p, col.price, y, l.input.unitPrice.format(loc, true));
        if (col.discounts && !l.input.discount.isZero())
            L::textRight(p, col.discount, y, l.input.discount.toPercentString());
        L::textRight(p, col.amount, y, l.gross.format(loc, true));
    }
    return y + 6;
}

void InvoiceDocument::paintTotals(QPainter& p, double y) const {
    using L = PageLayout;
    const Invoice& inv = m_data.invoice;
    const CompanyProfile& c = m_data.company;
    const QLocale& loc = m_text.locale();
    L::rule(p, y - 8, 300);
    p.setFont(L::font(p, 9));
    for (const InvoiceVat& v : inv.vat) {
        L::text(p, 300, y,
                t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "VAT %1 % of %2"))
                    .arg(v.rate.toPercentString(), v.base.format(loc, true)));
        L::textRight(p, L::Right, y, v.vat.format(loc, true));
        y += L::RowHeight;
    }
    L::text(p, 300, y, t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Total excl. VAT")));
    L::textRight(p, L::Right, y, inv.net.format(loc, true));
    y += L::RowHeight;
    L::text(p, 300, y, t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "VAT")));
    L::textRight(p, L::Right, y, inv.vatTotal.format(loc, true));
    y += L::RowHeight + 4;
    p.setFont(L::font(p, 11, true));
    L::text(p, 300, y,
            t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "TOTAL %1"))
                .arg(inv.total.currency().code()));
    L::textRight(p, L::Right, y, inv.total.format(loc, true));
    y += 2 * L::RowHeight;

    p.setFont(L::font(p, 9));
    for (const QString& line : m_message) {
        L::text(p, L::Left, y, line);
        y += L::RowHeight;
    }
    if (inv.isCreditNote())
        return;
    if (inv.feesAllowed) {
        L::text(p, L::Left, y,
                t(QT_TRANSLATE_NOOP(
                    "skranke::InvoiceDocument",
                    "Reminder fees and interest may be charged on late payment under the law.")));
        y += L::RowHeight;
    }
    y += 6;
    L::rule(p, y - 10);
    p.setFont(L::font(p, 9, true));
    L::text(p, L::Left, y,
            t(QT_TRANSLATE_NOOP("skranke::InvoiceDocument", "Please pay %1 by %2"))
                .arg(inv.total.formatWithCurrency(loc),
                     loc.toString(inv.dueDate, QLocale::ShortFormat)));
    y += L::RowHeight;
    Letter(c, m_text).paintPaymentDetails(p, y, inv.paymentReference);
}

void InvoiceDocument::paintFooter(QPainter& p, int index) const {
    Letter(m_data.company, m_text).paintFooter(p, index, pageCount());
}

// A rubber stamp: the word in a double frame, turned a little, in red. On
// the first page it stands in the free band between the address and the
// lines; on later pages at the top right, beside the "continued" title.
void InvoiceDocument::paintPaidStamp(QPainter& p, int index) const {
    using L = PageLayout;
    // The till's payment slip prints the same word: its translation serves both.
    const QString word = m_text("skranke::TillPaymentDocument",
                                QT_TRANSLATE_NOOP("skranke::TillPaymentDocument", "PAID"));
    const QColor red(190, 30, 30);
    p.save();
    p.setFont(L::font(p, 22, true));
    const QFontMetricsF metrics(p.font(), p.device());
    const double width = metrics.horizontalAdvance(word) + 28;
    const double height = metrics.height() + 12;
    p.translate(index == 0 ? QPointF(190, 282) : QPointF(L::Right - width / 2 - 10, 72));
    p.rotate(-8);
    const QRectF box(-width / 2, -height / 2, width, height);
    p.setPen(QPen(red, 2.2));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(box, 4, 4);
    p.setPen(QPen(red, 0.8));
    p.drawRoundedRect(box.adjusted(3.5, 3.5, -3.5, -3.5), 2.5, 2.5);
    p.setPen(red);
    p.drawText(box, Qt::AlignCenter, word);
    p.restore();
}

}  // namespace skranke
