#include "core/orders/testgateway.h"

#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"

#include <QDateTime>
#include <optional>

namespace skranke {

namespace {

using Kind = GatewayRequest::Kind;
using Outcome = GatewayResult::Outcome;

// The stored rows' outcome column: what the gateway did, or "lost" for a
// key whose first call was dropped on the way (nothing was done).
const QString done = QStringLiteral("done");
const QString declined = QStringLiteral("declined");
const QString lost = QStringLiteral("lost");

struct Stored {
    QString kind;
    QString transactionId;
    std::int64_t amountMinor = 0;
    QString outcome;
    QString reference;
    QString message;
    bool answered = true;
};

std::optional<Stored> stored(Database& db, const QString& key) {
    auto st = db.prepare(
        "SELECT kind, transaction_id, amount_minor, outcome, reference, message, answered "
        "FROM test_gateway_call WHERE idempotency_key = ?1");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return Stored{st.text(0), st.text(1), st.int64(2),     st.text(3),
                  st.text(4), st.text(5), st.int64(6) != 0};
}

int doneCount(Database& db, const QString& transactionId, const QString& kind) {
    auto st = db.prepare(
        "SELECT count(*) FROM test_gateway_call "
        "WHERE transaction_id = ?1 AND kind = ?2 AND outcome = 'done'");
    st.bindAll(transactionId, kind);
    st.step();
    return int(st.int64(0));
}

QString newRequestId() {
    return Uuid::toText(Uuid::v7(QDateTime::currentMSecsSinceEpoch()));
}

}  // namespace

TestGateway::TestGateway(Database& db) : m_db(db) {
}

QString TestGateway::name() const {
    return QStringLiteral("test");
}

GatewayResult TestGateway::call(const GatewayRequest& request) {
    GatewayResult result;
    result.requestId = newRequestId();
    const QString kind = GatewayRequest::kindKey(request.kind);
    const QString& txId = request.transactionId;
    if (request.idempotencyKey.isEmpty()) {
        result.outcome = Outcome::Declined;
        result.message = QStringLiteral("an idempotency key is required");
        return result;
    }

    Transaction tx(m_db);
    const std::optional<Stored> before = stored(m_db, request.idempotencyKey);
    if (before && before->outcome != lost) {
        // A real gateway refuses a key that comes back with another request
        // rather than answering for an operation the caller did not mean.
        if (before->kind != kind || before->transactionId != txId ||
            before->amountMinor != request.amount.minor()) {
            result.outcome = Outcome::Declined;
            result.message = QStringLiteral("the idempotency key was used for another request");
            return result;
        }
        if (!before->answered) {
            m_db.prepare("UPDATE test_gateway_call SET answered = 1 WHERE idempotency_key = ?1")
                .bind(1, request.idempotencyKey)
                .run();
        }
        tx.commit();
        result.outcome = before->outcome == done ? Outcome::Done : Outcome::Declined;
        result.reference = before->reference;
        result.message = before->message;
        return result;
    }

    if (txId.startsWith(QLatin1String("lost")) && !before) {
        // Only a marker that the first call went missing, so that the retry
        // gets through; nothing was done and nothing counts.
        m_db.prepare(
                "INSERT INTO test_gateway_call(idempotency_key, kind, transaction_id, "
                "amount_minor, outcome, reference, answered) VALUES (?1, ?2, ?3, ?4, ?5, '', 0)")
            .bindAll(request.idempotencyKey, kind, txId, request.amount.minor(), lost)
            .run();
        tx.commit();
        result.outcome = Outcome::Timeout;
        result.message = QStringLiteral("no answer from the test gateway (simulated lost request)");
        return result;
    }

    const Verdict verdict = txId.startsWith(QLatin1String("decline"))
                                ? Verdict{false, QStringLiteral("card declined")}
                                : judge(request);
    const QString reference = verdict.done ? nextReference(request.kind) : QString();
    const bool answered = !txId.startsWith(QLatin1String("timeout"));
    m_db.prepare(
            "INSERT OR REPLACE INTO test_gateway_call(idempotency_key, kind, transaction_id, "
            "amount_minor, outcome, reference, message, answered) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .bindAll(request.idempotencyKey, kind, txId, request.amount.minor(),
                 verdict.done ? done : declined, reference, verdict.message, answered)
        .run();
    tx.commit();

    if (!answered) {
        result.outcome = Outcome::Timeout;
        result.message = QStringLiteral("no answer from the test gateway (simulated timeout)");
        return result;
    }
    result.outcome = verdict.done ? Outcome::Done : Outcome::Declined;
    result.reference = reference;
    result.message = verdict.message;
    return result;
}

TestGateway::Verdict TestGateway::judge(const GatewayRequest& request) const {
    const QString& txId = request.transactionId;
    const std::int64_t amount = request.amount.minor();
    const bool cancelled = doneCount(m_db, txId, QStringLiteral("cancel")) > 0;
    const bool captured = doneCount(m_db, txId, QStringLiteral("capture")) > 0;
    switch (request.kind) {
        case Kind::Capture:
            if (amount <= 0)
                return {false, QStringLiteral("the amount must be positive")};
            if (cancelled)
                return {false, QStringLiteral("the payment is cancelled")};
            if (captured)
                return {false, QStringLiteral("the payment is already captured")};
            return {true, {}};
        case Kind::Cancel:
            if (amount < 0)
                return {false, QStringLiteral("the amount must not be negative")};
            if (cancelled)
                return {false, QStringLiteral("the payment is already cancelled")};
            if (captured)
                return {false, QStringLiteral("the payment is captured; refund it instead")};
            return {true, {}};
        case Kind::Refund: {
            if (amount <= 0)
                return {false, QStringLiteral("the amount must be positive")};
            auto st = m_db.prepare(
                "SELECT reference, amount_minor FROM test_gateway_call "
                "WHERE transaction_id = ?1 AND kind = 'capture' AND outcome = 'done'");
            st.bind(1, txId);
            if (!st.step())
                return {false, QStringLiteral("nothing is captured on this payment")};
            const QString chargeRef = st.text(0);
            const std::int64_t capturedMinor = st.int64(1);
            if (request.captureRef != chargeRef)
                return {false, QStringLiteral("unknown charge \"%1\"").arg(request.captureRef)};
            // refunded <= captured always holds, so the difference cannot overflow.
            const std::int64_t refunded = refundedMinor(m_db, txId);
            if (amount > capturedMinor - refunded)
                return {false, QStringLiteral("the refund exceeds the captured amount "
                                              "(%1 captured, %2 already refunded, minor units)")
                                   .arg(capturedMinor)
                                   .arg(refunded)};
            return {true, {}};
        }
    }
    return {false, QStringLiteral("unknown operation")};
}

QString TestGateway::nextReference(Kind kind) const {
    auto st = m_db.prepare("SELECT count(*) FROM test_gateway_call WHERE reference <> ''");
    st.step();
    const std::int64_t n = st.int64(0) + 1;
    const char* what = kind == Kind::Capture  ? "charge"
                       : kind == Kind::Refund ? "refund"
                                              : "cancel";
    return QStringLiteral("test-%1-%2").arg(QLatin1String(what)).arg(n);
}

int TestGateway::doneCaptures(Database& db, const QString& transactionId) {
    return doneCount(db, transactionId, QStringLiteral("capture"));
}

std::int64_t TestGateway::refundedMinor(Database& db, const QString& transactionId) {
    auto st = db.prepare(
        "SELECT coalesce(sum(amount_minor), 0) FROM test_gateway_call "
        "WHERE transaction_id = ?1 AND kind = 'refund' AND outcome = 'done'");
    st.bind(1, transactionId);
    st.step();
    return st.int64(0);
}

}  // namespace skranke
