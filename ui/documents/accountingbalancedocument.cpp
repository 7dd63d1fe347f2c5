#include "ui/documents/accountingbalancedocument.h"

#include "core/store/error.h"
#include "ui/documents/letter.h"
#include "ui/documents/pagelayout.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <algorithm>
#include <array>

namespace skranke {

namespace {

constexpr double FirstTop = 112;  // under the title block of page 1
constexpr double Top = 78;        // under the running head of later pages
constexpr double Bottom = 790;
// The method table's right edges as long as its amounts fit (see columns()).
constexpr std::array<double, 6> Cols{225, 285, 335, 405, 475, 545};
constexpr double ColumnGap = 8;
constexpr double MethodWidth = 128;  // at most
constexpr double DateX = PageLayout::Left;
constexpr double RefX = PageLayout::Left + 62;
constexpr double TextX = PageLayout::Left + 170;
constexpr double TextWidth = 470 - TextX;

}  // namespace

AccountingBalanceDocument::AccountingBalanceDocument(BalanceReport report, QLocale locale)
    : m_report(std::move(report)), m_locale(std::move(locale)) {
    std::vector<Line> lines;
    lines.push_back({Kind::TableHead, 0, 0, 16});
    for (int i = 0; i < int(m_report.rows.size()); ++i)
        lines.push_back({Kind::Method, i, 0, 12});
    lines.push_back({Kind::TableTotal, 0, 0, 18});
    bool notMoney = false;
    for (const BalanceMethodRow& r : m_report.rows)
        notMoney = notMoney || !r.money;
    if (notMoney)
        lines.push_back({Kind::Note, 0, 0, 12});
    lines.push_back({Kind::Gap, 0, 0, 10});
    for (int i = 0; i < summaryLines(); ++i)
        lines.push_back({Kind::Summary, i, 0, 12});
    for (int d = 0; d < int(m_report.differences.size()); ++d) {
        const BalanceDifference& diff = m_report.differences[std::size_t(d)];
        lines.push_back({Kind::Gap, 0, 0, 14});
        lines.push_back({Kind::Section, d, 0, 16});
        lines.push_back({Kind::Explanation, d, 0, 22});
        const int shown = std::min<int>(int(diff.items.size()), MaxItems);
        for (int i = 0; i < shown; ++i)
            lines.push_back({Kind::Item, d, i, 11});
        if (diff.count > shown)
            lines.push_back({Kind::More, d, 0, 11});
        lines.push_back({Kind::SectionSum, d, 0, 16});
    }
    // Flow onto pages; a section title never ends a page on its own.
    m_pages.emplace_back();
    double y = FirstTop;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& line = lines[i];
        double need = line.height;
        if (line.kind == Kind::Section && i + 2 < lines.size())
            need += lines[i + 1].height + lines[i + 2].height;
        if (y + need > Bottom && !m_pages.back().empty()) {
            m_pages.emplace_back();
            y = Top;
            if (line.kind == Kind::Gap)
                continue;
        }
        m_pages.back().push_back(line);
        y += line.height;
    }
}

QString AccountingBalanceDocument::title() const {
    return tr("Balance report %1 – %2")
        .arg(m_locale.toString(m_report.from, QLocale::ShortFormat),
             m_locale.toString(m_report.to, QLocale::ShortFormat));
}

QString AccountingBalanceDocument::amount(const Money& m) const {
    return m.format(m_locale, true);
}

int AccountingBalanceDocument::summaryLines() const {
    return 9;
}

// {label, amount, "b" when bold, "i" when indented}
QStringList AccountingBalanceDocument::summaryLine(int index) const {
    const BalanceReport& r = m_report;
    switch (index) {
        case 0:
            return {tr("Sold"), amount(r.sold), QStringLiteral("b")};
        case 1:
            return {tr("Invoices less credit notes"), amount(r.soldInvoices), QStringLiteral("i")};
        case 2:
            return {tr("Till receipts incl. returns"), amount(r.soldReceipts), QStringLiteral("i")};
        case 3:
            return {tr("Online orders not invoiced (captured − refunded)"), amount(r.soldOrders),
                    QStringLiteral("i")};
        case 4:
            return {tr("Paid (money received)"), amount(r.paid), QStringLiteral("b")};
        case 5:
            return {tr("Sold − paid"), amount(r.sold - r.paid), QString()};
        case 6:
            return {tr("Vouchered (all vouchers in the period)"), amount(r.vouchered),
                    QStringLiteral("b")};
        case 7:
            return {tr("Transferred"), amount(r.transferred), QStringLiteral("i")};
        default:
            return {tr("Not transferred"), amount(r.vouchered - r.transferred),
                    QStringLiteral("i")};
    }
}

