#include "core/accounting/transferqueue.h"

#include "core/accounting/voucherstore.h"
#include "core/journal/journal.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <optional>

namespace skranke {

namespace {

// Renewed before every voucher, and longer than one voucher can take: the
// longest timeout the settings allow (60 s) and the writes around the call.
// Were a send to outlast it all the same, the next worker sends the same key
// and the target answers "duplicate", so nothing is booked twice.
constexpr std::int64_t leaseMs = 90'000;

QString newOwner() {
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex());
}

bool takeLease(Database& db, std::int64_t nowMs, const QString& owner) {
    Transaction tx(db);
    db.prepare(
          "UPDATE accounting_worker SET owner = ?1, until_ms = ?2 "
          "WHERE id = 1 AND (until_ms < ?3 OR owner = ?1)")
        .bindAll(owner, nowMs + leaseMs, nowMs)
        .run();
    const bool taken = db.changes() == 1;
    tx.commit();
    return taken;
}

// Inside the caller's transaction; false when another worker took over.
bool renewLease(Database& db, std::int64_t nowMs, const QString& owner) {
    db.prepare("UPDATE accounting_worker SET until_ms = ?1 WHERE id = 1 AND owner = ?2")
        .bindAll(nowMs + leaseMs, owner)
        .run();
    return db.changes() == 1;
}

// Gives the lease back however run() ends, so the next run need not wait
// for it to expire.
class LeaseRelease final {
public:
    LeaseRelease(Database& db, QString owner) : m_db(db), m_owner(std::move(owner)) {}
    ~LeaseRelease() {
        try {
            Transaction tx(m_db);
            m_db.prepare(
                    "UPDATE accounting_worker SET owner = '', until_ms = 0 "
                    "WHERE id = 1 AND owner = ?1")
                .bind(1, m_owner)
                .run();
            tx.commit();
        } catch (...) {
            // The lease then simply expires.
        }
    }
    LeaseRelease(const LeaseRelease&) = delete;
    LeaseRelease& operator=(const LeaseRelease&) = delete;

private:
    Database& m_db;
    QString m_owner;
};

struct Blocker {
    std::int64_t number = 0;
    QString reason;
};

// The lowest voucher that failed because the target could not take it: the
// ones after it wait, so that the accounting program receives the vouchers
// in number order.
std::optional<Blocker> blocker(Database& db) {
    auto st = db.prepare(
        "SELECT number, fail_reason FROM voucher WHERE state = 'failed' "
        "AND fail_kind IN ('unreachable', 'quota') ORDER BY number LIMIT 1");
    if (!st.step())
        return std::nullopt;
    return Blocker{st.int64(0), st.text(1)};
}

JournalActor worker(Database& db) {
    return {QByteArray(), QStringLiteral("system"), Settings::deviceUid(db)};
}

void journal(Database& db, std::int64_t nowMs, const Voucher& v, const QString& action,
             QJsonObject payload) {
    payload.insert(QStringLiteral("number"), qint64(v.number));
    Journal::append(db, nowMs, worker(db), QStringLiteral("voucher"), v.uid, action, payload);
}

bool targetLevel(FailKind kind) {
    return kind == FailKind::Unreachable || kind == FailKind::Quota;
}

}  // namespace

namespace {

// Writes what the target answered for v, inside the caller's transaction.
void record(Database& db, std::int64_t now, const Voucher& v, const QString& targetName,
            const TransferResult& result, TransferRun& run) {
    if (result.transferred) {
        VoucherStore::markTransferred(db, v.id, now, targetName, result.reference);
        journal(db, now, v, QStringLiteral("transfer.done"),
                {{QStringLiteral("target"), targetName},
                 {QStringLiteral("reference"), result.reference}});
        ++run.transferred;
        return;
    }
    VoucherStore::markFailed(db, v.id, now, result.failKind, result.message);
    journal(db, now, v, QStringLiteral("transfer.failed"),
            {{QStringLiteral("target"), targetName},
             {QStringLiteral("kind"), VoucherTexts::failKindKey(result.failKind)},
             {QStringLiteral("reason"), result.message}});
    ++run.failed;
}

TransferResult sendTo(TransferTarget& target, const Voucher& v) {
    TransferResult result;
    try {
        result = target.send(v, v.uidText());
    } catch (const Error& e) {
        result = TransferResult::failed(FailKind::Unreachable, e.message());
    } catch (const std::exception& e) {
        result = TransferResult::failed(FailKind::Unreachable, QString::fromUtf8(e.what()));
    }
    if (!result.transferred && result.failKind == FailKind::None)
        result.failKind = FailKind::Rejected;
    if (!result.transferred && result.message.trimmed().isEmpty())
        result.message = VoucherTexts::failKindLabel(result.failKind);
    return result;
}

}  // namespace

TransferRun TransferQueue::run(Database& db, const Clock& clock, TransferTarget& target,
                               int maxVouchers, const std::atomic<bool>* stop) {
    TransferRun run;
    const QString owner = newOwner();
    if (!takeLease(db, clock.nowMs(), owner)) {
        run.busy = true;
        run.stopReason =
            tr("Another transfer to the accounting program is running; the "
               "vouchers are sent when it is done.");
        return run;
    }
    const LeaseRelease release(db, owner);
    const QString targetName = target.name();

    // The answer for one voucher and the attempt on the next share a
    // transaction: each attempt is still written before its call and each
    // answer before the next call, with one commit (one fsync) per voucher.
    std::optional<Voucher> sent;  // sent, its answer not yet written
    TransferResult answer;
    for (int count = 0;; ++count) {
        std::optional<Voucher> v;
        {
            Transaction tx(db);
            const std::int64_t now = clock.nowMs();
            if (sent) {
                record(db, now, *sent, targetName, answer, run);
                if (!answer.transferred && targetLevel(answer.failKind)) {
                    run.stopped = true;
                    run.stopReason = tr("Voucher %1 could not be sent (%2); the vouchers after "
                                        "it wait until it is restarted.")
                                         .arg(sent->number)
                                         .arg(answer.message);
                    tx.commit();
                    break;
                }
            }
            if (count >= maxVouchers || (stop && stop->load())) {
                tx.commit();
                break;
            }
            if (!renewLease(db, now, owner)) {
                run.busy = true;
                run.stopReason = tr("Another worker took over the transfer.");
                tx.commit();
                break;
            }
            v = VoucherStore::nextQueued(db);
            if (!v) {
                tx.commit();
                break;
            }
            if (const std::optional<Blocker> b = blocker(db); b && b->number < v->number) {
                run.stopped = true;
                run.stopReason = tr("Voucher %1 could not be sent (%2); the vouchers after it "
                                    "wait until it is restarted.")
                                     .arg(b->number)
                                     .arg(b->reason);
                tx.commit();
                break;
            }
            if (!v->fullyMapped()) {
                // Queuing should have refused it; the program would too.
                sent = v;
                answer = TransferResult::failed(FailKind::Mapping, tr("a line has no account"));
                tx.commit();
                continue;
            }
            VoucherStore::countAttempt(db, v->id);
            journal(db, now, *v, QStringLiteral("transfer.attempt"),
                    {{QStringLiteral("target"), targetName},
                     {QStringLiteral("attempt"), v->attempts + 1}});
            tx.commit();
        }
        // No transaction is held while the target works: a slow program
        // must not lock the till out of the file.
        answer = sendTo(target, *v);
        sent = std::move(v);
    }
    return run;
}

}  // namespace skranke
