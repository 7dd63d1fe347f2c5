#pragma once

#include "core/accounting/balancereport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <array>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace skranke {

// The balance report on A4 portrait pages, in the program's language (it
// is for the business itself, like the screen it comes from): the company,
// "Balance report" and the period, a row per payment method (paid, paid
// out, fees, not yet paid out, vouchered, transferred) with totals, sold
// against paid, then each difference with its items and sum. A difference
// shows at most MaxItems items, then "… and N more".
class AccountingBalanceDocument final {
    Q_DECLARE_TR_FUNCTIONS(skranke::AccountingBalanceDocument)
public:
    static constexpr int MaxItems = 200;

    explicit AccountingBalanceDocument(BalanceReport report, QLocale locale = QLocale());
    int pageCount() const { return int(m_pages.size()); }
    QString title() const;
    void paintPage(QPainter& painter, int index) const;
    void print(QPagedPaintDevice& device) const;
    void writePdf(const QString& path) const;  // throws Error(Storage)
    QByteArray pdf() const;

private:
    enum class Kind {
        TableHead,
        Method,  // a = row
        TableTotal,
        Summary,      // a = line of the sold/paid summary
        Note,         // the footnote on methods that are not money
        Section,      // a = difference
        Explanation,  // a = difference
        Item,         // a = difference, b = item
        More,         // a = difference
        SectionSum,   // a = difference
        Gap,
    };
    struct Line {
        Kind kind;
        int a = 0;
        int b = 0;
        double height = 0;
    };
    // The method table's right edges: paid, paid out, fees, not paid out,
    // vouchered, transferred.
    using Columns = std::array<double, 6>;
    // The table's totals: not paid out, vouchered, transferred.
    struct Totals {
        Money notPaidOut;
        Money vouchered;
        Money transferred;
    };
    Columns columns(QPainter& p) const;
    Totals totals() const;
    void paintLine(QPainter& p, const Line& line, double y, const Columns& cols) const;
    void paintHeader(QPainter& p, int index) const;
    QString amount(const Money& m) const;
    QStringList summaryLine(int index) const;
    int summaryLines() const;

    BalanceReport m_report;
    QLocale m_locale;
    std::vector<std::vector<Line>> m_pages;
};

}  // namespace skranke
