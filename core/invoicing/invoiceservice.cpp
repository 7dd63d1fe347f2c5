#include "core/invoicing/invoiceservice.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/invoicing/invoicecalculator.h"
#include "core/invoicing/invoicestore.h"
#include "core/invoicing/invoicingsettings.h"
#include "core/invoicing/paymentreference.h"
#include "core/invoicing/quantity.h"
#include "core/ledger/ledgerwriter.h"
#include "core/ledger/settlementengine.h"
#include "core/money/allocation.h"
#include "core/parties/debtorservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"
#include "core/time/dates.h"

#include <QJsonArray>
#include <QJsonObject>

namespace skranke {

namespace {

QString seriesOf(Invoice::Kind kind) {
    return kind == Invoice::Kind::Invoice ? QStringLiteral("invoice")
                                          : QStringLiteral("credit_note");
}

QJsonObject summary(const Invoice& inv) {
    QJsonArray vat;
    for (const InvoiceVat& v : inv.vat)
        vat.append(QJsonObject{{QStringLiteral("rate"), v.rate.toPercentString()},
                               {QStringLiteral("base"), v.base.toDecimalString()},
                               {QStringLiteral("amount"), v.vat.toDecimalString()}});
    return {{QStringLiteral("number"), qint64(inv.number)},
            {QStringLiteral("debtor"), qint64(inv.debtorId)},
            {QStringLiteral("date"), Dates::iso(inv.date)},
            {QStringLiteral("due"), Dates::iso(inv.dueDate)},
            {QStringLiteral("total"), inv.total.toDecimalString()},
            {QStringLiteral("currency"), inv.total.currency().code()},
            {QStringLiteral("vat"), vat}};
}

// True when crediting every line's remaining quantity gives no more than
// what is left: false once an amount credit was made against the invoice.
bool linesCoverUncredited(Database& db, const Invoice& original, const Money& left) {
    const auto credited = InvoiceStore::creditedQuantities(db, original.id);
    std::vector<InvoiceLineInput> rest;
    for (const InvoiceLine& l : original.lines) {
        InvoiceLineInput in = l.input;
        in.quantityMilli -= credited.value(l.id, 0);
        if (in.quantityMilli > 0)
            rest.push_back(in);
    }
    if (rest.empty())
        return false;
    Invoice probe;
    InvoiceCalculator::computeTotals(probe, rest);
    return probe.total <= left;
}

}  // namespace

void InvoiceService::validate(Database& db, const InvoiceDraft& d) {
    DebtorService::require(db, d.debtorId);
    if (!d.date.isValid())
        throw Error::invalid(QStringLiteral("date"), tr("The invoice date is required."));
    if (d.dueDate.isValid() && d.dueDate < d.date)
        throw Error::invalid(QStringLiteral("due"),
                             tr("The due date cannot be before the invoice date."));
    if (d.lines.empty())
        throw Error::invalid(QStringLiteral("lines"), tr("An invoice needs at least one line."));
    const CountryRules& rules = CompanyService::rules(db);
    const Currency currency = Currency::fromCode(rules.currency);
    for (std::size_t i = 0; i < d.lines.size(); ++i) {
        const InvoiceLineInput& l = d.lines[i];
        const QString field = QStringLiteral("line %1").arg(i + 1);
        if (l.text.trimmed().isEmpty())
            throw Error::invalid(field, tr("Line %1 needs a text.").arg(i + 1));
        if (l.quantityMilli <= 0)
            throw Error::invalid(field,
                                 tr("Line %1: the quantity must be more than 0.").arg(i + 1));
        if (l.unitPrice.currency() != currency)
            throw Error::invalid(
                field, tr("Line %1: the price must be in %2.").arg(i + 1).arg(currency.code()));
        if (!rules.vatRatesPercent.contains(l.vatRate.toPercentString()))
            throw Error::invalid(field, tr("Line %1: %2 % is not a VAT rate in %3.")
                                            .arg(i + 1)
                                            .arg(l.vatRate.toPercentString(), rules.country));
        if (l.discount.isNegative() || l.discount.value() > 1)
            throw Error::invalid(field, tr("Line %1: the discount must be 0 to 100 %.").arg(i + 1));
    }
}

Invoice InvoiceService::insertDraft(const Session& session, const InvoiceDraft& d,
                                    Invoice::Kind kind, std::int64_t creditedInvoiceId) {
    Database& db = session.db();
    Invoice inv;
    inv.kind = kind;
    inv.debtorId = d.debtorId;
    inv.date = d.date;
    inv.dueDate = d.dueDate.isValid()
                      ? d.dueDate
                      : (kind == Invoice::Kind::Invoice
                             ? DebtorService::require(db, d.debtorId).terms.dueDate(d.date)
                             : d.date);
    inv.tillRef = d.tillRef.trimmed();
    inv.message = d.message.trimmed();
    inv.feesAllowed = d.feesAllowed;
    inv.creditedInvoiceId = creditedInvoiceId;
    InvoiceCalculator::computeTotals(inv, d.lines);
    if (!inv.total.isPositive())
        throw Error::invalid(QStringLiteral("lines"), tr("The total must be more than 0."));
    return InvoiceStore::insert(session, inv);
}

Invoice InvoiceService::createDraft(const Session& session, const InvoiceDraft& draft) {
    session.require(rights::InvoicingInvoice);
    validate(session.db(), draft);
    Transaction tx(session.db());
    const Invoice inv = insertDraft(session, draft, Invoice::Kind::Invoice, 0);
    session.journal(QStringLiteral("invoice"), inv.uid, QStringLiteral("create_draft"),
                    summary(inv));
    tx.commit();
    return inv;
}

Invoice InvoiceService::post(const Session& session, std::int64_t invoiceId) {
    Database& db = session.db();
    Transaction tx(db);
    const auto found = find(db, invoiceId);
    if (!found)
        throw Error(ErrorCode::NotFound, tr("There is no invoice draft %1.").arg(invoiceId),
                    QStringLiteral("invoice"));
    Invoice inv = *found;
    session.require(inv.isCreditNote() ? rights::LedgerCreditNote : rights::InvoicingInvoice);
    if (inv.status == Invoice::Status::Posted)
        throw Error(ErrorCode::Conflict, tr("Invoice %1 is already posted.").arg(inv.number));

    // The number is taken inside this transaction: a failed post consumes none.
    inv.number = InvoiceStore::takeNumber(db, seriesOf(inv.kind));
    if (inv.kind == Invoice::Kind::Invoice)
        inv.paymentReference =
            PaymentReference::forCountry(CompanyService::rules(db).paymentReference, inv.number,
                                         InvoicingSettings::fikCreditor(db));
    InvoiceStore::markPosted(session, inv);

    Posting p;
    p.debtorId = inv.debtorId;
    p.kind = inv.isCreditNote() ? PostingKind::CreditNote : PostingKind::Invoice;
    p.date = inv.date;
    p.dueDate = inv.dueDate;
    p.amount = inv.isCreditNote() ? -inv.total : inv.total;
    p.invoiceId = inv.id;
    p.docNumber = inv.number;
    p.text = inv.isCreditNote()
                 ? tr("Credit note %1 for invoice %2").arg(inv.number).arg(inv.creditedNumber)
                 : tr("Invoice %1").arg(inv.number);
    p = LedgerWriter::add(session, p);
    if (inv.isCreditNote()) {
        // A credit note first settles the invoice it credits.
        auto target = db.prepare(
            "SELECT o.posting_id, o.open_minor FROM posting_open o "
            "JOIN posting p ON p.id = o.posting_id "
            "WHERE p.invoice_id = ?1 AND p.kind = 'invoice'");
        target.bind(1, inv.creditedInvoiceId);
        if (target.step() && target.int64(1) > 0)
            LedgerWriter::settle(session, target.int64(0), p.id,
                                 std::min(target.int64(1), inv.total.minor()), inv.date);
    }
    SettlementEngine::autoSettle(session, inv.debtorId, inv.date);
    session.journal(
        QStringLiteral("invoice"), inv.uid,
        inv.isCreditNote() ? QStringLiteral("post_credit_note") : QStringLiteral("post"),
        summary(inv));
    tx.commit();
    return inv;
}

Invoice InvoiceService::createAndPost(const Session& session, const InvoiceDraft& draft) {
    Transaction tx(session.db());
    const Invoice draftInvoice = createDraft(session, draft);
    const Invoice posted = post(session, draftInvoice.id);
    tx.commit();
    return posted;
}

Invoice InvoiceService::creditNote(const Session& session, std::int64_t number,
                                   const CreditRequest& request) {
    session.require(rights::LedgerCreditNote);
    Database& db = session.db();
    Transaction tx(db);
    const Invoice original = requireInvoice(db, number);
    const Money left = uncredited(db, original);
    if (!left.isPositive())
        throw Error(ErrorCode::Conflict, tr("Invoice %1 is already fully credited.").arg(number),
                    QStringLiteral("invoice"));
    InvoiceDraft d;
    d.debtorId = original.debtorId;
    d.date = request.date.isValid() ? request.date : original.date;
    d.dueDate = d.date;
    d.message = request.message;
    d.tillRef = original.tillRef;
    if (d.date < original.date)
        throw Error::invalid(QStringLiteral("date"),
                             tr("A credit note cannot be dated before its invoice."));
    std::optional<Money> amount = request.amount;
    if (!amount && request.lines.empty() && !linesCoverUncredited(db, original, left))
        amount = left;  // earlier amount credits: credit what is left as an amount
    if (amount) {
        if (!amount->isPositive())
            throw Error::invalid(QStringLiteral("amount"), tr("The amount must be more than 0."));
        if (*amount > left)
            throw Error::invalid(QStringLiteral("amount"),
                                 tr("Only %1 of invoice %2 is not credited yet.")
                                     .arg(left.toDecimalString())
                                     .arg(number));
        // Spread over the invoice's VAT rates in proportion to their amounts.
        std::vector<std::int64_t> weights;
        for (const InvoiceVat& v : original.vat)
            weights.push_back((v.base + v.vat).minor());
        const auto parts = allocate(*amount, weights);
        for (std::size_t i = 0; i < parts.size(); ++i)
            if (!parts[i].isZero())
                d.lines.push_back({tr("Credit of invoice %1").arg(number), 1000, parts[i],
                                   original.vat[i].rate, Rate(), 0});
    } else {
        const auto credited = InvoiceStore::creditedQuantities(db, original.id);
        const bool all = request.lines.empty();
        for (const InvoiceLine& l : original.lines) {
            std::int64_t qty = 0;
            const std::int64_t open = l.input.quantityMilli - credited.value(l.id, 0);
            if (all) {
                qty = open;
            } else {
                for (const CreditRequest::Line& want : request.lines)
                    if (want.lineNo == l.lineNo)
                        qty = want.quantityMilli == 0 ? open : want.quantityMilli;
            }
            if (qty > open)
                throw Error::invalid(QStringLiteral("lines"),
                                     tr("Line %1 has only %2 left to credit.")
                                         .arg(l.lineNo)
                                         .arg(Quantity::format(open)));
            if (qty > 0) {
                InvoiceLineInput in = l.input;
                in.quantityMilli = qty;
                in.creditedLineId = l.id;
                d.lines.push_back(in);
            }
        }
        for (const CreditRequest::Line& want : request.lines)
            if (want.lineNo < 1 || want.lineNo > int(original.lines.size()))
                throw Error::invalid(QStringLiteral("lines"),
                                     tr("Invoice %1 has no line %2.").arg(number).arg(want.lineNo));
        if (d.lines.empty())
            throw Error(ErrorCode::Conflict, tr("Nothing is left to credit on those lines."),
                        QStringLiteral("lines"));
    }
    Invoice note = insertDraft(session, d, Invoice::Kind::CreditNote, original.id);
    if (note.total > left)
        throw Error::invalid(QStringLiteral("amount"),
                             tr("Only %1 of invoice %2 is not credited yet.")
                                 .arg(left.toDecimalString())
                                 .arg(number));
    note = post(session, note.id);
    tx.commit();
    return note;
}

void InvoiceService::setSeriesStart(const Session& session, const QString& series,
                                    std::int64_t next) {
    session.require(rights::SettingsEdit);
    if (next < 1)
        throw Error::invalid(QStringLiteral("start"), tr("The first number must be at least 1."));
    Transaction tx(session.db());
    InvoiceStore::setSeriesStart(session.db(), series, next);
    session.journal(QStringLiteral("number_series"), {}, QStringLiteral("set_start"),
                    {{QStringLiteral("series"), series}, {QStringLiteral("next"), qint64(next)}});
    tx.commit();
}

std::optional<Invoice> InvoiceService::find(Database& db, std::int64_t id) {
    return InvoiceStore::load(db, id);
}

std::optional<Invoice> InvoiceService::byNumber(Database& db, Invoice::Kind kind,
                                                std::int64_t number) {
    auto st = db.prepare("SELECT id FROM invoice WHERE kind = ?1 AND number = ?2");
    st.bindAll(
        kind == Invoice::Kind::Invoice ? QStringLiteral("invoice") : QStringLiteral("credit_note"),
        number);
    if (!st.step())
        return std::nullopt;
    return InvoiceStore::load(db, st.int64(0));
}

Invoice InvoiceService::requireInvoice(Database& db, std::int64_t number) {
    auto inv = byNumber(db, Invoice::Kind::Invoice, number);
    if (!inv)
        throw Error(ErrorCode::NotFound, tr("There is no invoice %1.").arg(number),
                    QStringLiteral("invoice"));
    return *inv;
}

Money InvoiceService::uncredited(Database& db, const Invoice& invoice) {
    auto st = db.prepare(
        "SELECT ifnull(sum(total_minor), 0) FROM invoice "
        "WHERE credited_invoice_id = ?1 AND status = 'posted'");
    st.bind(1, invoice.id);
    st.step();
    return invoice.total - Money(st.int64(0), invoice.total.currency());
}

}  // namespace skranke
