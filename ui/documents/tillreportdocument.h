#pragma once

#include "core/company/companyprofile.h"
#include "core/till/tillreport.h"
#include "ui/documents/documenttext.h"
#include "ui/documents/receiptdocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSizeF>

class QPagedPaintDevice;

namespace skranke {

// An X report (the open shift so far) or a Z report (the shift closed, with
// the counted cash and the difference) on the 80 mm till roll, in the
// company's language: sales and returns, the tenders, VAT per rate, cash
// rounding, cash moved in and out and the cash the drawer should hold.
class TillReportDocument final {
    Q_DECLARE_TR_FUNCTIONS(skranke::TillReportDocument)
public:
    TillReportDocument(TillReport report, CompanyProfile company);
    void print(QPagedPaintDevice& device) const;
    void writePdf(const QString& path) const;
    QByteArray pdf() const;
    QSizeF pageSizePoints() const { return m_slip.pageSizePoints(); }
    // "x-report-K1.pdf", "z-report-K1-3.pdf"
    static QString fileName(const TillReport& report);

private:
    QString t(const char* source) const;
    QString title() const;
    void layOut();

    TillReport m_report;
    CompanyProfile m_company;
    DocumentText m_text;
    RollSlip m_slip;
};

}  // namespace skranke
