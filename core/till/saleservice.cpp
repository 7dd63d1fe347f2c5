#include "core/till/saleservice.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/catalog/catalogservice.h"
#include "core/company/companyservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/till/receiptcalculator.h"
#include "core/till/receiptstore.h"
#include "core/till/saleparts.h"
#include "core/till/tillevents.h"
#include "core/till/tillservice.h"

#include <QJsonObject>

namespace skranke {

SaleLineInput SaleService::lineFor(Database& db, const QString& productOrEan,
                                   std::int64_t quantityMilli, const std::optional<Money>& price) {
    const QString key = productOrEan.trimmed();
    std::optional<Product> p = CatalogService::productByEan(db, key);
    if (!p)
        p = CatalogService::productByNumber(db, key);
    if (!p) {
        bool isId = false;
        const qint64 id = key.toLongLong(&isId);
        if (isId)
            p = CatalogService::product(db, id);
        if (p && !p->active)
            p.reset();
    }
    if (!p)
        throw Error::invalid(QStringLiteral("line"),
                             tr("No product has the EAN, number or ID \"%1\".").arg(key));
    SaleLineInput in;
    in.productId = p->id;
    in.text = p->name;
    in.quantityMilli = quantityMilli;
    in.listPrice = p->price;
    in.unitPrice = price.value_or(p->price);
    in.vatRate = p->vatRate;
    return in;
}

Receipt SaleService::sell(const Session& session, const QString& tillRef,
                          const std::vector<SaleLineInput>& lines,
                          const std::vector<TenderInput>& tenders, const SaleParty& party) {
    session.require(rights::TillSell);
    Database& db = session.db();
    const Till till = TillService::requireTill(db, tillRef);
    const CountryRules& rules = CompanyService::rules(db);
    if (lines.empty())
        throw Error::invalid(QStringLiteral("line"), tr("A sale needs at least one line."));
    SaleParts::checkSaleTenders(tenders, party);

    Transaction tx(db);
    std::vector<SaleLineInput> prepared = lines;
    SaleParts::prepareCardLines(db, prepared);
    Receipt r;
    r.party = party;
    ReceiptCalculator::computeTotals(r, prepared, Currency::fromCode(rules.currency));
    if (r.total.isNegative())
        throw Error::invalid(QStringLiteral("line"),
                             tr("A sale cannot come to less than 0; use a return."));
    TenderPlan::apply(r, SaleParts::invoiceTakesTotal(tenders, r.total), rules.cashRoundingMinor);
    SaleParts::postInvoice(session, till, r);
    QJsonObject extra;
    if (r.invoiceNumber != 0)
        extra.insert(QStringLiteral("invoice"), qint64(r.invoiceNumber));
    if (party.debtorId != 0)
        extra.insert(QStringLiteral("debtor"), qint64(party.debtorId));
    if (party.customerId != 0)
        extra.insert(QStringLiteral("customer"), qint64(party.customerId));
    ReceiptStore::record(
        session, till, r, QStringLiteral("sale"),
        r.invoiceNumber != 0 ? tillevent::DeliveryReceipt : tillevent::SalesReceipt, extra);
    SaleParts::recordCardsAndParty(session, r);
    for (const ReceiptLine& l : r.lines)
        if (l.input.productId != 0 && l.input.cardNumber.isEmpty() &&
            l.input.unitPrice != l.input.listPrice)
            session.journal(QStringLiteral("receipt"), r.uid, QStringLiteral("price_override"),
                            {{QStringLiteral("till"), till.ref},
                             {QStringLiteral("number"), qint64(r.number)},
                             {QStringLiteral("line"), l.lineNo},
                             {QStringLiteral("list_price"), l.input.listPrice.toDecimalString()},
                             {QStringLiteral("price"), l.input.unitPrice.toDecimalString()},
                             {QStringLiteral("event_code"), tillevent::PriceChange}});
    tx.commit();
    return r;
}

void SaleService::journalCopy(const Session& session, const QString& tillRef, std::int64_t number) {
    session.require(rights::TillSell);
    const Receipt r = load(session.db(), tillRef, number);
    Transaction tx(session.db());
    session.journal(QStringLiteral("receipt"), r.uid, QStringLiteral("copy"),
                    {{QStringLiteral("till"), r.tillRef},
                     {QStringLiteral("number"), qint64(r.number)},
                     {QStringLiteral("event_code"), tillevent::CopyReceipt}});
    tx.commit();
}

Receipt SaleService::load(Database& db, const QString& tillRef, std::int64_t number) {
    const Till till = TillService::requireTill(db, tillRef);
    auto st = db.prepare(
        "SELECT id, uid, shift_id, kind, created_ms, currency, total_minor, rounding_minor "
        "FROM receipt WHERE till_id = ?1 AND number = ?2");
    st.bindAll(till.id, number);
    if (!st.step())
        throw Error(ErrorCode::NotFound, tr("Till %1 has no receipt %2.").arg(till.ref).arg(number),
                    QStringLiteral("receipt"));
    Receipt r;
    const Currency c = Currency::fromCode(st.text(5));
    r.id = st.int64(0);
    r.uid = st.blob(1);
    r.tillId = till.id;
    r.tillRef = till.ref;
    r.number = number;
    r.shiftId = st.int64(2);
    r.kind = st.text(3);
    r.createdMs = st.int64(4);
    r.total = Money(st.int64(6), c);
    r.rounding = Money(st.int64(7), c);
    auto lines = db.prepare(
        "SELECT line_no, coalesce(product_id, 0), text, quantity_milli, unit_price_minor, "
        "list_price_minor, discount, vat_rate, amount_minor FROM receipt_line "
        "WHERE receipt_id = ?1 ORDER BY line_no");
    lines.bind(1, r.id);
    while (lines.step()) {
        SaleLineInput in;
        in.productId = lines.int64(1);
        in.text = lines.text(2);
        in.quantityMilli = lines.int64(3);
        in.unitPrice = Money(lines.int64(4), c);
        in.listPrice = Money(lines.int64(5), c);
        in.discount = Rate::percent(lines.text(6));
        in.vatRate = Rate::percent(lines.text(7));
        r.lines.push_back(ReceiptLine{int(lines.int64(0)), in, Money(lines.int64(8), c)});
    }
    auto vat = db.prepare(
        "SELECT vat_rate, gross_minor, vat_minor FROM receipt_vat WHERE receipt_id = ?1");
    vat.bind(1, r.id);
    while (vat.step())
        r.vat.push_back(
            ReceiptVat{Rate::percent(vat.text(0)), Money(vat.int64(1), c), Money(vat.int64(2), c)});
    auto tenders = db.prepare(
        "SELECT kind, amount_minor, given_minor, change_minor, reference FROM receipt_tender "
        "WHERE receipt_id = ?1 ORDER BY seq");
    tenders.bind(1, r.id);
    while (tenders.step())
        r.tenders.push_back(ReceiptTender{tenderKindFromKey(tenders.text(0)),
                                          Money(tenders.int64(1), c), Money(tenders.int64(2), c),
                                          Money(tenders.int64(3), c), tenders.text(4)});
    auto party = db.prepare(
        "SELECT coalesce(p.customer_id, 0), coalesce(p.debtor_id, 0), "
        "coalesce(nullif(d.company_name, ''), d.name, c.name, ''), coalesce(i.number, 0) "
        "FROM receipt_party p LEFT JOIN debtor d ON d.id = p.debtor_id "
        "LEFT JOIN customer c ON c.id = p.customer_id LEFT JOIN invoice i ON i.id = p.invoice_id "
        "WHERE p.receipt_id = ?1");
    party.bind(1, r.id);
    if (party.step()) {
        r.party = SaleParty{party.int64(0), party.int64(1), party.text(2)};
        r.invoiceNumber = party.int64(3);
    }
    auto cards = db.prepare(
        "SELECT e.line_no, v.number FROM value_card_entry e JOIN value_card v ON v.id = e.card_id "
        "WHERE e.receipt_id = ?1 AND e.kind = 'issue'");
    cards.bind(1, r.id);
    while (cards.step())
        for (ReceiptLine& l : r.lines)
            if (l.lineNo == cards.int64(0))
                l.input.cardNumber = cards.text(1);
    return r;
}

}  // namespace skranke
