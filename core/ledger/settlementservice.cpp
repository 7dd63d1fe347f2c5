#include "core/ledger/settlementservice.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/invoicing/invoiceservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/ledger/ledgerwriter.h"
#include "core/ledger/settlementengine.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/time/dates.h"

#include <QJsonObject>

namespace skranke {

namespace {

std::vector<SettlementEngine::Pair> pairsFor(Database& db, std::int64_t debtorId, bool equalOnly) {
    const auto debits = SettlementEngine::open(db, debtorId, true);
    const auto credits = SettlementEngine::open(db, debtorId, false);
    return equalOnly ? SettlementEngine::planEqual(debits, credits)
                     : SettlementEngine::plan(debits, credits);
}

std::int64_t sumOf(const std::vector<SettlementEngine::Pair>& pairs) {
    std::int64_t sum = 0;
    for (const auto& p : pairs)
        sum += p.minor;
    return sum;
}

}  // namespace

std::vector<SettlementService::Candidate> SettlementService::candidates(Database& db,
                                                                        const Filter& f) {
    const Currency c = Currency::fromCode(CompanyService::rules(db).currency);
    auto st = db.prepare(
        "SELECT d.id, CASE WHEN d.company_name <> '' THEN d.company_name ELSE d.name END, "
        "b.outstanding_minor, b.prepayment_minor FROM debtor_balance b "
        "JOIN debtor d ON d.id = b.debtor_id "
        "WHERE b.outstanding_minor > 0 AND b.prepayment_minor > 0 "
        "AND (?1 = 0 OR d.id >= ?1) AND (?2 = 0 OR d.id <= ?2) "
        "AND (?3 = 0 OR b.outstanding_minor = b.prepayment_minor) ORDER BY d.id");
    st.bindAll(f.debtorFrom, f.debtorTo, f.onlyBalanceZero);
    std::vector<Candidate> out;
    while (st.step()) {
        Candidate cand{st.int64(0), st.text(1), Money(st.int64(2), c), Money(st.int64(3), c), {}};
        const std::int64_t settleable =
            f.onlyEqualAmounts ? sumOf(pairsFor(db, cand.debtorId, true))
                               : std::min(cand.outstanding.minor(), cand.prepayment.minor());
        cand.settleable = Money(settleable, c);
        if (settleable > 0)
            out.push_back(cand);
    }
    return out;
}

std::vector<SettlementService::Result> SettlementService::settleAuto(
    const Session& session, const Filter& filter, const std::vector<std::int64_t>& debtorIds,
    bool dryRun, const QDate& date) {
    session.require(rights::LedgerPayment);
    Database& db = session.db();
    const Currency c = Currency::fromCode(CompanyService::rules(db).currency);
    std::vector<std::int64_t> ids = debtorIds;
    if (ids.empty())
        for (const Candidate& cand : candidates(db, filter))
            ids.push_back(cand.debtorId);
    Transaction tx(db);
    std::vector<Result> results;
    std::int64_t total = 0;
    for (std::int64_t id : ids) {
        const auto pairs = pairsFor(db, id, filter.onlyEqualAmounts);
        if (pairs.empty())
            continue;
        if (!dryRun)
            SettlementEngine::apply(session, pairs, date);
        results.push_back({id, int(pairs.size()), Money(sumOf(pairs), c)});
        total += sumOf(pairs);
    }
    if (dryRun)
        return results;  // the transaction rolls back; nothing was written anyway
    session.journal(QStringLiteral("settlement"), {}, QStringLiteral("auto"),
                    {{QStringLiteral("debtors"), qint64(results.size())},
                     {QStringLiteral("amount"), Money(total, c).toDecimalString()},
                     {QStringLiteral("equal_amounts_only"), filter.onlyEqualAmounts},
                     {QStringLiteral("date"), Dates::iso(date)}});
    tx.commit();
    return results;
}

std::int64_t SettlementService::match(const Session& session, std::int64_t creditPostingId,
                                      std::int64_t invoiceNumber, const Money& amount,
                                      const QDate& date) {
    session.require(rights::LedgerPayment);
    Database& db = session.db();
    Transaction tx(db);
    const Posting credit = LedgerService::posting(db, creditPostingId);
    if (!credit.amount.isNegative())
        throw Error::invalid(QStringLiteral("payment"),
                             tr("Posting %1 is not a payment or credit.").arg(creditPostingId));
    const Invoice invoice = InvoiceService::requireInvoice(db, invoiceNumber);
    auto debit =
        db.prepare("SELECT p.id FROM posting p WHERE p.invoice_id = ?1 AND p.kind = 'invoice'");
    debit.bind(1, invoice.id);
    if (!debit.step() || invoice.debtorId != credit.debtorId)
        throw Error::invalid(
            QStringLiteral("invoice"),
            tr("Invoice %1 is not on the same debtor as the payment.").arg(invoiceNumber));
    const std::int64_t debitId = debit.int64(0);
    if (!amount.isPositive())
        throw Error::invalid(QStringLiteral("amount"), tr("The amount must be more than 0."));
    const std::int64_t debitOpen = LedgerWriter::openMinor(session, debitId);
    const std::int64_t creditOpen = -LedgerWriter::openMinor(session, creditPostingId);
    if (amount.minor() > debitOpen || amount.minor() > creditOpen)
        throw Error::invalid(
            QStringLiteral("amount"),
            tr("At most %1 can be settled: the invoice has %2 open and the payment %3.")
                .arg(Money(std::min(debitOpen, creditOpen), amount.currency()).toDecimalString(),
                     Money(debitOpen, amount.currency()).toDecimalString(),
                     Money(creditOpen, amount.currency()).toDecimalString()));
    LedgerWriter::settle(session, debitId, creditPostingId, amount.minor(), date);
    const std::int64_t id = db.lastInsertId();
    session.journal(QStringLiteral("settlement"), {}, QStringLiteral("match"),
                    {{QStringLiteral("settlement"), qint64(id)},
                     {QStringLiteral("payment_posting"), qint64(creditPostingId)},
                     {QStringLiteral("invoice"), qint64(invoiceNumber)},
                     {QStringLiteral("amount"), amount.toDecimalString()}});
    tx.commit();
    return id;
}

void SettlementService::undo(const Session& session, std::int64_t settlementId) {
    session.require(rights::LedgerPayment);
    Transaction tx(session.db());
    LedgerWriter::unsettle(session, settlementId);
    session.journal(QStringLiteral("settlement"), {}, QStringLiteral("undo"),
                    {{QStringLiteral("settlement"), qint64(settlementId)}});
    tx.commit();
}

}  // namespace skranke
