#pragma once

#include "core/money/money.h"

#include <QString>

namespace skranke {

// One call to a card gateway. The idempotency key is the same on every try
// of one operation, so a gateway that already did it answers with the
// earlier result instead of doing it again.
struct GatewayRequest {
    enum class Kind { Capture, Cancel, Refund };
    Kind kind = Kind::Capture;
    QString transactionId;   // the gateway's payment (reservation) id
    QString captureRef;      // Refund: the gateway's reference of the capture
    Money amount;            // Capture/Refund: the amount; Cancel: what is released
    QString idempotencyKey;  // unique per operation, reused on retry
    // Capture/Refund of less than all (of the reservation, of the capture):
    // some gateways then want to know what the part is for.
    bool partial = false;

    // "capture", "cancel", "refund": as stored and journaled.
    static QString kindKey(Kind kind) {
        switch (kind) {
            case Kind::Capture:
                return QStringLiteral("capture");
            case Kind::Cancel:
                return QStringLiteral("cancel");
            case Kind::Refund:
                return QStringLiteral("refund");
        }
        return {};
    }
    static Kind kindFromKey(const QString& key) {
        if (key == QLatin1String("cancel"))
            return Kind::Cancel;
        if (key == QLatin1String("refund"))
            return Kind::Refund;
        return Kind::Capture;
    }
};

struct GatewayResult {
    enum class Outcome {
        Done,      // the gateway did it (now or on an earlier try)
        Declined,  // the gateway refused; nothing happened
        Timeout,   // no answer: it may or may not have happened
    };
    Outcome outcome = Outcome::Done;
    QString reference;  // the gateway's id for what it did (charge/refund id)
    QString requestId;  // the gateway's id for this HTTP request, for the journal
    QString message;    // why it was declined or timed out, in the gateway's words
};

// A card gateway that holds reservations: capture, cancel, refund. Calls
// block; they never throw for what the gateway answered (a refusal and a
// timeout are results) and throw skranke::Error only for a gateway that is
// not set up.
class PaymentGateway {
public:
    virtual ~PaymentGateway() = default;
    virtual QString name() const = 0;
    virtual GatewayResult call(const GatewayRequest& request) = 0;
};

}  // namespace skranke
