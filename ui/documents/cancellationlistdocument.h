#pragma once

#include "core/booking/cancellationlist.h"
#include "ui/documents/documenttext.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace skranke {

// The cancellation list on A4 landscape pages in the company's language:
// "Cancellations", the period, a row per cancellation (when, booking,
// customer, product, period, quantity, reason, fee, user) with long texts
// wrapped in their column, the totals at the end and page numbers.
// Landscape, because the reason needs room next to eight other columns.
class CancellationListDocument final {
public:
    CancellationListDocument(QString companyName, CancellationList::Result list,
                             const QString& language);
    int pageCount() const { return int(m_pages.size()); }
    QString title() const;
    // Paints page `index` in landscape A4 points (842 × 595).
    void paintPage(QPainter& painter, int index) const;
    // Turns the device to landscape, then paints every page.
    void print(QPagedPaintDevice& device) const;
    void writePdf(const QString& path) const;  // throws Error(Storage)
    QByteArray pdf() const;

private:
    // A cancellation's cells broken into lines to fit their columns.
    struct Row {
        std::size_t line = 0;
        QStringList customer;
        QStringList product;
        QStringList period;
        QStringList reason;
        QStringList note;  // fee waived, row billed
        QStringList user;
        double height = 0;
    };
    struct Page {
        std::size_t first = 0;
        std::size_t count = 0;
        bool totals = false;
    };
    QString t(const char* source) const;
    Row layoutRow(std::size_t index) const;
    void paintHeader(QPainter& p) const;
    double paintRow(QPainter& p, double y, const Row& row) const;
    void paintTotals(QPainter& p, double y) const;

    QString m_company;
    CancellationList::Result m_list;
    DocumentText m_text;
    std::vector<Row> m_rows;
    std::vector<Page> m_pages;
};

}  // namespace skranke
