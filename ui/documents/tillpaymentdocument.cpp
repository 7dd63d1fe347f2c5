#include "ui/documents/tillpaymentdocument.h"

namespace skranke {

TillPaymentDocument::TillPaymentDocument(TillPayment payment, CompanyProfile company)
    : m_payment(std::move(payment)),
      m_company(std::move(company)),
      m_text(DocumentText::languageFor(QString(), m_company.country)) {
    layOut();
}

QString TillPaymentDocument::t(const char* source) const {
    return m_text("skranke::TillPaymentDocument", source);
}

QString TillPaymentDocument::title() const {
    return t(QT_TRANSLATE_NOOP("skranke::TillPaymentDocument", "Payment received"));
}

QString TillPaymentDocument::fileName(const TillPayment& payment) {
    return QStringLiteral("payment-%1-%2.pdf").arg(payment.tillRef).arg(payment.id);
}

void TillPaymentDocument::layOut() {
    const TillPayment& p = m_payment;
    const QLocale& loc = m_text.locale();
    const auto money = [&](const Money& m) { return m.format(loc, true); };
    m_slip.centered(m_company.name, 12, true);
    m_slip.space(2);
    for (const QString& line :
         {m_company.addressLine1,
          QStringLiteral("%1 %2").arg(m_company.postcode, m_company.city).trimmed(),
          m_company.phone})
        if (!line.trimmed().isEmpty())
            m_slip.centered(line.trimmed());
    m_slip.space(10);
    m_slip.centered(title(), 11, true);
    m_slip.space(4);
    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillPaymentDocument", "Till")), p.tillRef);
    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillPaymentDocument", "Date")),
               RollSlip::dateTime(p.createdMs, RollSlip::zone(m_company.timeZone), loc));
    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillPaymentDocument", "Customer")),
               QStringLiteral("%1 (%2)").arg(p.debtorName).arg(p.debtorId));
    m_slip.rule();
    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillPaymentDocument", "PAID")),
               p.amount.formatWithCurrency(loc), 11, true);
    m_slip.row(RollSlip::tenderName(p.tender, m_text), money(p.amount));
    if (!p.reference.isEmpty())
        m_slip.text(
            t(QT_TRANSLATE_NOOP("skranke::TillPaymentDocument", "Ref. %1")).arg(p.reference), 7,
            false, 10);
    m_slip.space(6);
    if (!p.settled.empty()) {
        m_slip.text(t(QT_TRANSLATE_NOOP("skranke::TillPaymentDocument", "Settles")), RollSlip::Body,
                    true);
        for (const TillPayment::Settled& s : p.settled) {
            const QString what =
                s.kind == QLatin1String("invoice")
                    ? t(QT_TRANSLATE_NOOP("skranke::TillPaymentDocument", "Invoice %1"))
                          .arg(s.docNumber)
                : s.kind == QLatin1String("reminder_fee")
                    ? t(QT_TRANSLATE_NOOP("skranke::TillPaymentDocument", "Reminder fee"))
                : s.kind == QLatin1String("interest")
                    ? t(QT_TRANSLATE_NOOP("skranke::TillPaymentDocument", "Interest"))
                : s.kind == QLatin1String("compensation")
                    ? t(QT_TRANSLATE_NOOP("skranke::TillPaymentDocument", "Compensation"))
                    : s.kind;
            m_slip.row(what, money(s.amount), RollSlip::Body, false, 8);
        }
    }
    if (!p.remaining.isZero())
        m_slip.row(t(QT_TRANSLATE_NOOP("skranke::TillPaymentDocument",
                                       "On your account for later invoices")),
                   money(p.remaining));
    m_slip.rule();
    m_slip.space(10);
    m_slip.centered(t(QT_TRANSLATE_NOOP("skranke::TillPaymentDocument", "Thank you!")), 9);
}

void TillPaymentDocument::print(QPagedPaintDevice& device) const {
    m_slip.print(device);
}

void TillPaymentDocument::writePdf(const QString& path) const {
    m_slip.writePdf(path, title());
}

QByteArray TillPaymentDocument::pdf() const {
    return m_slip.pdfBytes(title());
}

}  // namespace skranke
