#include "core/till/tillreport.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/till/tillevents.h"
#include "core/till/tillservice.h"
#include "core/time/clock.h"

#include <QJsonObject>

namespace skranke {

namespace {

QJsonObject summary(const TillReport& r) {
    QJsonObject tenders;
    for (const auto& [kind, amount] : r.tenders)
        tenders.insert(tenderKindKey(kind), amount.toDecimalString());
    QJsonObject o{{QStringLiteral("till"), r.till.ref},
                  {QStringLiteral("sales"), r.sales},
                  {QStringLiteral("sales_total"), r.salesTotal.toDecimalString()},
                  {QStringLiteral("returns"), r.returns},
                  {QStringLiteral("returns_total"), r.returnsTotal.toDecimalString()},
                  {QStringLiteral("tenders"), tenders},
                  {QStringLiteral("value_cards_sold"), r.valueCardsSold.toDecimalString()},
                  {QStringLiteral("debtor_payments"), r.debtorPayments},
                  {QStringLiteral("expected_cash"), r.expectedCash.toDecimalString()}};
    if (r.zNumber > 0)
        o.insert(QStringLiteral("z_number"), qint64(r.zNumber));
    if (r.countedCash) {
        o.insert(QStringLiteral("counted_cash"), r.countedCash->toDecimalString());
        o.insert(QStringLiteral("difference"), r.difference->toDecimalString());
    }
    return o;
}

}  // namespace

TillReport TillReports::compute(Database& db, const Till& till, const Shift& shift) {
    const Currency c = shift.cashFloat.currency();
    TillReport r;
    r.till = till;
    r.shift = shift;
    r.cashFloat = shift.cashFloat;
    r.salesTotal = r.returnsTotal = r.rounding = r.cashIn = r.cashOut = r.valueCardsSold =
        Money::zero(c);
    auto receipts = db.prepare(
        "SELECT kind, count(*), coalesce(sum(total_minor), 0), coalesce(sum(rounding_minor), 0) "
        "FROM receipt WHERE shift_id = ?1 GROUP BY kind");
    receipts.bind(1, shift.id);
    while (receipts.step()) {
        const bool sale = receipts.text(0) == QLatin1String("sale");
        (sale ? r.sales : r.returns) = int(receipts.int64(1));
        (sale ? r.salesTotal : r.returnsTotal) = Money(receipts.int64(2), c);
        r.rounding += Money(receipts.int64(3), c);
    }
    auto tenders = db.prepare(
        "SELECT t.kind, sum(t.amount_minor) FROM receipt_tender t "
        "JOIN receipt r ON r.id = t.receipt_id WHERE r.shift_id = ?1 GROUP BY t.kind");
    tenders.bind(1, shift.id);
    while (tenders.step())
        r.tenders[tenderKindFromKey(tenders.text(0))] = Money(tenders.int64(1), c);
    auto vat = db.prepare(
        "SELECT v.vat_rate, sum(v.gross_minor), sum(v.vat_minor) FROM receipt_vat v "
        "JOIN receipt r ON r.id = v.receipt_id WHERE r.shift_id = ?1 GROUP BY v.vat_rate");
    vat.bind(1, shift.id);
    while (vat.step())
        r.vat.push_back(
            ReceiptVat{Rate::percent(vat.text(0)), Money(vat.int64(1), c), Money(vat.int64(2), c)});
    std::sort(r.vat.begin(), r.vat.end(),
              [](const ReceiptVat& a, const ReceiptVat& b) { return a.rate < b.rate; });
    auto moves = db.prepare(
        "SELECT coalesce(sum(CASE WHEN amount_minor > 0 THEN amount_minor END), 0), "
        "coalesce(sum(CASE WHEN amount_minor < 0 THEN amount_minor END), 0) "
        "FROM cash_movement WHERE shift_id = ?1");
    moves.bind(1, shift.id);
    moves.step();
    r.cashIn = Money(moves.int64(0), c);
    r.cashOut = Money(moves.int64(1), c);
    auto cards = db.prepare(
        "SELECT coalesce(sum(l.amount_minor), 0) FROM receipt r "
        "JOIN receipt_line l ON l.receipt_id = r.id JOIN product p ON p.id = l.product_id "
        "WHERE r.shift_id = ?1 AND p.kind = 'value_card'");
    cards.bind(1, shift.id);
    cards.step();
    r.valueCardsSold = Money(cards.int64(0), c);
    auto payments = db.prepare(
        "SELECT tender, count(*), sum(amount_minor) FROM till_payment WHERE shift_id = ?1 "
        "GROUP BY tender");
    payments.bind(1, shift.id);
    while (payments.step()) {
        r.debtorPayments += int(payments.int64(1));
        r.debtorPaymentTenders[tenderKindFromKey(payments.text(0))] = Money(payments.int64(2), c);
    }
    const auto cashOf = [&](const std::map<TenderKind, Money>& m) {
        const auto it = m.find(TenderKind::Cash);
        return it == m.end() ? Money::zero(c) : it->second;
    };
    r.expectedCash =
        r.cashFloat + cashOf(r.tenders) + cashOf(r.debtorPaymentTenders) + r.cashIn + r.cashOut;
    return r;
}

TillReport TillReports::x(const Session& session, const QString& tillRef) {
    session.require(rights::TillSell);
    Database& db = session.db();
    const Till till = TillService::requireTill(db, tillRef);
    Transaction tx(db);
    TillReport r = compute(db, till, TillService::requireOpenShift(db, till));
    r.madeMs = session.clock().nowMs();
    QJsonObject payload = summary(r);
    payload.insert(QStringLiteral("event_code"), tillevent::XReport);
    session.journal(QStringLiteral("till_shift"), r.shift.uid, QStringLiteral("x_report"), payload);
    tx.commit();
    return r;
}

TillReport TillReports::z(const Session& session, const QString& tillRef,
                          const Money& countedCash) {
    session.require(rights::TillSell);
    Database& db = session.db();
    const Till till = TillService::requireTill(db, tillRef);
    if (countedCash.isNegative())
        throw Error::invalid(QStringLiteral("counted"),
                             tr("The counted cash is what is in the drawer: 0 or more."));
    Transaction tx(db);
    TillReport r = compute(db, till, TillService::requireOpenShift(db, till));
    if (countedCash.currency() != r.cashFloat.currency())
        throw Error::invalid(QStringLiteral("counted"),
                             tr("Count the cash in %1.").arg(r.cashFloat.currency().code()));
    auto next = db.prepare("SELECT next_z FROM till WHERE id = ?1");
    next.bind(1, till.id);
    next.step();
    r.zNumber = next.int64(0);
    r.madeMs = session.clock().nowMs();
    r.countedCash = countedCash;
    r.difference = countedCash - r.expectedCash;
    db.prepare("UPDATE till SET next_z = next_z + 1 WHERE id = ?1").bind(1, till.id).run();
    db.prepare(
          "UPDATE till_shift SET closed_ms = ?2, closed_by = ?3, z_number = ?4, "
          "expected_cash_minor = ?5, counted_cash_minor = ?6 WHERE id = ?1")
        .bindAll(r.shift.id, r.madeMs, session.user().id, r.zNumber, r.expectedCash.minor(),
                 countedCash.minor())
        .run();
    r.shift.closedMs = r.madeMs;
    r.shift.zNumber = r.zNumber;
    QJsonObject payload = summary(r);
    payload.insert(QStringLiteral("event_code"), tillevent::ZReport);
    session.journal(QStringLiteral("till_shift"), r.shift.uid, QStringLiteral("z_report"), payload);
    tx.commit();
    return r;
}

TillReport TillReports::zAgain(Database& db, const QString& tillRef, std::int64_t zNumber) {
    const Till till = TillService::requireTill(db, tillRef);
    auto st = db.prepare(
        "SELECT id, uid, opened_ms, opened_by, float_minor, currency, closed_ms, "
        "expected_cash_minor, counted_cash_minor FROM till_shift "
        "WHERE till_id = ?1 AND z_number = ?2");
    st.bindAll(till.id, zNumber);
    if (!st.step())
        throw Error(ErrorCode::NotFound,
                    tr("Till %1 has no Z report %2.").arg(till.ref).arg(zNumber),
                    QStringLiteral("z_number"));
    const Currency c = Currency::fromCode(st.text(5));
    Shift shift;
    shift.id = st.int64(0);
    shift.uid = st.blob(1);
    shift.tillId = till.id;
    shift.openedMs = st.int64(2);
    shift.openedBy = st.int64(3);
    shift.cashFloat = Money(st.int64(4), c);
    shift.closedMs = st.int64(6);
    shift.zNumber = zNumber;
    TillReport r = compute(db, till, shift);
    r.zNumber = zNumber;
    r.madeMs = *shift.closedMs;
    r.countedCash = Money(st.int64(8), c);
    r.difference = *r.countedCash - r.expectedCash;
    return r;
}

}  // namespace skranke
