#pragma once

#include "core/company/companyprofile.h"
#include "core/invoicing/invoice.h"
#include "core/parties/debtor.h"
#include "ui/documents/documenttext.h"

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace skranke {

class Database;

// An invoice or credit note on A4: company header and logo, the debtor's
// address and EAN, lines, VAT per rate, totals, due date, payment reference
// and bank details, in the debtor's language. The same painter code serves
// PDF files (CLI, GUI) and the print preview.
class InvoiceDocument final {
    Q_DECLARE_TR_FUNCTIONS(skranke::InvoiceDocument)
public:
    struct Data {
        CompanyProfile company;
        Debtor debtor;
        Invoice invoice;
        QString language;  // da, nb, sv, en
        // A copy for the customer's records after payment: every page
        // carries a boxed, rotated "PAID" stamp in the document's language.
        bool paidCopy = false;
    };

    static Data load(Database& db, std::int64_t invoiceId);

    explicit InvoiceDocument(Data data);
    int pageCount() const { return int(m_pages.size()); }
    // Paints page `index` in A4 points (595 × 842); the caller maps that
    // onto the device.
    void paintPage(QPainter& painter, int index) const;
    // Paints every page on a device that is already set to A4.
    void print(QPagedPaintDevice& device) const;
    // Writes the whole file or none of it; throws Error(Storage) when it
    // cannot be written.
    void writePdf(const QString& path) const;
    static void writePdf(const Data& data, const QString& path) {
        InvoiceDocument(data).writePdf(path);
    }

private:
    static constexpr double TableTopFirst = 320;
    static constexpr double TableTopNext = 110;
    static constexpr double ContentBottom = 780;
    static constexpr int MaxMessageLines = 20;

    struct Page {
        int firstLine = 0;
        int lineCount = 0;
        bool totals = false;
    };
    // Right edges of the number columns, measured from every line so that
    // they stay put from page to page.
    struct Columns {
        double description = 0;
        double qty = 0;
        double price = 0;
        double discount = 0;
        double amount = 0;
        bool discounts = false;
    };
    QString t(const char* source) const;
    Columns columns(const QPainter& p) const;
    double paintHeader(QPainter& p) const;
    double paintTable(QPainter& p, double y, const Page& page) const;
    void paintTotals(QPainter& p, double y) const;
    void paintFooter(QPainter& p, int index) const;
    void paintPaidStamp(QPainter& p, int index) const;
    double totalsHeight() const;

    Data m_data;
    DocumentText m_text;
    QStringList m_message;  // wrapped to the page width
    std::vector<Page> m_pages;
};

}  // namespace skranke
