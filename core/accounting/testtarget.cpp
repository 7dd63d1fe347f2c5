#include "core/accounting/testtarget.h"

#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"

namespace skranke {

TestTarget::TestTarget(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {
}

QString TestTarget::name() const {
    return QStringLiteral("test");
}

QString TestTarget::reference(std::int64_t entryNo) {
    return QStringLiteral("TEST-%1").arg(entryNo);
}

TransferResult TestTarget::send(const Voucher& voucher, const QString& idempotencyKey) {
    if (idempotencyKey.isEmpty())
        return TransferResult::failed(FailKind::Rejected,
                                      tr("the test accounting program needs an idempotency key"));
    Transaction tx(m_db);
    if (const std::optional<Entry> before = entry(m_db, idempotencyKey)) {
        // A key that comes back with another voucher is a mistake on the
        // sender's side; answering for the first voucher would hide it.
        if (before->voucherNumber != voucher.number ||
            before->amountMinor != voucher.amount.minor())
            return TransferResult::failed(
                FailKind::Rejected, tr("the test accounting program booked key %1 as voucher %2 "
                                       "already; voucher %3 came with the same key")
                                        .arg(idempotencyKey)
                                        .arg(before->voucherNumber)
                                        .arg(voucher.number));
        return TransferResult::ok(reference(before->entryNo));
    }
    if (!voucher.balanced())
        return TransferResult::failed(
            FailKind::Rejected,
            tr("the test accounting program refused voucher %1: its lines do not balance")
                .arg(voucher.number));
    for (const VoucherLine& line : voucher.lines)
        if (line.account.isEmpty())
            return TransferResult::failed(FailKind::Rejected,
                                          tr("the test accounting program refused voucher %1: a "
                                             "line has no account")
                                              .arg(voucher.number));

    auto next = m_db.prepare("SELECT coalesce(max(entry_no), 0) + 1 FROM test_accounting_entry");
    next.step();
    const std::int64_t entryNo = next.int64(0);
    m_db.prepare(
            "INSERT INTO test_accounting_entry(idempotency_key, entry_no, voucher_number, "
            "amount_minor, received_ms) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bindAll(idempotencyKey, entryNo, voucher.number, voucher.amount.minor(), m_clock.nowMs())
        .run();
    tx.commit();
    return TransferResult::ok(reference(entryNo));
}

int TestTarget::entryCount(Database& db) {
    auto st = db.prepare("SELECT count(*) FROM test_accounting_entry");
    st.step();
    return int(st.int64(0));
}

std::optional<TestTarget::Entry> TestTarget::entry(Database& db, const QString& idempotencyKey) {
    auto st = db.prepare(
        "SELECT entry_no, idempotency_key, voucher_number, amount_minor, received_ms "
        "FROM test_accounting_entry WHERE idempotency_key = ?1");
    st.bind(1, idempotencyKey);
    if (!st.step())
        return std::nullopt;
    return Entry{st.int64(0), st.text(1), st.int64(2), st.int64(3), st.int64(4)};
}

}  // namespace skranke
