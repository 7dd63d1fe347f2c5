#pragma once

#include "core/company/companyprofile.h"
#include "core/till/tillpayments.h"
#include "ui/documents/documenttext.h"
#include "ui/documents/rollslip.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSizeF>

class QPagedPaintDevice;

namespace skranke {

// The slip a debtor gets for a payment taken at the till, on the 80 mm
// roll in the company's language: who paid, how much and how, what it
// settled, and what stands on the debtor's account from it.
class TillPaymentDocument final {
    Q_DECLARE_TR_FUNCTIONS(skranke::TillPaymentDocument)
public:
    TillPaymentDocument(TillPayment payment, CompanyProfile company);
    void print(QPagedPaintDevice& device) const;
    void writePdf(const QString& path) const;
    QByteArray pdf() const;
    QSizeF pageSizePoints() const { return m_slip.pageSizePoints(); }
    // "payment-K1-7.pdf"
    static QString fileName(const TillPayment& payment);

private:
    QString t(const char* source) const;
    QString title() const;
    void layOut();

    TillPayment m_payment;
    CompanyProfile m_company;
    DocumentText m_text;
    RollSlip m_slip;
};

}  // namespace skranke
