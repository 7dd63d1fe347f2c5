#pragma once

#include "core/ledger/balancelist.h"
#include "ui/documents/documenttext.h"

#include <QString>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace skranke {

// The aged debtor balance list on A4 pages: a row per debtor (and per open
// item when specified), buckets by days overdue, totals at the end.
class BalanceListDocument final {
public:
    BalanceListDocument(QString companyName, BalanceList::Filter filter,
                        std::vector<BalanceList::Row> rows, const QString& language);
    int pageCount() const { return int(m_pages.size()); }
    void paintPage(QPainter& painter, int index) const;
    void print(QPagedPaintDevice& device) const;
    void writePdf(const QString& path) const;  // throws Error(Storage)

private:
    struct Line {
        std::size_t row;
        int item;  // -1: the debtor's row
    };
    QString t(const char* source) const;

    QString m_company;
    BalanceList::Filter m_filter;
    std::vector<BalanceList::Row> m_rows;
    DocumentText m_text;
    std::vector<std::vector<Line>> m_pages;
};

}  // namespace skranke
