#include "ui/documents/receiptdocument.h"

#include "core/company/companyservice.h"
#include "core/invoicing/quantity.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/till/saleservice.h"
#include "core/till/valuecards.h"
#include "ui/documents/pagelayout.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>
#include <algorithm>

namespace skranke {

namespace {

bool isReturn(const Receipt& r) {
    return r.kind == QLatin1String("return");
}

}  // namespace

ReceiptDocument::Data ReceiptDocument::load(Database& db, const QString& tillRef,
                                            std::int64_t number, bool copy) {
    Data d;
    d.company = CompanyService::require(db);
    d.receipt = SaleService::load(db, tillRef, number);
    d.copy = copy;
    auto st = db.prepare(
        "SELECT o.id, o.number FROM receipt r JOIN receipt o ON o.id = r.original_receipt_id "
        "WHERE r.id = ?1");
    st.bind(1, d.receipt.id);
    if (st.step()) {
        d.receipt.originalReceiptId = st.int64(0);
        d.originalNumber = st.int64(1);
    }
    return d;
}

QString ReceiptDocument::fileName(const QString& tillRef, std::int64_t number) {
    return QStringLiteral("receipt-%1-%2.pdf").arg(tillRef).arg(number);
}

ReceiptDocument::ReceiptDocument(Data data)
    : m_data(std::move(data)),
      m_text(DocumentText::languageFor(QString(), m_data.company.country)) {
    layOutHeader();
    layOutLines();
    layOutPayment();
}

QString ReceiptDocument::t(const char* source) const {
    return m_text("skranke::ReceiptDocument", source);
}

QString ReceiptDocument::title() const {
    return (isReturn(m_data.receipt)
                ? t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Return %1"))
                : t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Receipt %1")))
        .arg(m_data.receipt.number);
}

void ReceiptDocument::layOutHeader() {
    const CompanyProfile& c = m_data.company;
    const Receipt& r = m_data.receipt;
    const QLocale& loc = m_text.locale();
    m_slip.centered(c.name, 12, true);
    m_slip.space(2);
    for (const QString& line : {c.addressLine1, c.addressLine2,
                                QStringLiteral("%1 %2").arg(c.postcode, c.city).trimmed(), c.phone})
        if (!line.trimmed().isEmpty())
            m_slip.centered(line.trimmed());
    if (!c.orgNumber.isEmpty())
        m_slip.centered(
            t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Org. no. %1")).arg(c.orgNumber));
    if (!c.vatNumber.isEmpty() && c.vatNumber != c.orgNumber)
        m_slip.centered(
            t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "VAT no. %1")).arg(c.vatNumber));
    if (m_data.copy)
        m_slip.stamp(t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "COPY")));
    else
        m_slip.space(10);
    m_slip.centered(title(), 11, true);
    m_slip.space(4);
    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Till")), r.tillRef);
    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Date")),
               RollSlip::dateTime(r.createdMs, RollSlip::zone(c.timeZone), loc));
    if (!r.party.isEmpty())
        m_slip.row(t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Customer")),
                   r.party.debtorId != 0
                       ? QStringLiteral("%1 (%2)").arg(r.party.name).arg(r.party.debtorId)
                       : r.party.name);
    if (isReturn(r) && m_data.originalNumber > 0)
        m_slip.row(t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Return of receipt")),
                   QString::number(m_data.originalNumber));
}

void ReceiptDocument::layOutLines() {
    const QLocale& loc = m_text.locale();
    constexpr double Indent = 10;
    m_slip.rule();
    for (const ReceiptLine& l : m_data.receipt.lines) {
        const SaleLineInput& in = l.input;
        const bool discounted = !in.discount.isZero();
        if (in.quantityMilli == 1000 && !discounted) {
            m_slip.row(in.text, l.amount.format(loc, true));
            continue;
        }
        // Before the discount, so that the column adds up to the line amount.
        const Money gross = in.unitPrice.times(Rational(in.quantityMilli, 1000),
                                               Rounding::HalfAwayFromZero, "receipt-line");
        m_slip.text(in.text);
        m_slip.row(QStringLiteral("%1 × %2").arg(Quantity::format(in.quantityMilli, loc),
                                                 in.unitPrice.format(loc, true)),
                   (discounted ? gross : l.amount).format(loc, true), RollSlip::Body, false,
                   Indent);
        if (discounted)
            m_slip.row(t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Discount %1 %"))
                           .arg(RollSlip::percent(in.discount, loc)),
                       (l.amount - gross).format(loc, true), RollSlip::Body, false, Indent);
    }
    m_slip.rule();
}

void ReceiptDocument::layOutPayment() {
    const Receipt& r = m_data.receipt;
    const QLocale& loc = m_text.locale();
    m_slip.row(t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "TOTAL")),
               r.total.formatWithCurrency(loc), 11, true);
    if (!r.rounding.isZero()) {
        const bool cash = std::any_of(r.tenders.begin(), r.tenders.end(),
                                      [](const auto& t) { return t.kind == TenderKind::Cash; });
        // Without cash it is the invoice's VAT rounding (see SaleParts).
        m_slip.row(cash ? t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Cash rounding"))
                        : t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Rounding")),
                   r.rounding.format(loc, true));
        m_slip.row(isReturn(r) ? t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Paid back"))
                               : t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Paid")),
                   (r.total + r.rounding).format(loc, true), RollSlip::Body, true);
    }
    m_slip.space(6);
    for (const ReceiptTender& tender : r.tenders) {
        const QString name = RollSlip::tenderName(tender.kind, m_text);
        if (tender.kind == TenderKind::Cash && !tender.change.isZero()) {
            m_slip.row(t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "%1 given")).arg(name),
                       tender.given.format(loc, true));
            m_slip.row(t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Change")),
                       tender.change.format(loc, true));
        } else {
            m_slip.row(name, tender.amount.format(loc, true));
        }
        if (tender.kind == TenderKind::Invoice)
            m_slip.text(t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Invoice no. %1"))
                            .arg(tender.reference),
                        7, false, 10);
        else if (tender.kind == TenderKind::ValueCard)
            m_slip.text(t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Card no. %1"))
                            .arg(ValueCards::grouped(tender.reference)),
                        7, false, 10);
        else if (!tender.reference.isEmpty())
            m_slip.text(
                t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Ref. %1")).arg(tender.reference),
                7, false, 10);
    }
    m_slip.rule();
    for (const ReceiptVat& v : r.vat)
        m_slip.row(t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Of which VAT %1 % of %2"))
                       .arg(RollSlip::percent(v.rate, loc), v.gross.format(loc, true)),
                   v.vat.format(loc, true), 7.5);
    m_slip.space(10);
    if (m_data.copy)
        m_slip.stamp(t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "COPY")));
    else
        m_slip.centered(t(QT_TRANSLATE_NOOP("skranke::ReceiptDocument", "Thank you!")), 9);
}

void ReceiptDocument::print(QPagedPaintDevice& device) const {
    m_slip.print(device);
}

void ReceiptDocument::writePdf(const QString& path) const {
    m_slip.writePdf(path, title());
}

QByteArray ReceiptDocument::pdf() const {
    return m_slip.pdfBytes(title());
}

}  // namespace skranke
