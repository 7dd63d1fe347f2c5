#include "core/orders/orderpayments.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/orders/capturepolicy.h"
#include "core/orders/gateways.h"
#include "core/orders/orderstore.h"
#include "core/orders/paymentmachine.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/till/valuecards.h"
#include "core/time/clock.h"
#include "core/time/dates.h"

#include <QJsonObject>
#include <algorithm>

namespace skranke {

namespace {

using Kind = GatewayRequest::Kind;

PaymentMachine::Action actionOf(Kind kind) {
    switch (kind) {
        case Kind::Capture:
            return PaymentMachine::Action::Capture;
        case Kind::Cancel:
            return PaymentMachine::Action::Cancel;
        case Kind::Refund:
            return PaymentMachine::Action::Refund;
    }
    return PaymentMachine::Action::Capture;
}

// An order paid another way (bank transfer, invoice) has nothing at a gateway.
void requireGateway(const Order& order, Kind kind) {
    if (order.gateway.isEmpty())
        throw Error(ErrorCode::Conflict,
                    OrderPayments::tr("Order %1 was not paid by card, so there is nothing to %2 "
                                      "at a gateway. Mark it paid when the money has arrived.")
                        .arg(order.externalId, PaymentMachine::actionLabel(actionOf(kind))));
}

PaymentPosition positionOf(const Order& order) {
    return {order.paymentState, order.reserved, order.captured, order.refunded};
}

QString outcomeKey(GatewayResult::Outcome outcome) {
    switch (outcome) {
        case GatewayResult::Outcome::Done:
            return QStringLiteral("done");
        case GatewayResult::Outcome::Declined:
            return QStringLiteral("declined");
        case GatewayResult::Outcome::Timeout:
            return QStringLiteral("timeout");
    }
    return {};
}

PaymentOperation requireOperation(Database& db, std::int64_t orderId, std::int64_t opId) {
    for (const PaymentOperation& op : OrderStore::operations(db, orderId))
        if (op.id == opId)
            return op;
    throw Error(ErrorCode::NotFound, QStringLiteral("payment operation %1").arg(opId));
}

}  // namespace

Order OrderPayments::capture(const Session& session, std::int64_t orderId,
                             std::optional<Money> amount, bool confirmEarly) {
    session.require(rights::OrdersCapture);
    bool answered = false;
    Order order = settlePending(session, orderId, Kind::Capture, amount, answered);
    if (answered)
        return order;
    const Money wanted = amount.value_or(order.reserved);
    checkRequest(session.db(), order, Kind::Capture, wanted);
    const QDate today =
        Dates::localDate(session.clock().nowMs(), CompanyService::require(session.db()).timeZone);
    const QString early = CapturePolicy::earlyReason(session.db(), order, today);
    if (!early.isEmpty() && !confirmEarly)
        throw Error(ErrorCode::Conflict, early, QStringLiteral("confirm_early"));
    return start(session, order, Kind::Capture, wanted, early);
}

Order OrderPayments::cancel(const Session& session, std::int64_t orderId) {
    session.require(rights::OrdersCapture);
    bool answered = false;
    Order order = settlePending(session, orderId, Kind::Cancel, std::nullopt, answered);
    if (answered)
        return order;
    checkRequest(session.db(), order, Kind::Cancel, order.reserved);
    return start(session, order, Kind::Cancel, order.reserved, {});
}

Order OrderPayments::refund(const Session& session, std::int64_t orderId, const Money& amount) {
    session.require(rights::OrdersRefund);
    bool answered = false;
    Order order = settlePending(session, orderId, Kind::Refund, amount, answered);
    if (answered)
        return order;
    checkRequest(session.db(), order, Kind::Refund, amount);
    return start(session, order, Kind::Refund, amount, {});
}

Order OrderPayments::retryPending(const Session& session, std::int64_t orderId) {
    const Order order = OrderStore::require(session.db(), orderId);
    const auto pending = OrderStore::pending(session.db(), orderId);
    if (!pending)
        return order;
    session.require(GatewayRequest::kindFromKey(pending->kind) == Kind::Refund
                        ? rights::OrdersRefund
                        : rights::OrdersCapture);
    return attempt(session, orderId, pending->id);
}

Order OrderPayments::resolvePending(const Session& session, std::int64_t orderId, bool done,
                                    const QString& reference, const QString& reason) {
    session.require(rights::OrdersRefund);
    if (reason.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("reason"),
                             tr("Say how you know what the gateway did, e.g. \"checked in the "
                                "Nets portal\"."));
    Order order = OrderStore::require(session.db(), orderId);
    const auto pending = OrderStore::pending(session.db(), orderId);
    if (!pending)
        throw Error(
            ErrorCode::Conflict,
            tr("Order %1 has no gateway call waiting for an answer.").arg(order.externalId));
    GatewayResult result;
    result.outcome = done ? GatewayResult::Outcome::Done : GatewayResult::Outcome::Declined;
    result.reference = reference.trimmed();
    result.requestId = QStringLiteral("by-hand");
    result.message =
        tr("Resolved by hand by %1: %2").arg(session.user().displayName, reason.trimmed());
    finish(session, order, *pending, result);
    return OrderStore::require(session.db(), orderId);
}

Money OrderPayments::refundableNow(Database& db, const Order& order) {
    // Issued (kind "order") counts positive; voided (kind "return", not
    // from a receipt) counts negative on the card.
    auto st = db.prepare(
        "SELECT coalesce(sum(CASE e.kind WHEN 'order' THEN e.amount_minor "
        "WHEN 'return' THEN e.amount_minor ELSE 0 END), 0) FROM web_order_value_card v "
        "JOIN value_card_entry e ON e.card_id = v.card_id AND e.receipt_id IS NULL "
        "WHERE v.order_id = ?1");
    st.bind(1, order.id);
    st.step();
    const Money held(st.int64(0), order.currency);
    const Money left = PaymentMachine::refundable(positionOf(order)) - held;
    return left.isNegative() ? Money::zero(order.currency) : left;
}

Order OrderPayments::voidValueCards(const Session& session, std::int64_t orderId) {
    session.require(rights::OrdersRefund);
    Database& db = session.db();
    Transaction tx(db);
    const Order order = OrderStore::require(db, orderId);
    bool any = false;
    for (const IssuedValueCard& card : OrderStore::valueCards(db, orderId)) {
        if (!card.balance.isPositive())
            continue;
        ValueCards::take(session, card.number, card.balance, QStringLiteral("return"), 0, 0,
                         QStringLiteral("value_card"));
        session.journal(QStringLiteral("order"), order.uid, QStringLiteral("value_card.voided"),
                        {{QStringLiteral("number"), card.number},
                         {QStringLiteral("amount"), card.balance.toDecimalString()}});
        any = true;
    }
    if (!any)
        throw Error(ErrorCode::Conflict,
                    tr("Order %1 has no value card with money left on it.").arg(order.externalId));
    tx.commit();
    return OrderStore::require(db, orderId);
}

void OrderPayments::checkRequest(Database& db, const Order& order, Kind kind, const Money& amount) {
    requireGateway(order, kind);
    PaymentMachine::check(positionOf(order), actionOf(kind), amount);
    if (kind == Kind::Capture && order.invoiceId != 0)
        throw Error(ErrorCode::Conflict,
                    tr("Order %1 is invoiced (invoice %2): the customer pays the invoice, so the "
                       "card is not charged. Cancel the reservation instead.")
                        .arg(order.externalId)
                        .arg(order.invoiceNumber));
    if (kind == Kind::Refund && order.invoiceId != 0)
        throw Error(ErrorCode::Conflict,
                    tr("Order %1 is invoiced (invoice %2): what it paid stands on the debtor. "
                       "Credit the invoice and pay the credit back from the debtor instead.")
                        .arg(order.externalId)
                        .arg(order.invoiceNumber));
    // Which value cards a smaller capture would pay for cannot be told.
    if (kind == Kind::Capture && amount != order.reserved &&
        std::any_of(order.lines.begin(), order.lines.end(),
                    [](const OrderLine& l) { return l.kind == OrderLineKind::ValueCard; }))
        throw Error::invalid(QStringLiteral("amount"),
                             tr("Order %1 sells value cards: capture all of it, then refund what "
                                "was not delivered (void the cards first).")
                                 .arg(order.externalId));
    if (kind == Kind::Refund) {
        const Money now = refundableNow(db, order);
        if (amount > now)
            throw Error::invalid(QStringLiteral("amount"),
                                 tr("You can refund at most %1 now: the rest is on value cards "
                                    "the order issued. Void the cards first; what is left on "
                                    "them can then be refunded.")
                                     .arg(now.toDecimalString()));
    }
}

Order OrderPayments::settlePending(const Session& session, std::int64_t orderId, Kind wanted,
                                   std::optional<Money> amount, bool& answered) {
    const auto pending = OrderStore::pending(session.db(), orderId);
    if (!pending)
        return OrderStore::require(session.db(), orderId);
    // The user asking again for what got no answer gets that answer, not a
    // second operation. A capture without an amount asks for all of it.
    if (wanted == Kind::Capture && !amount)
        amount = OrderStore::require(session.db(), orderId).reserved;
    answered = GatewayRequest::kindFromKey(pending->kind) == wanted &&
               (!amount || *amount == pending->amount);
    session.require(GatewayRequest::kindFromKey(pending->kind) == Kind::Refund
                        ? rights::OrdersRefund
                        : rights::OrdersCapture);
    return attempt(session, orderId, pending->id);
}

Order OrderPayments::start(const Session& session, const Order& order, Kind kind,
                           const Money& amount, const QString& earlyReason) {
    Database& db = session.db();
    Gateways::make(db, order.gateway);  // a gateway that is not set up fails before any write
    std::int64_t opId = 0;
    {
        Transaction tx(db);
        // Checked again under the write lock: another till may have moved
        // this order's payment since it was read.
        if (OrderStore::pending(db, order.id))
            throw Error(ErrorCode::Conflict,
                        tr("Another call to the gateway for order %1 is under way. Try again "
                           "in a moment.")
                            .arg(order.externalId));
        checkRequest(db, OrderStore::require(db, order.id), kind, amount);
        const std::int64_t now = session.clock().nowMs();
        const QByteArray uid = Uuid::v7(now);
        db.prepare(
              "INSERT INTO payment_operation(uid, order_id, kind, amount_minor, "
              "idempotency_key, state, early_reason, created_ms, created_by) "
              "VALUES (?1, ?2, ?3, ?4, ?5, 'pending', ?6, ?7, ?8)")
            .bindAll(uid, order.id, GatewayRequest::kindKey(kind), amount.minor(),
                     Uuid::toText(uid), earlyReason, now, session.user().id)
            .run();
        opId = db.lastInsertId();
        if (!earlyReason.isEmpty())
            session.journal(QStringLiteral("order"), order.uid,
                            QStringLiteral("capture.early_confirmed"),
                            {{QStringLiteral("reason"), earlyReason}});
        tx.commit();
    }
    return attempt(session, order.id, opId);
}

Order OrderPayments::attempt(const Session& session, std::int64_t orderId,
                             std::int64_t operationId) {
    Database& db = session.db();
    Order order = OrderStore::require(db, orderId);
    const PaymentOperation op = requireOperation(db, orderId, operationId);
    auto gateway = Gateways::make(db, order.gateway);
    const Kind kind = GatewayRequest::kindFromKey(op.kind);
    const bool partial = (kind == Kind::Capture && op.amount != order.reserved) ||
                         (kind == Kind::Refund && op.amount != order.captured);
    const GatewayRequest request{kind,      order.transactionId, order.captureRef,
                                 op.amount, op.idempotencyKey,   partial};
    {
        Transaction tx(db);
        db.prepare("UPDATE payment_operation SET attempts = attempts + 1 WHERE id = ?1")
            .bind(1, op.id)
            .run();
        session.journal(QStringLiteral("order"), order.uid, QStringLiteral("gateway.request"),
                        {{QStringLiteral("gateway"), gateway->name()},
                         {QStringLiteral("kind"), op.kind},
                         {QStringLiteral("amount"), op.amount.toDecimalString()},
                         {QStringLiteral("idempotency_key"), op.idempotencyKey},
                         {QStringLiteral("attempt"), op.attempts + 1}});
        tx.commit();
    }
    const GatewayResult result = gateway->call(request);
    finish(session, order, op, result);
    const QString action = PaymentMachine::actionLabel(actionOf(request.kind));
    switch (result.outcome) {
        case GatewayResult::Outcome::Done:
            return OrderStore::require(db, orderId);
        case GatewayResult::Outcome::Declined:
            throw Error(ErrorCode::Conflict, tr("The gateway declined to %1 %2 on order %3: %4")
                                                 .arg(action, op.amount.toDecimalString(),
                                                      order.externalId, result.message));
        case GatewayResult::Outcome::Timeout:
            break;
    }
    throw Error(ErrorCode::Conflict,
                tr("The gateway did not answer whether it did %1 %2 on order %3 (%4). It is "
                   "kept as pending and asked again, with the same key, before anything else is "
                   "done to the order, so it is never done twice. Try again in a moment.")
                    .arg(action, op.amount.toDecimalString(), order.externalId, result.message));
}

void OrderPayments::finish(const Session& session, Order& order, const PaymentOperation& op,
                           const GatewayResult& result) {
    Database& db = session.db();
    const std::int64_t now = session.clock().nowMs();
    Transaction tx(db);
    session.journal(QStringLiteral("order"), order.uid, QStringLiteral("gateway.response"),
                    {{QStringLiteral("kind"), op.kind},
                     {QStringLiteral("request_id"), result.requestId},
                     {QStringLiteral("idempotency_key"), op.idempotencyKey},
                     {QStringLiteral("outcome"), outcomeKey(result.outcome)},
                     {QStringLiteral("reference"), result.reference},
                     {QStringLiteral("message"), result.message}});
    // Another till may have finished this call meanwhile: its answer stands.
    if (requireOperation(db, order.id, op.id).state != PaymentOperation::State::Pending) {
        tx.commit();
        return;
    }
    order = OrderStore::require(db, order.id);
    if (result.outcome == GatewayResult::Outcome::Timeout) {
        db.prepare("UPDATE payment_operation SET message = ?2 WHERE id = ?1")
            .bindAll(op.id, result.message)
            .run();
        tx.commit();
        return;
    }
    const bool done = result.outcome == GatewayResult::Outcome::Done;
    db.prepare(
          "UPDATE payment_operation SET state = ?2, gateway_ref = ?3, message = ?4, "
          "finished_ms = ?5 WHERE id = ?1")
        .bindAll(op.id, done ? QStringLiteral("done") : QStringLiteral("declined"),
                 result.reference, result.message, now)
        .run();
    // A decline changes nothing: the reservation is as it was, and staff may
    // try again or cancel it.
    if (done) {
        const Kind kind = GatewayRequest::kindFromKey(op.kind);
        const PaymentPosition next = recorded(session, order, kind, op.amount);
        order.paymentState = next.state;
        order.captured = next.captured;
        order.refunded = next.refunded;
        if (kind == Kind::Capture)
            order.captureRef = result.reference;
        OrderStore::savePayment(db, order, now);
        if (kind == Kind::Capture)
            issueValueCards(session, order);
        session.journal(QStringLiteral("order"), order.uid, QStringLiteral("payment.") + op.kind,
                        {{QStringLiteral("amount"), op.amount.toDecimalString()},
                         {QStringLiteral("reference"), result.reference},
                         {QStringLiteral("state"), PaymentMachine::key(order.paymentState)}});
    }
    tx.commit();
}

PaymentPosition OrderPayments::recorded(const Session& session, const Order& order, Kind kind,
                                        const Money& amount) {
    const PaymentPosition at = positionOf(order);
    try {
        return PaymentMachine::apply(at, actionOf(kind), amount);
    } catch (const Error& e) {
        // The gateway did it, so the books follow the gateway; that it did
        // not fit the order's state is kept for someone to look into.
        session.journal(QStringLiteral("order"), order.uid, QStringLiteral("payment.mismatch"),
                        {{QStringLiteral("kind"), GatewayRequest::kindKey(kind)},
                         {QStringLiteral("amount"), amount.toDecimalString()},
                         {QStringLiteral("reason"), e.message()}});
    }
    PaymentPosition next = at;
    switch (kind) {
        case Kind::Capture:
            next.state = PaymentState::Received;
            next.captured = std::min(amount, at.reserved);
            break;
        case Kind::Cancel:
            next.state = PaymentState::Cancelled;
            break;
        case Kind::Refund:
            next.state = PaymentState::Refunded;
            next.refunded = std::min(at.refunded + amount, at.captured);
            break;
    }
    return next;
}

void OrderPayments::issueValueCards(const Session& session, const Order& order) {
    Database& db = session.db();
    Money left = order.captured;
    for (const OrderLine& line : order.lines) {
        if (line.kind != OrderLineKind::ValueCard || line.amount.isZero())
            continue;
        // One card per unit; a reduced capture issues the cards it covers.
        const Money each(line.amount.minor() / line.quantity, line.amount.currency());
        for (int unit = 0; unit < line.quantity && each <= left; ++unit) {
            const ValueCard card =
                ValueCards::load(session, QString(), each, QStringLiteral("order"), 0, 0);
            db.prepare(
                  "INSERT INTO web_order_value_card(order_id, line_no, card_id) "
                  "VALUES (?1, ?2, ?3)")
                .bindAll(order.id, line.lineNo, card.id)
                .run();
            session.journal(QStringLiteral("order"), order.uid, QStringLiteral("value_card.issued"),
                            {{QStringLiteral("number"), card.number},
                             {QStringLiteral("amount"), each.toDecimalString()}});
            left -= each;
        }
    }
}

}  // namespace skranke
