#include "core/till/tillservice.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/till/tillevents.h"
#include "core/time/clock.h"

namespace skranke {

namespace {

Till readTill(Statement& st) {
    return Till{st.int64(0), st.blob(1), st.text(2), st.text(3)};
}

Currency companyCurrency(Database& db) {
    return Currency::fromCode(CompanyService::rules(db).currency);
}

}  // namespace

Till TillService::createTill(const Session& session, const QString& ref, const QString& name) {
    session.require(rights::SettingsEdit);
    const QString r = ref.trimmed();
    if (r.isEmpty() || r.size() > 20)
        throw Error::invalid(QStringLiteral("ref"), tr("A till's ID has 1 to 20 characters."));
    if (name.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("name"), tr("The till's name is required."));
    Database& db = session.db();
    auto exists = db.prepare("SELECT 1 FROM till WHERE ref = ?1");
    exists.bind(1, r);
    if (exists.step())
        throw Error::invalid(QStringLiteral("ref"), tr("There is a till \"%1\" already.").arg(r));
    Transaction tx(db);
    const QByteArray uid = Uuid::v7(session.clock().nowMs());
    db.prepare("INSERT INTO till(uid, ref, name, created_ms) VALUES (?1, ?2, ?3, ?4)")
        .bindAll(uid, r, name.trimmed(), session.clock().nowMs())
        .run();
    const Till till{db.lastInsertId(), uid, r, name.trimmed()};
    session.journal(QStringLiteral("till"), uid, QStringLiteral("create"),
                    {{QStringLiteral("ref"), r}, {QStringLiteral("name"), till.name}});
    tx.commit();
    return till;
}

std::vector<Till> TillService::tills(Database& db) {
    auto st = db.prepare("SELECT id, uid, ref, name FROM till ORDER BY ref");
    std::vector<Till> out;
    while (st.step())
        out.push_back(readTill(st));
    return out;
}

Till TillService::requireTill(Database& db, const QString& ref) {
    auto st = db.prepare("SELECT id, uid, ref, name FROM till WHERE ref = ?1");
    st.bind(1, ref.trimmed());
    if (!st.step())
        throw Error::invalid(QStringLiteral("till"), tr("There is no till \"%1\".").arg(ref));
    return readTill(st);
}

std::optional<Shift> TillService::openShift(Database& db, std::int64_t tillId) {
    auto st = db.prepare(
        "SELECT id, uid, till_id, opened_ms, opened_by, float_minor, currency FROM till_shift "
        "WHERE till_id = ?1 AND closed_ms IS NULL");
    st.bind(1, tillId);
    if (!st.step())
        return std::nullopt;
    Shift s;
    s.id = st.int64(0);
    s.uid = st.blob(1);
    s.tillId = st.int64(2);
    s.openedMs = st.int64(3);
    s.openedBy = st.int64(4);
    s.cashFloat = Money(st.int64(5), Currency::fromCode(st.text(6)));
    return s;
}

Shift TillService::requireOpenShift(Database& db, const Till& till) {
    if (auto shift = openShift(db, till.id))
        return *shift;
    throw Error(ErrorCode::Conflict,
                tr("Till %1 has no open shift; open one with a counted float first.").arg(till.ref),
                QStringLiteral("till"));
}

Shift TillService::openShift(const Session& session, const QString& tillRef,
                             const Money& cashFloat) {
    session.require(rights::TillSell);
    Database& db = session.db();
    const Till till = requireTill(db, tillRef);
    if (cashFloat.isNegative() || cashFloat.currency() != companyCurrency(db))
        throw Error::invalid(QStringLiteral("float"),
                             tr("The float is the cash counted in the drawer: 0 or more."));
    if (openShift(db, till.id))
        throw Error(
            ErrorCode::Conflict,
            tr("Till %1 has an open shift already; close it with a Z report first.").arg(till.ref),
            QStringLiteral("till"));
    Transaction tx(db);
    const std::int64_t now = session.clock().nowMs();
    const QByteArray uid = Uuid::v7(now);
    db.prepare(
          "INSERT INTO till_shift(uid, till_id, currency, opened_ms, opened_by, float_minor) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bindAll(uid, till.id, cashFloat.currency().code(), now, session.user().id,
                 cashFloat.minor())
        .run();
    Shift s;
    s.id = db.lastInsertId();
    s.uid = uid;
    s.tillId = till.id;
    s.openedMs = now;
    s.openedBy = session.user().id;
    s.cashFloat = cashFloat;
    session.journal(QStringLiteral("till_shift"), uid, QStringLiteral("open"),
                    {{QStringLiteral("till"), till.ref},
                     {QStringLiteral("float"), cashFloat.toDecimalString()},
                     {QStringLiteral("event_code"), tillevent::Other}});
    tx.commit();
    return s;
}

void TillService::moveCash(const Session& session, const QString& tillRef, const Money& amount,
                           const QString& reason) {
    session.require(rights::TillSell);
    Database& db = session.db();
    const Till till = requireTill(db, tillRef);
    if (amount.isZero() || amount.currency() != companyCurrency(db))
        throw Error::invalid(QStringLiteral("amount"), tr("Enter the amount moved."));
    if (reason.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("reason"), tr("Say why the cash is moved."));
    Transaction tx(db);  // the shift checked inside it, so a Z cannot close it in between
    const Shift shift = requireOpenShift(db, till);
    const std::int64_t now = session.clock().nowMs();
    const QByteArray uid = Uuid::v7(now);
    db.prepare(
          "INSERT INTO cash_movement(uid, shift_id, amount_minor, reason, created_ms, user_id) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bindAll(uid, shift.id, amount.minor(), reason.trimmed(), now, session.user().id)
        .run();
    session.journal(QStringLiteral("cash_movement"), uid,
                    amount.isPositive() ? QStringLiteral("in") : QStringLiteral("out"),
                    {{QStringLiteral("till"), till.ref},
                     {QStringLiteral("amount"), amount.toDecimalString()},
                     {QStringLiteral("reason"), reason.trimmed()},
                     {QStringLiteral("event_code"),
                      amount.isPositive() ? tillevent::Other : tillevent::CashWithdrawal}});
    tx.commit();
}

void TillService::voidLine(const Session& session, const QString& tillRef,
                           const SaleLineInput& line) {
    session.require(rights::TillSell);
    const Till till = requireTill(session.db(), tillRef);
    Transaction tx(session.db());
    session.journal(QStringLiteral("till"), till.uid, QStringLiteral("void_line"),
                    {{QStringLiteral("till"), till.ref},
                     {QStringLiteral("product"), qint64(line.productId)},
                     {QStringLiteral("text"), line.text},
                     {QStringLiteral("quantity_milli"), qint64(line.quantityMilli)},
                     {QStringLiteral("price"), line.unitPrice.toDecimalString()},
                     {QStringLiteral("event_code"), tillevent::Other}});
    tx.commit();
}

void TillService::openDrawer(const Session& session, const QString& tillRef,
                             const QString& reason) {
    session.require(rights::TillSell);
    if (reason.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("reason"),
                             tr("Say why the drawer is opened without a sale."));
    Database& db = session.db();
    const Till till = requireTill(db, tillRef);
    Transaction tx(db);
    requireOpenShift(db, till);
    session.journal(QStringLiteral("till"), till.uid, QStringLiteral("open_drawer"),
                    {{QStringLiteral("till"), till.ref},
                     {QStringLiteral("reason"), reason.trimmed()},
                     {QStringLiteral("event_code"), tillevent::OpenDrawer}});
    tx.commit();
}

}  // namespace skranke