void AccountingBalanceDocument::print(QPagedPaintDevice& device) const {
    QPainter painter;
    if (!painter.begin(&device))
        throw Error(ErrorCode::Storage, tr("Cannot paint the document."));
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0)
            device.newPage();
        PageLayout::mapToA4(painter, device);
        paintPage(painter, i);
    }
}

void AccountingBalanceDocument::writePdf(const QString& path) const {
    Letter::writePdf(path, title(), [this](QPagedPaintDevice& device) { print(device); });
}

QByteArray AccountingBalanceDocument::pdf() const {
    return Letter::pdfBytes(title(), [this](QPagedPaintDevice& device) { print(device); });
}

void AccountingBalanceDocument::paintHeader(QPainter& p, int index) const {
    using L = PageLayout;
    // Long dates under the title, short ones in the running head of later pages.
    const auto period = [this](QLocale::FormatType format) {
        return tr("%1 – %2, amounts in %3")
            .arg(m_locale.toString(m_report.from, format), m_locale.toString(m_report.to, format),
                 m_report.currency);
    };
    if (index == 0) {
        p.setFont(L::font(p, 14, true));
        L::text(p, L::Left, 60, tr("Balance report"));
        p.setFont(L::font(p, 9));
        L::text(p, L::Left, 76, m_report.companyName);
        L::text(p, L::Left, 89, period(QLocale::LongFormat));
    } else {
        p.setFont(L::font(p, 8));
        const QString head =
            QStringLiteral("%1 · %2 · %3")
                .arg(tr("Balance report"), m_report.companyName, period(QLocale::ShortFormat));
        L::text(p, L::Left, 50, L::elided(p, head, L::Right - L::Left));
        L::rule(p, 56);
    }
    L::rule(p, 800);
    p.setFont(L::font(p, 7.5));
    L::textRight(p, L::Right, 812, tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
}

void AccountingBalanceDocument::paintPage(QPainter& p, int index) const {
    paintHeader(p, index);
    const Columns cols = columns(p);
    double y = index == 0 ? FirstTop : Top;
    for (const Line& line : m_pages[std::size_t(index)]) {
        paintLine(p, line, y, cols);
        y += line.height;
    }
}

// A column wider than its place (amounts in the hundreds of millions, a
// long heading in another language) moves the columns left of it further
// left, and the method names give way; amounts never run into each other.
AccountingBalanceDocument::Columns AccountingBalanceDocument::columns(QPainter& p) const {
    using L = PageLayout;
    const Totals t = totals();
    // The paid column stays where it is (the method names give way to it).
    std::array<QStringList, 6> texts{QStringList{},
                                     QStringList{tr("Paid out"), amount(m_report.paidOut)},
                                     QStringList{tr("Fees"), amount(m_report.fees)},
                                     QStringList{tr("Not paid out"), amount(t.notPaidOut)},
                                     QStringList{tr("Vouchered"), amount(t.vouchered)},
                                     QStringList{tr("Transferred"), amount(t.transferred)}};
    for (const BalanceMethodRow& row : m_report.rows) {
        texts[1] << amount(row.paidOut);
        texts[2] << amount(row.fees);
        texts[3] << amount(row.notPaidOut);
        texts[4] << amount(row.vouchered);
        texts[5] << amount(row.transferred);
    }
    // Measured bold, as the headings and the total are painted.
    const QFontMetricsF metrics(L::font(p, 8, true), p.device());
    const auto widest = [&metrics](const QStringList& column) {
        double w = 0;
        for (const QString& text : column)
            w = std::max(w, metrics.horizontalAdvance(text));
        return w;
    };
    Columns cols = Cols;
    for (std::size_t c = Cols.size() - 1; c > 0; --c)
        cols[c - 1] = std::min(Cols[c - 1], cols[c] - widest(texts[c]) - ColumnGap);
    return cols;
}

AccountingBalanceDocument::Totals AccountingBalanceDocument::totals() const {
    const Money zero = Money::zero(m_report.paid.currency());
    Totals t{zero, zero, zero};
    for (const BalanceMethodRow& row : m_report.rows) {
        if (row.acquirerPaid)
            t.notPaidOut += row.notPaidOut;
        t.vouchered += row.vouchered;
        t.transferred += row.transferred;
    }
    return t;
}

void AccountingBalanceDocument::paintLine(QPainter& p, const Line& line, double y,
                                          const Columns& cols) const {
    using L = PageLayout;
    const BalanceReport& r = m_report;
    switch (line.kind) {
        case Kind::TableHead: {
            p.setFont(L::font(p, 7.5, true));
            const QStringList heads{tr("Paid"),         tr("Paid out"),  tr("Fees"),
                                    tr("Not paid out"), tr("Vouchered"), tr("Transferred")};
            const double base = y + 8;
            L::text(p, L::Left, base, tr("Payment method"));
            for (std::size_t c = 0; c < cols.size(); ++c)
                L::textRight(p, cols[c], base, heads[int(c)]);
            L::rule(p, base + 3);
            break;
        }
        case Kind::Method: {
            const BalanceMethodRow& row = r.rows[std::size_t(line.a)];
            p.setFont(L::font(p, 8));
            const double base = y + 9;
            const QString label = row.money ? row.label : row.label + QStringLiteral(" *");
            const QString paid = amount(row.paid);
            const double room = cols[0] - L::Left - ColumnGap -
                                QFontMetricsF(p.font(), p.device()).horizontalAdvance(paid);
            L::text(p, L::Left, base, L::elided(p, label, std::min(MethodWidth, room)));
            L::textRight(p, cols[0], base, paid);
            L::textRight(p, cols[1], base, amount(row.paidOut));
            L::textRight(p, cols[2], base, amount(row.fees));
            L::textRight(p, cols[3], base, row.acquirerPaid ? amount(row.notPaidOut) : QString());
            L::textRight(p, cols[4], base, amount(row.vouchered));
            L::textRight(p, cols[5], base, amount(row.transferred));
            break;
        }
        case Kind::TableTotal: {
            const double base = y + 13;
            L::rule(p, y + 3);
            const Totals t = totals();
            p.setFont(L::font(p, 8, true));
            L::text(p, L::Left, base, tr("Total"));
            L::textRight(p, cols[0], base, amount(r.paid));
            L::textRight(p, cols[1], base, amount(r.paidOut));
            L::textRight(p, cols[2], base, amount(r.fees));
            L::textRight(p, cols[3], base, amount(t.notPaidOut));
            L::textRight(p, cols[4], base, amount(t.vouchered));
            L::textRight(p, cols[5], base, amount(t.transferred));
            break;
        }
        case Kind::Note:
            p.setFont(L::font(p, 7));
            L::text(
                p, L::Left, y + 9,
                tr("* Brings no money at the time of sale (a receivable, or paid when the value "
                   "card was sold); not in the paid total."));
            break;
        case Kind::Summary: {
            const QStringList s = summaryLine(line.a);
            p.setFont(L::font(p, 8, s[2] == QLatin1String("b")));
            const double base = y + 9;
            L::text(p, s[2] == QLatin1String("i") ? L::Left + 12 : L::Left, base, s[0]);
            L::textRight(p, Cols[3], base, s[1]);
            break;
        }
        case Kind::Section: {
            const BalanceDifference& d = r.differences[std::size_t(line.a)];
            p.setFont(L::font(p, 10, true));
            L::text(p, L::Left, y + 11, d.title);
            p.setFont(L::font(p, 8));
            L::textRight(p, L::Right, y + 11,
                         tr("%n item(s), %1", nullptr, int(d.count)).arg(amount(d.sum)));
            break;
        }
        case Kind::Explanation: {
            const BalanceDifference& d = r.differences[std::size_t(line.a)];
            p.save();
            p.setFont(L::font(p, 7));
            p.setPen(QColor(80, 80, 80));
            p.drawText(QRectF(L::Left, y, L::Right - L::Left, line.height - 2),
                       Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft, d.explanation);
            p.restore();
            break;
        }
        case Kind::Item: {
            const BalanceItem& item = r.differences[std::size_t(line.a)].items[std::size_t(line.b)];
            p.setFont(L::font(p, 7.5));
            const double base = y + 8;
            L::text(p, DateX, base, m_locale.toString(item.date, QLocale::ShortFormat));
            L::text(p, RefX, base, L::elided(p, item.ref, TextX - RefX - 6));
            L::text(p, TextX, base, L::elided(p, item.text, TextWidth));
            L::textRight(p, L::Right, base, amount(item.amount));
            break;
        }
        case Kind::More: {
            const BalanceDifference& d = r.differences[std::size_t(line.a)];
            const std::int64_t shown =
                std::min<std::int64_t>(std::int64_t(d.items.size()), MaxItems);
            p.setFont(L::font(p, 7.5));
            L::text(p, RefX, y + 8,
                    tr("… and %1 more, not listed here (the sum below covers all %2)")
                        .arg(m_locale.toString(qlonglong(d.count - shown)),
                             m_locale.toString(qlonglong(d.count))));
            break;
        }
        case Kind::SectionSum: {
            const BalanceDifference& d = r.differences[std::size_t(line.a)];
            L::rule(p, y + 2, TextX, L::Right);
            p.setFont(L::font(p, 8, true));
            L::text(p, TextX, y + 12, tr("Sum, %n item(s)", nullptr, int(d.count)));
            L::textRight(p, L::Right, y + 12, amount(d.sum));
            break;
        }
        case Kind::Gap:
            break;
    }
}

}  // namespace skranke
