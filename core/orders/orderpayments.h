#pragma once

#include "core/orders/order.h"
#include "core/orders/paymentgateway.h"
#include "core/orders/paymentmachine.h"

#include <QCoreApplication>
#include <optional>

namespace skranke {

class Database;
class Session;

// Takes, releases and pays back an order's card payment through its
// gateway, so that a payment is never taken twice:
//   1. the operation is written as pending, with a new idempotency key, and
//      the request is journaled — then committed, before the call;
//   2. the gateway is called outside any transaction;
//   3. the answer is journaled and, when the gateway did it, the order's
//      payment moves (PaymentMachine) in one transaction.
// An unanswered call stays pending. Before anything else is done to the
// order, the pending call is sent again with the same key: the gateway then
// answers what it did the first time instead of doing it again.
//
// Each call returns the order afterwards. A decline or a missing answer is
// committed (it is a fact) and then thrown as Error(Conflict) for the user.
class OrderPayments final {
    Q_DECLARE_TR_FUNCTIONS(skranke::OrderPayments)
public:
    // Captures `amount` (all of the reservation when empty) and releases
    // the rest. A capture earlier than CapturePolicy allows throws
    // Error(Conflict, field "confirm_early") unless confirmEarly is set;
    // then the reason and the user are recorded with the capture.
    static Order capture(const Session& session, std::int64_t orderId, std::optional<Money> amount,
                         bool confirmEarly);
    static Order cancel(const Session& session, std::int64_t orderId);
    static Order refund(const Session& session, std::int64_t orderId, const Money& amount);
    // Sends the order's pending call again; without one, returns the order.
    static Order retryPending(const Session& session, std::int64_t orderId);

    // For a call the gateway never answers (it was handled in the gateway's
    // own portal, say): a manager who checked there records what happened —
    // done (with the gateway's reference) or not done — and why. Needs
    // orders.refund; the reason is required.
    static Order resolvePending(const Session& session, std::int64_t orderId, bool done,
                                const QString& reference, const QString& reason);

    // What may be refunded now: captured less refunded, less the value the
    // order put on value cards that was not voided — the holder may spend
    // that (or already did), so it is not paid back as well.
    static Money refundableNow(Database& db, const Order& order);
    // Takes what is left on the order's value cards off them (entries of
    // kind "return"), so that it can be refunded. Needs orders.refund.
    static Order voidValueCards(const Session& session, std::int64_t orderId);

private:
    // Sends a pending call again. `answered`: it was of the kind and amount
    // wanted, so its answer is the answer to this request too.
    static Order settlePending(const Session& session, std::int64_t orderId,
                               GatewayRequest::Kind wanted, std::optional<Money> amount,
                               bool& answered);
    // Everything a request must meet before it is sent; run again under the
    // write lock before the pending call is written.
    static void checkRequest(Database& db, const Order& order, GatewayRequest::Kind kind,
                             const Money& amount);
    static Order start(const Session& session, const Order& order, GatewayRequest::Kind kind,
                       const Money& amount, const QString& earlyReason);
    static Order attempt(const Session& session, std::int64_t orderId, std::int64_t operationId);
    static void finish(const Session& session, Order& order, const PaymentOperation& op,
                       const GatewayResult& result);
    static void issueValueCards(const Session& session, const Order& order);
    // The payment after the gateway did it: as the state machine says, or,
    // when it would refuse, as the gateway did it (journaled as a mismatch).
    static PaymentPosition recorded(const Session& session, const Order& order,
                                    GatewayRequest::Kind kind, const Money& amount);
};

}  // namespace skranke
