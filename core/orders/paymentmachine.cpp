#include "core/orders/paymentmachine.h"

#include "core/store/error.h"

namespace skranke {

namespace {

Error refused(const QString& message) {
    return Error(ErrorCode::Conflict, message);
}

}  // namespace

void PaymentMachine::check(const PaymentPosition& at, Action action, const Money& amount) {
    at.reserved.requireSameCurrency(amount);
    const QString state = label(at.state);
    switch (action) {
        case Action::Capture:
            if (at.state != PaymentState::Awaiting)
                throw refused(tr("The payment cannot be captured: it is %1. Only a reserved "
                                 "payment that is awaiting capture can be captured, once.")
                                  .arg(state));
            if (!amount.isPositive())
                throw Error::invalid(QStringLiteral("amount"),
                                     tr("The amount to capture must be more than 0."));
            if (amount > at.reserved)
                throw Error::invalid(QStringLiteral("amount"),
                                     tr("You can capture at most the reserved amount, %1.")
                                         .arg(at.reserved.toDecimalString()));
            return;
        case Action::Cancel:
            if (at.state != PaymentState::Awaiting)
                throw refused(tr("The reservation cannot be cancelled: the payment is %1. "
                                 "Only a reservation awaiting capture can be cancelled; a "
                                 "captured payment is refunded instead.")
                                  .arg(state));
            return;
        case Action::Refund:
            if (!isPaid(at.state))
                throw refused(tr("Nothing can be refunded: the payment is %1. Only a captured "
                                 "payment can be refunded.")
                                  .arg(state));
            if (!amount.isPositive())
                throw Error::invalid(QStringLiteral("amount"),
                                     tr("The amount to refund must be more than 0."));
            if (amount > refundable(at))
                throw Error::invalid(
                    QStringLiteral("amount"),
                    tr("You can refund at most %1: %2 was captured and %3 is already refunded.")
                        .arg(refundable(at).toDecimalString(), at.captured.toDecimalString(),
                             at.refunded.toDecimalString()));
            return;
    }
}

PaymentPosition PaymentMachine::apply(const PaymentPosition& at, Action action,
                                      const Money& amount) {
    check(at, action, amount);
    PaymentPosition next = at;
    switch (action) {
        case Action::Capture:
            next.state = PaymentState::Received;
            next.captured = amount;
            break;
        case Action::Cancel:
            next.state = PaymentState::Cancelled;
            break;
        case Action::Refund:
            next.state = PaymentState::Refunded;
            next.refunded += amount;
            break;
    }
    return next;
}

Money PaymentMachine::refundable(const PaymentPosition& at) {
    return at.captured - at.refunded;
}

QString PaymentMachine::key(PaymentState state) {
    switch (state) {
        case PaymentState::Awaiting:
            return QStringLiteral("awaiting");
        case PaymentState::Received:
            return QStringLiteral("received");
        case PaymentState::Refunded:
            return QStringLiteral("refunded");
        case PaymentState::Cancelled:
            return QStringLiteral("cancelled");
        case PaymentState::Failed:
            return QStringLiteral("failed");
    }
    return {};
}

PaymentState PaymentMachine::fromKey(const QString& key) {
    for (auto s : {PaymentState::Awaiting, PaymentState::Received, PaymentState::Refunded,
                   PaymentState::Cancelled, PaymentState::Failed})
        if (PaymentMachine::key(s) == key)
            return s;
    throw Error::invalid(QStringLiteral("payment_state"),
                         tr("Unknown payment state \"%1\".").arg(key));
}

QString PaymentMachine::label(PaymentState state) {
    switch (state) {
        case PaymentState::Awaiting:
            return tr("awaiting");
        case PaymentState::Received:
            return tr("received");
        case PaymentState::Refunded:
            return tr("refunded");
        case PaymentState::Cancelled:
            return tr("cancelled");
        case PaymentState::Failed:
            return tr("failed");
    }
    return {};
}

PaymentMachine::Action PaymentMachine::actionOfKey(const QString& key) {
    if (key == QLatin1String("cancel"))
        return Action::Cancel;
    if (key == QLatin1String("refund"))
        return Action::Refund;
    return Action::Capture;
}

QString PaymentMachine::actionLabel(Action action) {
    switch (action) {
        case Action::Capture:
            return tr("capture");
        case Action::Cancel:
            return tr("cancel");
        case Action::Refund:
            return tr("refund");
    }
    return {};
}

}  // namespace skranke
