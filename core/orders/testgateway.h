#pragma once

#include "core/orders/paymentgateway.h"

#include <QString>
#include <cstdint>

namespace skranke {

class Database;

// The built-in gateway for trying out online orders without a card acquirer.
// It behaves like a remote gateway that keeps its own books: what it did per
// idempotency key is stored in table test_gateway_call, so a retried call is
// answered with the first answer and an operation is never done twice. Like a
// real gateway it refuses nonsense on a payment (a second capture, anything
// after a cancel, a cancel after a capture, a refund beyond what was captured
// or of a charge it does not know); it does not know the reservation, so it
// cannot refuse capturing more than was reserved.
//
// The transaction id's prefix simulates trouble, so that the retry paths can
// be tried by hand and in tests:
//   decline… — every call is declined ("card declined").
//   timeout… — the first call for each key does the operation but answers
//              Timeout (done, but the caller does not know); the retry
//              learns the stored answer.
//   lost…    — the first call for each key answers Timeout without doing
//              anything (the request never arrived); the retry does it.
// References are "test-charge-<n>", "test-refund-<n>" and "test-cancel-<n>",
// with n running over all calls of this database.
class TestGateway final : public PaymentGateway {
public:
    explicit TestGateway(Database& db);

    QString name() const override;
    GatewayResult call(const GatewayRequest& request) override;

    // What the gateway has done on a payment, for tests and the UI.
    static int doneCaptures(Database& db, const QString& transactionId);
    static std::int64_t refundedMinor(Database& db, const QString& transactionId);

private:
    struct Verdict {
        bool done = false;
        QString message;  // why it was refused
    };
    Verdict judge(const GatewayRequest& request) const;
    QString nextReference(GatewayRequest::Kind kind) const;

    Database& m_db;
};

}  // namespace skranke
