#include "core/till/saleparts.h"

#include <algorithm>
#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/invoicing/invoiceservice.h"
#include "core/parties/debtorservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/till/valuecards.h"
#include "core/time/clock.h"
#include "core/time/dates.h"

namespace skranke {

namespace {

const QString kLine = QStringLiteral("line");
const QString kTender = QStringLiteral("tender");

}  // namespace

bool SaleParts::isValueCardProduct(Database& db, std::int64_t productId) {
    if (productId == 0)
        return false;
    auto st = db.prepare("SELECT kind = 'value_card' FROM product WHERE id = ?1");
    st.bind(1, productId);
    return st.step() && st.int64(0) != 0;
}

void SaleParts::prepareCardLines(Database& db, std::vector<SaleLineInput>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        SaleLineInput& l = lines[i];
        const int lineNo = int(i) + 1;
        if (!isValueCardProduct(db, l.productId)) {
            if (!l.cardNumber.trimmed().isEmpty())
                throw Error::invalid(
                    kLine, tr("Line %1: only a value card takes a card number.").arg(lineNo));
            continue;
        }
        if (l.quantityMilli != 1000)
            throw Error::invalid(kLine, tr("Line %1: sell one value card per line.").arg(lineNo));
        if (!l.unitPrice.isPositive())
            throw Error::invalid(
                kLine, tr("Line %1: enter the amount to put on the value card.").arg(lineNo));
        l.cardNumber = l.cardNumber.trimmed().isEmpty()
                           ? ValueCards::newNumber(db)
                           : ValueCards::normalized(l.cardNumber, kLine);
        const QString suffix = QLatin1Char(' ') + ValueCards::grouped(l.cardNumber);
        if (!l.text.endsWith(suffix))
            l.text += suffix;
    }
}

void SaleParts::checkSaleTenders(const std::vector<TenderInput>& tenders, const SaleParty& party) {
    for (const TenderInput& t : tenders) {
        if (t.kind == TenderKind::ValueCard && t.reference.trimmed().isEmpty())
            throw Error::invalid(kTender, tr("Enter the value card's number."));
        if (t.kind != TenderKind::Invoice)
            continue;
        if (tenders.size() > 1)
            throw Error::invalid(kTender, tr("An invoice takes the whole sale; take no other "
                                             "tender with it."));
        if (party.debtorId == 0)
            throw Error::invalid(kTender, tr("Choose the debtor to invoice first."));
    }
}

std::vector<TenderInput> SaleParts::invoiceTakesTotal(std::vector<TenderInput> tenders,
                                                      const Money& total) {
    for (TenderInput& t : tenders) {
        if (t.kind != TenderKind::Invoice)
            continue;
        if (t.amount.isZero())
            t.amount = total;
        else if (t.amount != total)
            throw Error::invalid(kTender,
                                 tr("An invoice takes the whole sale, %1, not %2.")
                                     .arg(total.toDecimalString(), t.amount.toDecimalString()));
    }
    return tenders;
}

void SaleParts::postInvoice(const Session& session, const Till& till, Receipt& r) {
    auto tender = std::find_if(r.tenders.begin(), r.tenders.end(), [](const ReceiptTender& t) {
        return t.kind == TenderKind::Invoice;
    });
    if (tender == r.tenders.end())
        return;
    Database& db = session.db();
    const CompanyProfile company = CompanyService::require(db);
    InvoiceDraft draft;
    draft.debtorId = r.party.debtorId;
    draft.date = Dates::localDate(session.clock().nowMs(), company.timeZone);
    draft.tillRef = till.ref;
    for (const ReceiptLine& l : r.lines)
        draft.lines.push_back(InvoiceLineInput{l.input.text, l.input.quantityMilli,
                                               l.input.unitPrice, l.input.vatRate, l.input.discount,
                                               0});
    const Invoice invoice = InvoiceService::createAndPost(session, draft);
    // The invoice rounds VAT the EN 16931 way (per rate on the lines' net
    // amounts), so its total may differ by an øre from the receipt's sum of
    // shelf prices. The debtor owes the invoice; the receipt keeps the
    // difference as its rounding (paid − total), as it does for cash.
    r.rounding += invoice.total - tender->amount;
    tender->amount = invoice.total;
    r.invoiceNumber = invoice.number;
    tender->reference = QString::number(invoice.number);
}

