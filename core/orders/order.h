#pragma once

#include "core/money/money.h"
#include "core/money/rate.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace skranke {

// What an order line sells. It decides when its payment may be captured
// (CapturePolicy) and what capturing does: a value card is issued.
enum class OrderLineKind { ValueCard, Goods, Service };

// Where the order's money stands at the card gateway.
//   awaiting  — reserved on the card, nothing taken yet
//   received  — captured (all or part of the reservation; the rest released)
//   refunded  — captured, then paid back in part or in full
//   cancelled — the reservation was released without taking anything
//   failed    — the card payment failed; nothing is reserved
enum class PaymentState { Awaiting, Received, Refunded, Cancelled, Failed };

struct OrderAddress {
    QString name;
    QString street;
    QString postcode;
    QString city;
    QString country;  // ISO 3166 alpha-2, may be empty
    QString phone;
    QString email;
    bool operator==(const OrderAddress&) const = default;
};

struct OrderLine {
    int lineNo = 0;
    QString itemNumber;
    QString text;
    int quantity = 1;
    Money amount;  // the line's total, including VAT
    Rate vatRate;
    OrderLineKind kind = OrderLineKind::Goods;
    std::int64_t bookingId = 0;  // a booked service: the booking it is for
};

// An order as read from the webshop's JSON file, validated and not yet stored.
struct ImportedOrder {
    QString externalId;
    std::int64_t orderMs = 0;
    Currency currency = Currency::fromCode(QStringLiteral("DKK"));
    std::int64_t customerId = 0;  // a registered customer, else 0
    QString customerName;
    QString customerEmail;
    QString paymentType;  // card, mobilepay, vipps, swish, bank_transfer, invoice
    QString gateway;      // "test", "nets"; empty when nothing is reserved
    QString transactionId;
    Money reserved;
    bool paymentFailed = false;
    OrderAddress billing;
    OrderAddress delivery;
    QString customerComment;
    std::vector<OrderLine> lines;
};

// A status an order moves through. Three are built in ("not_effected" — the
// default, "effected", "cancelled"); the business may add its own.
struct OrderStatus {
    std::int64_t id = 0;
    QString name;     // as stored (English for the built-in ones)
    QString builtIn;  // empty for a status the business added
    int sort = 0;
};

// One call (with its retries) to the card gateway.
struct PaymentOperation {
    enum class State { Pending, Done, Declined };
    std::int64_t id = 0;
    QString kind;  // capture, cancel, refund
    Money amount;
    QString idempotencyKey;
    State state = State::Pending;
    int attempts = 0;
    QString gatewayRef;
    QString message;
    QString earlyReason;  // a capture before the policy allowed it: why, confirmed by createdBy
    std::int64_t createdMs = 0;
    QString createdBy;
    std::int64_t finishedMs = 0;
};

struct IssuedValueCard {
    int lineNo = 0;
    QString number;
    Money balance;
};

// An imported order as stored.
struct Order {
    std::int64_t id = 0;
    QByteArray uid;
    QString externalId;
    std::int64_t orderMs = 0;
    Currency currency = Currency::fromCode(QStringLiteral("DKK"));
    std::int64_t customerId = 0;
    std::int64_t bookingId = 0;
    QString customerName;
    QString customerEmail;
    OrderStatus status;
    QString paymentType;
    QString gateway;
    QString transactionId;
    PaymentState paymentState = PaymentState::Awaiting;
    Money reserved;
    Money captured;
    Money refunded;
    QString captureRef;
    bool paidByHand = false;
    bool fulfilled = false;  // goods ready to ship, service delivered
    OrderAddress billing;
    OrderAddress delivery;
    QString customerComment;
    QString internalComment;
    std::int64_t invoiceId = 0;
    std::int64_t invoiceNumber = 0;
    std::int64_t importedMs = 0;
    std::int64_t updatedMs = 0;
    std::vector<OrderLine> lines;

    Money total() const;
    // Paid: money was captured, or staff marked it paid (a bank transfer).
    bool paid() const;
};

}  // namespace skranke
