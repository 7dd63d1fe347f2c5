#include "ui/documents/tillreportdocument.h"

namespace skranke {

TillReportDocument::TillReportDocument(TillReport report, CompanyProfile company)
    : m_report(std::move(report)),
      m_company(std::move(company)),
      m_text(DocumentText::languageFor(QString(), m_company.country)) {
    layOut();
}

QString TillReportDocument::t(const char* source) const {
    return m_text("skranke::TillReportDocument", source);
}

QString TillReportDocument::title() const {
    return m_report.zNumber > 0
               ? t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Z report no. %1"))
                     .arg(m_report.zNumber)
               : t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "X report"));
}

QString TillReportDocument::fileName(const TillReport& report) {
    return report.zNumber > 0
               ? QStringLiteral("z-report-%1-%2.pdf").arg(report.till.ref).arg(report.zNumber)
               : QStringLiteral("x-report-%1.pdf").arg(report.till.ref);
}

void TillReportDocument::layOut() {
    const TillReport& r = m_report;
    const QLocale& loc = m_text.locale();
    const QTimeZone zone = RollSlip::zone(m_company.timeZone);
    const auto money = [&](const Money& m) { return m.format(loc, true); };
    const auto heading = [&](const char* source) {
        m_slip.space(6);
        m_slip.text(t(source), RollSlip::Body, true);
    };

    m_slip.centered(m_company.name, 12, true);
    if (!m_company.orgNumber.isEmpty())
        m_slip.centered(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Org. no. %1"))
                            .arg(m_company.orgNumber));
    m_slip.space(10);
    m_slip.centered(title(), 13, true);
    m_slip.space(6);
    const QString till =
        r.till.name.isEmpty() ? r.till.ref : QStringLiteral("%1 · %2").arg(r.till.ref, r.till.name);
    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Till")), till);
    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Shift opened")),
               RollSlip::dateTime(r.shift.openedMs, zone, loc));
    if (r.shift.closedMs)
        m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Shift closed")),
                   RollSlip::dateTime(*r.shift.closedMs, zone, loc));
    if (r.madeMs > 0 && (!r.shift.closedMs || *r.shift.closedMs != r.madeMs))
        m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Printed")),
                   RollSlip::dateTime(r.madeMs, zone, loc));
    m_slip.rule();

    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Sales (%1)")).arg(r.sales),
               money(r.salesTotal));
    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Returns (%1)")).arg(r.returns),
               money(r.returnsTotal));
    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Net sales")),
               (r.salesTotal + r.returnsTotal).formatWithCurrency(loc), RollSlip::Body, true);
    if (!r.valueCardsSold.isZero())
        m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument",
                                       "Of which value cards sold (not turnover)")),
                   money(r.valueCardsSold), RollSlip::Body, false, 8);

    heading(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Tenders"));
    for (const auto& [kind, amount] : r.tenders)
        m_slip.row(RollSlip::tenderName(kind, m_text), money(amount), RollSlip::Body, false, 8);
    if (!r.rounding.isZero())
        m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Of which cash rounding")),
                   money(r.rounding), RollSlip::Body, false, 8);

    if (r.debtorPayments > 0) {
        heading(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Debtor payments"));
        for (const auto& [kind, amount] : r.debtorPaymentTenders)
            m_slip.row(RollSlip::tenderName(kind, m_text), money(amount), RollSlip::Body, false, 8);
    }

    heading(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "VAT"));
    for (const ReceiptVat& v : r.vat)
        m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "VAT %1 % of %2"))
                       .arg(RollSlip::percent(v.rate, loc), money(v.gross)),
                   money(v.vat), RollSlip::Body, false, 8);
    if (r.vat.empty())
        m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "No sales")), QString(),
                   RollSlip::Body, false, 8);

    heading(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Cash in the drawer"));
    const auto cash = r.tenders.find(TenderKind::Cash);
    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Float")), money(r.cashFloat),
               RollSlip::Body, false, 8);
    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Cash tenders")),
               money(cash != r.tenders.end() ? cash->second : Money::zero(r.cashFloat.currency())),
               RollSlip::Body, false, 8);
    if (const auto paid = r.debtorPaymentTenders.find(TenderKind::Cash);
        paid != r.debtorPaymentTenders.end())
        m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Debtor payments in cash")),
                   money(paid->second), RollSlip::Body, false, 8);
    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Cash in")), money(r.cashIn),
               RollSlip::Body, false, 8);
    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Cash out")), money(r.cashOut),
               RollSlip::Body, false, 8);
    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Expected cash")),
               money(r.expectedCash), RollSlip::Body, true, 8);
    if (r.countedCash) {
        m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Counted cash")),
                   money(*r.countedCash), RollSlip::Body, false, 8);
        if (r.difference)
            m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument", "Difference")),
                       money(*r.difference), RollSlip::Body, true, 8);
    }
    m_slip.rule();
    m_slip.space(4);
    if (r.zNumber == 0)
        m_slip.centered(t(QT_TRANSLATE_NOOP("skranke::TillReportDocument",
                                            "Running totals; the shift is open.")),
                        7);
}

void TillReportDocument::print(QPagedPaintDevice& device) const {
    m_slip.print(device);
}

void TillReportDocument::writePdf(const QString& path) const {
    m_slip.writePdf(path, title());
}

QByteArray TillReportDocument::pdf() const {
    return m_slip.pdfBytes(title());
}

}  // namespace skranke
