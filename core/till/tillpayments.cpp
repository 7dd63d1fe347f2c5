#include "core/till/tillpayments.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/parties/debtorservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/till/tillevents.h"
#include "core/till/tillservice.h"
#include "core/time/clock.h"
#include "core/time/dates.h"

namespace skranke {

TillPayment TillPayments::take(const Session& session, const QString& tillRef,
                               const TillPaymentInput& in) {
    session.require(rights::TillSell);
    session.require(rights::LedgerPayment);
    Database& db = session.db();
    const Till till = TillService::requireTill(db, tillRef);
    const CountryRules& rules = CompanyService::rules(db);
    const QString amountField = QStringLiteral("amount");
    if (in.tender != TenderKind::Cash && in.tender != TenderKind::Card)
        throw Error::invalid(QStringLiteral("tender"),
                             tr("A debtor pays at the till in cash or by card."));
    if (!in.amount.isPositive())
        throw Error::invalid(amountField, tr("The amount paid must be more than 0."));
    if (in.amount.currency().code() != rules.currency)
        throw Error::invalid(amountField, tr("The amount must be in %1.").arg(rules.currency));
    if (in.tender == TenderKind::Cash && rules.cashRoundingMinor > 1 &&
        in.amount.minor() % rules.cashRoundingMinor != 0)
        throw Error::invalid(
            amountField,
            tr("Cash is paid in whole multiples of %1.")
                .arg(Money(rules.cashRoundingMinor, in.amount.currency()).toDecimalString()));
    const Debtor debtor = DebtorService::require(db, in.debtorId);

    Transaction tx(db);
    const Shift shift = TillService::requireOpenShift(db, till);
    TillPayment p;
    p.createdMs = session.clock().nowMs();
    p.uid = Uuid::v7(p.createdMs);
    p.tillRef = till.ref;
    p.shiftId = shift.id;
    p.debtorId = debtor.id;
    p.debtorName = debtor.displayName();
    p.tender = in.tender;
    p.amount = in.amount;
    p.reference = in.reference.trimmed();
    const QDate today = Dates::localDate(p.createdMs, CompanyService::require(db).timeZone);
    const QString reference = p.reference.isEmpty() ? tr("Till %1").arg(till.ref)
                                                    : tr("Till %1, %2").arg(till.ref, p.reference);
    p.posting = LedgerService::registerPayment(
        session, debtor.id, in.amount, today, tenderKindName(in.tender), reference, in.allocations);
    p.remaining = -p.posting.open;
    db.prepare(
          "INSERT INTO till_payment(uid, shift_id, posting_id, tender, amount_minor, reference, "
          "created_ms, user_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .bindAll(p.uid, shift.id, p.posting.id, tenderKindKey(in.tender), in.amount.minor(),
                 p.reference, p.createdMs, session.user().id)
        .run();
    p.id = db.lastInsertId();
    session.journal(QStringLiteral("till_payment"), p.uid, QStringLiteral("debtor_payment"),
                    {{QStringLiteral("till"), till.ref},
                     {QStringLiteral("debtor"), qint64(debtor.id)},
                     {QStringLiteral("tender"), tenderKindKey(in.tender)},
                     {QStringLiteral("amount"), in.amount.toDecimalString()},
                     {QStringLiteral("remaining"), p.remaining.toDecimalString()},
                     {QStringLiteral("event_code"), tillevent::OtherReceipt}});
    tx.commit();
    return load(db, p.id);
}

namespace {

constexpr char selectPayment[] =
    "SELECT p.id, p.uid, t.ref, p.created_ms, p.posting_id, p.tender, p.amount_minor, "
    "p.reference, s.currency, p.shift_id FROM till_payment p "
    "JOIN till_shift s ON s.id = p.shift_id JOIN till t ON t.id = s.till_id ";

TillPayment readPayment(Database& db, Statement& st) {
    TillPayment p;
    p.id = st.int64(0);
    p.uid = st.blob(1);
    p.tillRef = st.text(2);
    p.createdMs = st.int64(3);
    p.posting = LedgerService::posting(db, st.int64(4));
    p.debtorId = p.posting.debtorId;
    p.debtorName = DebtorService::require(db, p.debtorId).displayName();
    p.tender = tenderKindFromKey(st.text(5));
    const Currency c = Currency::fromCode(st.text(8));
    p.amount = Money(st.int64(6), c);
    p.reference = st.text(7);
    p.shiftId = st.int64(9);
    p.remaining = -p.posting.open;
    auto settled = db.prepare(
        "SELECT d.kind, coalesce(d.doc_number, 0), s.amount_minor FROM settlement s "
        "JOIN posting d ON d.id = s.debit_posting_id "
        "WHERE s.credit_posting_id = ?1 AND s.undone_ms IS NULL ORDER BY s.id");
    settled.bind(1, p.posting.id);
    while (settled.step())
        p.settled.push_back(
            TillPayment::Settled{settled.text(0), settled.int64(1), Money(settled.int64(2), c)});
    return p;
}

}  // namespace

std::vector<TillPayment> TillPayments::ofShift(Database& db, std::int64_t shiftId) {
    auto st = db.prepare(std::string(selectPayment) + "WHERE p.shift_id = ?1 ORDER BY p.id");
    st.bind(1, shiftId);
    std::vector<TillPayment> out;
    while (st.step())
        out.push_back(readPayment(db, st));
    return out;
}

TillPayment TillPayments::load(Database& db, std::int64_t id) {
    auto st = db.prepare(std::string(selectPayment) + "WHERE p.id = ?1");
    st.bind(1, id);
    if (!st.step())
        throw Error(ErrorCode::NotFound, tr("There is no till payment %1.").arg(id),
                    QStringLiteral("payment"));
    return readPayment(db, st);
}

}  // namespace skranke
