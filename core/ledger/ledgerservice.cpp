#include "core/ledger/ledgerservice.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/ledger/ledgerwriter.h"
#include "core/ledger/settlementengine.h"
#include "core/ledger/settlementservice.h"
#include "core/parties/debtorservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/time/dates.h"

#include <QJsonObject>

namespace skranke {

namespace {

constexpr const char* selectPosting =
    "SELECT p.id, p.uid, p.debtor_id, p.kind, p.posting_date, p.due_date, p.amount_minor, "
    "p.currency, ifnull(o.open_minor, 0), ifnull(p.invoice_id, 0), ifnull(p.doc_number, 0), "
    "p.payment_type, p.reference, p.text FROM posting p "
    "LEFT JOIN posting_open o ON o.posting_id = p.id ";

Posting readPosting(const Statement& st) {
    Posting p;
    p.id = st.int64(0);
    p.uid = st.blob(1);
    p.debtorId = st.int64(2);
    p.kind = postingKindFromKey(st.text(3));
    p.date = QDate::fromString(st.text(4), Qt::ISODate);
    p.dueDate = QDate::fromString(st.text(5), Qt::ISODate);
    const Currency c = Currency::fromCode(st.text(7));
    p.amount = Money(st.int64(6), c);
    p.open = Money(st.int64(8), c);
    p.invoiceId = st.int64(9);
    p.docNumber = st.int64(10);
    p.paymentType = st.text(11);
    p.reference = st.text(12);
    p.text = st.text(13);
    return p;
}

Currency companyCurrency(Database& db) {
    return Currency::fromCode(CompanyService::rules(db).currency);
}

void requirePositive(const Money& amount, const QString& field) {
    if (!amount.isPositive())
        throw Error::invalid(field, QCoreApplication::translate("skranke::LedgerService",
                                                                "The amount must be more than 0."));
}

}  // namespace

Posting LedgerService::registerPayment(const Session& session, std::int64_t debtorId,
                                       const Money& amount, const QDate& date,
                                       const QString& paymentType, const QString& reference) {
    return registerPayment(session, debtorId, amount, date, paymentType, reference, {});
}

Posting LedgerService::registerPayment(const Session& session, std::int64_t debtorId,
                                       const Money& amount, const QDate& date,
                                       const QString& paymentType, const QString& reference,
                                       const std::vector<Allocation>& allocations, Rest rest) {
    session.require(rights::LedgerPayment);
    requirePositive(amount, QStringLiteral("amount"));
    if (!date.isValid())
        throw Error::invalid(QStringLiteral("date"), tr("The payment date is required."));
    Database& db = session.db();
    amount.requireSameCurrency(Money::zero(companyCurrency(db)));
    Money allocated = Money::zero(amount.currency());
    for (const Allocation& a : allocations)
        allocated += a.amount;
    if (allocated > amount)
        throw Error::invalid(QStringLiteral("amount"),
                             tr("The invoices chosen take %1, more than the payment of %2.")
                                 .arg(allocated.toDecimalString(), amount.toDecimalString()));
    Transaction tx(db);
    const Debtor debtor = DebtorService::require(db, debtorId);
    Posting p;
    p.debtorId = debtor.id;
    p.kind = PostingKind::Payment;
    p.date = date;
    p.amount = -amount;
    p.paymentType = paymentType.trimmed();
    p.reference = reference.trimmed();
    p.text = tr("Payment");
    p = LedgerWriter::add(session, p);
    std::size_t settledCount = 0;
    if (allocations.empty() && rest == Rest::SettleOldest) {
        settledCount = SettlementEngine::settleCredit(session, p.id, date).size();
    } else {
        for (const Allocation& a : allocations) {
            if (a.amount.isZero())
                continue;
            SettlementService::match(session, p.id, a.invoiceNumber, a.amount, date);
            ++settledCount;
        }
    }
    p.open = Money(LedgerWriter::openMinor(session, p.id), amount.currency());
    session.journal(QStringLiteral("posting"), p.uid, QStringLiteral("payment"),
                    {{QStringLiteral("debtor"), qint64(debtor.id)},
                     {QStringLiteral("amount"), amount.toDecimalString()},
                     {QStringLiteral("currency"), amount.currency().code()},
                     {QStringLiteral("date"), Dates::iso(date)},
                     {QStringLiteral("type"), p.paymentType},
                     {QStringLiteral("reference"), p.reference},
                     {QStringLiteral("settled_against"), qint64(settledCount)},
                     {QStringLiteral("remaining"), (-p.open).toDecimalString()}});
    tx.commit();
    return p;
}

Posting LedgerService::payBack(const Session& session, std::int64_t debtorId, const Money& amount,
                               const QDate& date, const QString& paymentType,
                               const QString& reference,
                               const std::vector<std::int64_t>& creditIds) {
    session.require(rights::LedgerPayment);
    requirePositive(amount, QStringLiteral("amount"));
    if (!date.isValid())
        throw Error::invalid(QStringLiteral("date"), tr("The date is required."));
    Database& db = session.db();
    amount.requireSameCurrency(Money::zero(companyCurrency(db)));
    Transaction tx(db);
    const Debtor debtor = DebtorService::require(db, debtorId);
    std::int64_t available = 0;
    for (std::int64_t id : creditIds) {
        const Posting credit = posting(db, id);
        if (credit.debtorId != debtor.id)
            throw Error::invalid(QStringLiteral("credit"),
                                 tr("Posting %1 is not on debtor %2.").arg(id).arg(debtor.id));
        available += std::max<std::int64_t>(0, -credit.open.minor());
    }
    if (amount.minor() > available)
        throw Error::invalid(QStringLiteral("amount"),
                             tr("Only %1 is open to pay back.")
                                 .arg(Money(available, amount.currency()).toDecimalString()));
    Posting p;
    p.debtorId = debtor.id;
    p.kind = PostingKind::Payment;
    p.date = date;
    p.dueDate = date;
    p.amount = amount;
    p.paymentType = paymentType.trimmed();
    p.reference = reference.trimmed();
    p.text = paymentType == QLatin1String("transfer") ? tr("Transfer") : tr("Refund");
    p = LedgerWriter::add(session, p);
    std::int64_t left = amount.minor();
    for (std::int64_t id : creditIds) {
        if (left == 0)
            break;
        const std::int64_t open = -LedgerWriter::openMinor(session, id);
        const std::int64_t take = std::min(open, left);
        if (take <= 0)
            continue;
        LedgerWriter::settle(session, p.id, id, take, date);
        left -= take;
    }
    p.open = Money(LedgerWriter::openMinor(session, p.id), amount.currency());
    session.journal(QStringLiteral("posting"), p.uid, QStringLiteral("pay_back"),
                    {{QStringLiteral("debtor"), qint64(debtor.id)},
                     {QStringLiteral("amount"), amount.toDecimalString()},
                     {QStringLiteral("date"), Dates::iso(date)},
                     {QStringLiteral("type"), p.paymentType},
                     {QStringLiteral("reference"), p.reference}});
    tx.commit();
    return p;
}

Posting LedgerService::writeOff(const Session& session, std::int64_t debtorId, const Money& amount,
                                const QDate& date, const QString& reason) {
    session.require(rights::LedgerWriteOff);
    requirePositive(amount, QStringLiteral("amount"));
    if (reason.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("reason"), tr("A write-off needs a reason."));
    Database& db = session.db();
    amount.requireSameCurrency(Money::zero(companyCurrency(db)));
    Transaction tx(db);
    const Debtor debtor = DebtorService::require(db, debtorId);
    const DebtorBalance b = balance(db, debtor.id);
    if (amount > b.outstanding)
        throw Error::invalid(QStringLiteral("amount"),
                             tr("Only %1 is outstanding; a write-off cannot be more.")
                                 .arg(b.outstanding.toDecimalString()));
    Posting p;
    p.debtorId = debtor.id;
    p.kind = PostingKind::WriteOff;
    p.date = date;
    p.amount = -amount;
    p.text = reason.trimmed();
    p = LedgerWriter::add(session, p);
    SettlementEngine::settleCredit(session, p.id, date);
    session.journal(QStringLiteral("posting"), p.uid, QStringLiteral("write_off"),
                    {{QStringLiteral("debtor"), qint64(debtor.id)},
                     {QStringLiteral("amount"), amount.toDecimalString()},
                     {QStringLiteral("currency"), amount.currency().code()},
                     {QStringLiteral("date"), Dates::iso(date)},
                     {QStringLiteral("reason"), p.text}});
    tx.commit();
    return p;
}

DebtorBalance LedgerService::balance(Database& db, std::int64_t debtorId) {
    const Currency c = companyCurrency(db);
    auto st = db.prepare(
        "SELECT outstanding_minor, prepayment_minor FROM debtor_balance WHERE debtor_id = ?1");
    st.bind(1, debtorId);
    if (!st.step())
        return {Money::zero(c), Money::zero(c)};
    return {Money(st.int64(0), c), Money(st.int64(1), c)};
}

std::vector<Posting> LedgerService::openInvoices(Database& db, std::int64_t debtorId) {
    auto st = db.prepare(std::string(selectPosting) +
                         "WHERE p.debtor_id = ?1 AND p.kind = 'invoice' AND o.open_minor > 0 "
                         "ORDER BY p.due_date, p.doc_number");
    st.bind(1, debtorId);
    std::vector<Posting> out;
    while (st.step())
        out.push_back(readPosting(st));
    return out;
}

std::vector<PostingRow> LedgerService::postings(Database& db, std::int64_t debtorId) {
    auto st = db.prepare(std::string(selectPosting) +
                         "WHERE p.debtor_id = ?1 ORDER BY p.posting_date, p.id");
    st.bind(1, debtorId);
    std::vector<PostingRow> out;
    Money running = Money::zero(companyCurrency(db));
    while (st.step()) {
        Posting p = readPosting(st);
        running += p.amount;
        out.push_back({std::move(p), running});
    }
    return out;
}

Posting LedgerService::posting(Database& db, std::int64_t postingId) {
    auto st = db.prepare(std::string(selectPosting) + "WHERE p.id = ?1");
    st.bind(1, postingId);
    if (!st.step())
        throw Error(ErrorCode::NotFound, tr("There is no posting %1.").arg(postingId),
                    QStringLiteral("posting"));
    return readPosting(st);
}

}  // namespace skranke
