#pragma once

#include "core/company/companyprofile.h"
#include "core/till/till.h"
#include "ui/documents/documenttext.h"
#include "ui/documents/rollslip.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSizeF>
#include <QString>
#include <QTimeZone>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace skranke {

class Database;

// A till receipt on the 80 mm roll in the company's language: letterhead,
// till and receipt number, time in the company's time zone, the lines with
// discounts, the total, cash rounding, the tenders with change and card
// references, and the VAT included per rate. A return names the receipt it
// returns; a reprint is marked as a copy.
class ReceiptDocument final {
    Q_DECLARE_TR_FUNCTIONS(skranke::ReceiptDocument)
public:
    struct Data {
        CompanyProfile company;
        Receipt receipt;
        bool copy = false;
        std::int64_t originalNumber = 0;  // on a return: the number of the receipt returned
    };

    // Throws Error(NotFound) naming "receipt".
    static Data load(Database& db, const QString& tillRef, std::int64_t number, bool copy = false);

    explicit ReceiptDocument(Data data);
    void print(QPagedPaintDevice& device) const;
    void writePdf(const QString& path) const;
    QByteArray pdf() const;
    QSizeF pageSizePoints() const { return m_slip.pageSizePoints(); }
    // "receipt-K1-12.pdf"
    static QString fileName(const QString& tillRef, std::int64_t number);

private:
    QString t(const char* source) const;
    QString title() const;
    void layOutHeader();
    void layOutLines();
    void layOutPayment();

    Data m_data;
    DocumentText m_text;
    RollSlip m_slip;
};

}  // namespace skranke
