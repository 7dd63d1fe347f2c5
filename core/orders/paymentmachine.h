#pragma once

#include "core/money/money.h"
#include "core/orders/order.h"

#include <QCoreApplication>
#include <QString>

namespace skranke {

// Where an order's payment stands, in amounts.
struct PaymentPosition {
    PaymentState state = PaymentState::Awaiting;
    Money reserved;
    Money captured;
    Money refunded;
};

// The payment state machine, without a database:
//   awaiting → received   capture all or part of the reservation (once; the
//                          rest of the reservation is released)
//   awaiting → cancelled  cancel the reservation
//   received → refunded   refund part or all of what was captured
//   refunded → refunded   refund more, up to what was captured
// Every other move is refused with an Error saying why; nothing else
// (an order status, a paid flag) ever moves the money.
class PaymentMachine final {
    Q_DECLARE_TR_FUNCTIONS(skranke::PaymentMachine)
public:
    enum class Action { Capture, Cancel, Refund };

    // Throws Error(Conflict) for a move the state does not allow and
    // Error::invalid("amount") for an amount outside its limits.
    static void check(const PaymentPosition& at, Action action, const Money& amount);
    // The position after the gateway did it (check() first).
    static PaymentPosition apply(const PaymentPosition& at, Action action, const Money& amount);

    // What may still be refunded: captured − refunded.
    static Money refundable(const PaymentPosition& at);
    static bool isPaid(PaymentState state) {
        return state == PaymentState::Received || state == PaymentState::Refunded;
    }

    static QString key(PaymentState state);  // "awaiting", … as stored
    static PaymentState fromKey(const QString& key);
    static QString label(PaymentState state);   // translated
    static QString actionLabel(Action action);  // translated verb
    // The action of a stored payment operation ("capture", "cancel", "refund").
    static Action actionOfKey(const QString& key);
};

}  // namespace skranke
