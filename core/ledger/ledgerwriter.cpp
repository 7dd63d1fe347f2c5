#include "core/ledger/ledgerwriter.h"

#include "core/auth/session.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"
#include "core/time/dates.h"

#include <QCoreApplication>

namespace skranke {

Posting LedgerWriter::add(const Session& session, Posting p) {
    Database& db = session.db();
    p.uid = Uuid::v7(session.clock().nowMs());
    if (!p.dueDate.isValid())
        p.dueDate = p.date;
    auto st = db.prepare(
        "INSERT INTO posting(uid, debtor_id, kind, posting_date, due_date, amount_minor, currency, "
        "invoice_id, doc_number, payment_type, reference, text, created_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    st.bindAll(p.uid, p.debtorId, postingKindKey(p.kind), Dates::iso(p.date), Dates::iso(p.dueDate),
               p.amount.minor(), p.amount.currency().code());
    if (p.invoiceId > 0)
        st.bind(8, p.invoiceId);
    else
        st.bindNull(8);
    if (p.docNumber > 0)
        st.bind(9, p.docNumber);
    else
        st.bindNull(9);
    st.bind(10, p.paymentType).bind(11, p.reference).bind(12, p.text);
    st.bind(13, session.clock().nowMs()).run();
    p.id = db.lastInsertId();
    p.open = p.amount;
    db.prepare(
          "INSERT INTO posting_open(posting_id, debtor_id, due_date, open_minor) "
          "VALUES (?1, ?2, ?3, ?4)")
        .bindAll(p.id, p.debtorId, Dates::iso(p.dueDate), p.amount.minor())
        .run();
    const bool debit = p.amount.isPositive();
    db.prepare(debit ? "UPDATE debtor_balance SET outstanding_minor = outstanding_minor + ?1 "
                       "WHERE debtor_id = ?2"
                     : "UPDATE debtor_balance SET prepayment_minor = prepayment_minor + ?1 "
                       "WHERE debtor_id = ?2")
        .bindAll(debit ? p.amount.minor() : -p.amount.minor(), p.debtorId)
        .run();
    return p;
}

std::int64_t LedgerWriter::openMinor(const Session& session, std::int64_t postingId) {
    auto st = session.db().prepare("SELECT open_minor FROM posting_open WHERE posting_id = ?1");
    st.bind(1, postingId);
    if (!st.step())
        throw Error(ErrorCode::NotFound, QStringLiteral("no posting %1").arg(postingId));
    return st.int64(0);
}

void LedgerWriter::settle(const Session& session, std::int64_t debitId, std::int64_t creditId,
                          std::int64_t minor, const QDate& date) {
    Database& db = session.db();
    auto owner = db.prepare(
        "SELECT d.debtor_id, c.debtor_id, d.open_minor, c.open_minor FROM posting_open d, "
        "posting_open c WHERE d.posting_id = ?1 AND c.posting_id = ?2");
    owner.bindAll(debitId, creditId);
    if (!owner.step())
        throw Error(ErrorCode::NotFound, QStringLiteral("no such postings"));
    const std::int64_t debtor = owner.int64(0);
    // Never more than either side has open; a debit is open > 0, a credit < 0.
    if (minor <= 0 || owner.int64(0) != owner.int64(1) || owner.int64(2) < minor ||
        -owner.int64(3) < minor)
        throw Error(ErrorCode::Conflict,
                    QCoreApplication::translate("skranke::Settlement",
                                                "Cannot settle %1: more than is open.")
                        .arg(minor));
    db.prepare(
          "INSERT INTO settlement(uid, debtor_id, debit_posting_id, credit_posting_id, "
          "amount_minor, settled_date, created_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bindAll(Uuid::v7(session.clock().nowMs()), debtor, debitId, creditId, minor,
                 Dates::iso(date), session.clock().nowMs())
        .run();
    db.prepare("UPDATE posting_open SET open_minor = open_minor - ?1 WHERE posting_id = ?2")
        .bindAll(minor, debitId)
        .run();
    db.prepare("UPDATE posting_open SET open_minor = open_minor + ?1 WHERE posting_id = ?2")
        .bindAll(minor, creditId)
        .run();
    db.prepare(
          "UPDATE debtor_balance SET outstanding_minor = outstanding_minor - ?1, "
          "prepayment_minor = prepayment_minor - ?1 WHERE debtor_id = ?2")
        .bindAll(minor, debtor)
        .run();
}

void LedgerWriter::unsettle(const Session& session, std::int64_t settlementId) {
    Database& db = session.db();
    auto st = db.prepare(
        "SELECT debtor_id, debit_posting_id, credit_posting_id, amount_minor "
        "FROM settlement WHERE id = ?1 AND undone_ms IS NULL");
    st.bind(1, settlementId);
    if (!st.step())
        throw Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("skranke::Settlement", "There is no settlement %1 to undo.")
                .arg(settlementId),
            QStringLiteral("settlement"));
    const std::int64_t debtor = st.int64(0), debit = st.int64(1), credit = st.int64(2),
                       minor = st.int64(3);
    db.prepare("UPDATE settlement SET undone_ms = ?1 WHERE id = ?2")
        .bindAll(session.clock().nowMs(), settlementId)
        .run();
    db.prepare("UPDATE posting_open SET open_minor = open_minor + ?1 WHERE posting_id = ?2")
        .bindAll(minor, debit)
        .run();
    db.prepare("UPDATE posting_open SET open_minor = open_minor - ?1 WHERE posting_id = ?2")
        .bindAll(minor, credit)
        .run();
    db.prepare(
          "UPDATE debtor_balance SET outstanding_minor = outstanding_minor + ?1, "
          "prepayment_minor = prepayment_minor + ?1 WHERE debtor_id = ?2")
        .bindAll(minor, debtor)
        .run();
}

}  // namespace skranke
