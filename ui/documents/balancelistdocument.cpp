#include "ui/documents/balancelistdocument.h"

#include "core/ledger/posting.h"
#include "core/store/error.h"
#include "ui/documents/letter.h"
#include "ui/documents/pagelayout.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

namespace skranke {

namespace {

constexpr const char* Ctx = "skranke::BalanceListDocument";
constexpr double Top = 120;
constexpr double Bottom = 780;
// Right edges of the money columns: not due, bucket 1–3, credits, balance.
constexpr std::array<double, 6> Cols{250, 305, 360, 415, 480, 545};

}  // namespace

BalanceListDocument::BalanceListDocument(QString companyName, BalanceList::Filter filter,
                                         std::vector<BalanceList::Row> rows,
                                         const QString& language)
    : m_company(std::move(companyName)),
      m_filter(filter),
      m_rows(std::move(rows)),
      m_text(language) {
    const int perPage = int((Bottom - Top) / 12) - 1;
    std::vector<Line> lines;
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        lines.push_back({r, -1});
        for (int i = 0; i < int(m_rows[r].items.size()); ++i)
            lines.push_back({r, i});
    }
    for (std::size_t i = 0; i < lines.size(); i += std::size_t(perPage))
        m_pages.emplace_back(
            lines.begin() + std::ptrdiff_t(i),
            lines.begin() + std::ptrdiff_t(std::min(lines.size(), i + std::size_t(perPage))));
    if (m_pages.empty() || int(m_pages.back().size()) > perPage - 3)
        m_pages.emplace_back();  // room for the totals
}

QString BalanceListDocument::t(const char* source) const {
    return m_text(Ctx, source);
}

void BalanceListDocument::print(QPagedPaintDevice& device) const {
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
}

void BalanceListDocument::writePdf(const QString& path) const {
    Letter::writePdf(path,
                     t(QT_TRANSLATE_NOOP("skranke::BalanceListDocument", "Debtor balance list")),
                     [this](QPagedPaintDevice& device) { print(device); });
}

void BalanceListDocument::paintPage(QPainter& p, int index) const {
    using L = PageLayout;
    const QLocale& loc = m_text.locale();
    const int n = m_filter.intervalDays;
    p.setFont(L::font(p, 14, true));
    L::text(p, L::Left, 60,
            t(QT_TRANSLATE_NOOP("skranke::BalanceListDocument", "Debtor balance list")));
    p.setFont(L::font(p, 9));
    L::text(p, L::Left, 76, m_company);
    L::text(p, L::Left, 89,
            t(QT_TRANSLATE_NOOP("skranke::BalanceListDocument", "As of %1, intervals of %2 days"))
                .arg(loc.toString(m_filter.asOf, QLocale::ShortFormat))
                .arg(n));
    p.setFont(L::font(p, 7.5, true));
    const QStringList heads{t(QT_TRANSLATE_NOOP("skranke::BalanceListDocument", "Not due")),
                            QStringLiteral("0–%1").arg(n),
                            QStringLiteral("%1–%2").arg(n + 1).arg(2 * n),
                            QStringLiteral("> %1").arg(2 * n),
                            t(QT_TRANSLATE_NOOP("skranke::BalanceListDocument", "Credits")),
                            t(QT_TRANSLATE_NOOP("skranke::BalanceListDocument", "Balance"))};
    double y = Top - 8;
    L::text(p, L::Left, y, t(QT_TRANSLATE_NOOP("skranke::BalanceListDocument", "Debtor")));
    for (std::size_t c = 0; c < Cols.size(); ++c)
        L::textRight(p, Cols[c], y, heads[int(c)]);
    L::rule(p, y + 3);
    for (const Line& line : m_pages[std::size_t(index)]) {
        const BalanceList::Row& r = m_rows[line.row];
        y += 12;
        if (line.item < 0) {
            p.setFont(L::font(p, 8, true));
            L::text(p, L::Left, y,
                    L::elided(p, QStringLiteral("%1 %2").arg(r.debtorId).arg(r.name), 150));
            for (int b = 0; b < BalanceList::BucketCount; ++b)
                L::textRight(p, Cols[std::size_t(b)], y,
                             r.buckets[std::size_t(b)].format(loc, true));
            L::textRight(p, Cols[4], y, r.credits.format(loc, true));
            L::textRight(p, Cols[5], y, r.balance.format(loc, true));
        } else {
            const auto& item = r.items[std::size_t(line.item)];
            p.setFont(L::font(p, 7.5));
            L::text(p, L::Left + 12, y,
                    QStringLiteral("%1 %2 · %3")
                        .arg(m_text("skranke::PostingKind",
                                    postingKindText(postingKindFromKey(item.kind))))
                        .arg(item.number > 0 ? QString::number(item.number) : QString())
                        .arg(loc.toString(item.dueDate, QLocale::ShortFormat)));
            L::textRight(p, Cols[std::size_t(item.bucket < 0 ? 4 : item.bucket)], y,
                         item.open.format(loc, true));
        }
    }
    if (index == pageCount() - 1 && !m_rows.empty()) {
        std::array<Money, 6> sums;
        sums.fill(Money::zero(m_rows.front().balance.currency()));
        for (const auto& r : m_rows) {
            for (int b = 0; b < BalanceList::BucketCount; ++b)
                sums[std::size_t(b)] += r.buckets[std::size_t(b)];
            sums[4] += r.credits;
            sums[5] += r.balance;
        }
        y += 18;
        L::rule(p, y - 10);
        p.setFont(L::font(p, 8, true));
        L::text(p, L::Left, y,
                t(QT_TRANSLATE_NOOP("skranke::BalanceListDocument", "Total, %1 debtors"))
                    .arg(m_rows.size()));
        for (std::size_t c = 0; c < Cols.size(); ++c)
            L::textRight(p, Cols[c], y, sums[c].format(loc, true));
    }
    L::rule(p, 800);
    p.setFont(L::font(p, 7.5));
    L::textRight(p, L::Right, 812,
                 t(QT_TRANSLATE_NOOP("skranke::BalanceListDocument", "Page %1 of %2"))
                     .arg(index + 1)
                     .arg(pageCount()));
}

}  // namespace skranke
