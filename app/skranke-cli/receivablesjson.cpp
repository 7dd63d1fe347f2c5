#include "app/skranke-cli/receivablesjson.h"

#include "core/invoicing/quantity.h"
#include "core/time/dates.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace skranke::cli {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Receivables)
};
}  // namespace

QJsonObject toJson(const Debtor& d, const DebtorBalance& b) {
    return {{QStringLiteral("id"), qint64(d.id)},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("company"), d.companyName},
            {QStringLiteral("address_line1"), d.addressLine1},
            {QStringLiteral("address_line2"), d.addressLine2},
            {QStringLiteral("postcode"), d.postcode},
            {QStringLiteral("city"), d.city},
            {QStringLiteral("country"), d.country},
            {QStringLiteral("email"), d.email},
            {QStringLiteral("phone"), d.phone},
            {QStringLiteral("language"), d.language},
            {QStringLiteral("gln"), d.gln},
            {QStringLiteral("org_number"), d.orgNumber},
            {QStringLiteral("business"), d.business},
            {QStringLiteral("terms"), d.terms.key()},
            {QStringLiteral("terms_days"), d.terms.days},
            {QStringLiteral("group"), d.groupName},
            {QStringLiteral("outstanding"), b.outstanding.toDecimalString()},
            {QStringLiteral("prepayment"), b.prepayment.toDecimalString()},
            {QStringLiteral("currency"), b.outstanding.currency().code()}};
}

QJsonObject toJson(const Invoice& inv) {
    QJsonArray lines, vat;
    for (const InvoiceLine& l : inv.lines)
        lines.append(
            QJsonObject{{QStringLiteral("line"), l.lineNo},
                        {QStringLiteral("text"), l.input.text},
                        {QStringLiteral("quantity"), Quantity::format(l.input.quantityMilli)},
                        {QStringLiteral("unit_price"), l.input.unitPrice.toDecimalString()},
                        {QStringLiteral("vat_rate"), l.input.vatRate.toPercentString()},
                        {QStringLiteral("discount"), l.input.discount.toPercentString()},
                        {QStringLiteral("amount"), l.gross.toDecimalString()},
                        {QStringLiteral("net"), l.net.toDecimalString()}});
    for (const InvoiceVat& v : inv.vat)
        vat.append(QJsonObject{{QStringLiteral("rate"), v.rate.toPercentString()},
                               {QStringLiteral("base"), v.base.toDecimalString()},
                               {QStringLiteral("amount"), v.vat.toDecimalString()}});
    QJsonObject o{
        {QStringLiteral("id"), qint64(inv.id)},
        {QStringLiteral("kind"),
         inv.isCreditNote() ? QStringLiteral("credit_note") : QStringLiteral("invoice")},
        {QStringLiteral("status"), inv.status == Invoice::Status::Posted ? QStringLiteral("posted")
                                                                         : QStringLiteral("draft")},
        {QStringLiteral("debtor"), qint64(inv.debtorId)},
        {QStringLiteral("date"), Dates::iso(inv.date)},
        {QStringLiteral("due"), Dates::iso(inv.dueDate)},
        {QStringLiteral("currency"), inv.total.currency().code()},
        {QStringLiteral("net"), inv.net.toDecimalString()},
        {QStringLiteral("vat_total"), inv.vatTotal.toDecimalString()},
        {QStringLiteral("total"), inv.total.toDecimalString()},
        {QStringLiteral("vat"), vat},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("message"), inv.message},
        {QStringLiteral("till"), inv.tillRef},
        {QStringLiteral("fees_allowed"), inv.feesAllowed},
        {QStringLiteral("payment_reference"), inv.paymentReference}};
    o.insert(QStringLiteral("number"),
             inv.number > 0 ? QJsonValue(qint64(inv.number)) : QJsonValue());
    if (inv.isCreditNote())
        o.insert(QStringLiteral("credits_invoice"), qint64(inv.creditedNumber));
    return o;
}

QJsonObject toJson(const PostingRow& r) {
    const Posting& p = r.posting;
    return {{QStringLiteral("id"), qint64(p.id)},
            {QStringLiteral("date"), Dates::iso(p.date)},
            {QStringLiteral("due"), Dates::iso(p.dueDate)},
            {QStringLiteral("kind"), postingKindKey(p.kind)},
            {QStringLiteral("number"),
             p.docNumber > 0 ? QJsonValue(qint64(p.docNumber)) : QJsonValue()},
            {QStringLiteral("text"), p.text},
            {QStringLiteral("amount"), p.amount.toDecimalString()},
            {QStringLiteral("open"), p.open.toDecimalString()},
            {QStringLiteral("balance"), r.runningBalance.toDecimalString()},
            {QStringLiteral("payment_type"), p.paymentType},
            {QStringLiteral("reference"), p.reference},
            {QStringLiteral("currency"), p.amount.currency().code()}};
}

QString invoiceText(const Invoice& inv) {
    QStringList out;
    out << (inv.isCreditNote() ? Text::tr("Credit note %1 (credits invoice %2)")
                                     .arg(inv.number)
                                     .arg(inv.creditedNumber)
            : inv.number > 0 ? Text::tr("Invoice %1").arg(inv.number)
                             : Text::tr("Draft invoice (id %1)").arg(inv.id));
    out << Text::tr("Debtor %1, dated %2, due %3")
               .arg(inv.debtorId)
               .arg(Dates::iso(inv.date), Dates::iso(inv.dueDate));
    for (const InvoiceLine& l : inv.lines)
        out << QStringLiteral("  %1  %2 × %3  %4")
                   .arg(l.input.text, -30)
                   .arg(Quantity::format(l.input.quantityMilli), 6)
                   .arg(l.input.unitPrice.toDecimalString(), 10)
                   .arg(l.gross.toDecimalString(), 12);
    for (const InvoiceVat& v : inv.vat)
        out << Text::tr("  VAT %1 % of %2: %3")
                   .arg(v.rate.toPercentString(), v.base.toDecimalString(),
                        v.vat.toDecimalString());
    out << Text::tr("  Total %1 %2").arg(inv.total.toDecimalString(), inv.total.currency().code());
    if (!inv.paymentReference.isEmpty())
        out << Text::tr("  Payment reference %1").arg(inv.paymentReference);
    return out.join(QLatin1Char('\n'));
}

QString debtorText(const Debtor& d, const DebtorBalance& b) {
    return Text::tr("%1  %2  outstanding %3, prepayment %4 %5")
        .arg(d.id)
        .arg(d.displayName(), b.outstanding.toDecimalString(), b.prepayment.toDecimalString(),
             b.outstanding.currency().code());
}

}  // namespace skranke::cli