void SaleParts::recordCardsAndParty(const Session& session, const Receipt& r) {
    Database& db = session.db();
    for (const ReceiptLine& l : r.lines)
        if (!l.input.cardNumber.isEmpty())
            ValueCards::load(session, l.input.cardNumber, l.amount, QStringLiteral("issue"), r.id,
                             l.lineNo);
    for (const ReceiptTender& t : r.tenders)
        if (t.kind == TenderKind::ValueCard)
            ValueCards::take(session, t.reference, t.amount, QStringLiteral("redeem"), r.id, 0,
                             kTender);
    if (r.party.isEmpty())
        return;
    std::int64_t invoiceId = 0;
    if (r.invoiceNumber != 0)
        invoiceId = InvoiceService::requireInvoice(db, r.invoiceNumber).id;
    auto st = db.prepare(
        "INSERT INTO receipt_party(receipt_id, customer_id, debtor_id, invoice_id) "
        "VALUES (?1, ?2, ?3, ?4)");
    st.bindAll(r.id, r.party.customerId, r.party.debtorId, invoiceId);
    if (r.party.customerId == 0)
        st.bindNull(2);
    if (r.party.debtorId == 0)
        st.bindNull(3);
    if (invoiceId == 0)
        st.bindNull(4);
    st.run();
}

void SaleParts::prepareRefundTenders(Database& db, std::vector<TenderInput>& refund) {
    for (TenderInput& t : refund) {
        if (t.kind == TenderKind::Invoice)
            throw Error::invalid(kTender, tr("A return is not paid back on an invoice; credit "
                                             "the invoice instead."));
        if (t.kind == TenderKind::ValueCard)
            t.reference = t.reference.trimmed().isEmpty()
                              ? ValueCards::newNumber(db)
                              : ValueCards::normalized(t.reference, kTender);
    }
}

void SaleParts::refuseInvoicedOriginal(Database& db, const Receipt& original) {
    auto st = db.prepare(
        "SELECT i.number FROM receipt_party p JOIN invoice i ON i.id = p.invoice_id "
        "WHERE p.receipt_id = ?1");
    st.bind(1, original.id);
    if (st.step())
        throw Error::invalid(QStringLiteral("receipt"),
                             tr("Receipt %1 was put on invoice %2; credit the invoice instead.")
                                 .arg(original.number)
                                 .arg(st.int64(0)));
}

void SaleParts::recordReturnCards(const Session& session, const Receipt& original,
                                  const Receipt& returned) {
    Database& db = session.db();
    for (const ReceiptLine& l : returned.lines) {
        const std::optional<QString> card = ValueCards::soldOn(db, original.id, l.returnsLineNo);
        if (!card)
            continue;
        const ValueCard now = ValueCards::require(db, *card);
        if (now.balance < -l.amount)
            throw Error::invalid(
                kLine, tr("Value card %1 has been spent (%2 left of %3); it cannot be returned.")
                           .arg(ValueCards::grouped(*card), now.balance.toDecimalString(),
                                (-l.amount).toDecimalString()));
        ValueCards::take(session, *card, -l.amount, QStringLiteral("return"), returned.id, l.lineNo,
                         kLine);
    }
    for (const ReceiptTender& t : returned.tenders)
        if (t.kind == TenderKind::ValueCard)
            ValueCards::load(session, t.reference, -t.amount, QStringLiteral("refund"), returned.id,
                             0);
}

}  // namespace skranke
