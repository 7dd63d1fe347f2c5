#pragma once

#include "core/orders/paymentgateway.h"

#include <QCoreApplication>
#include <QString>

namespace skranke {

class Database;

// Nexi/Nets Easy's payment API over HTTPS (libcurl, blocking):
//   capture  POST {base}/v1/payments/{transactionId}/charges  {"amount": n} → {"chargeId"}
//   cancel   POST {base}/v1/payments/{transactionId}/cancels  {"amount": n} → 2xx
//   refund   POST {base}/v1/charges/{captureRef}/refunds      {"amount": n} → {"refundId"}
// Every request carries the idempotency key, so a retry after a lost answer
// is answered from Nets' memory instead of charging again. What comes back
// is sorted by what the caller may do next: a refusal (4xx) is final and
// nothing happened; anything else that is not a clear success (5xx, no
// connection, a timeout, a dropped connection, a success without its id, a
// "try again" 408/409/429) is Timeout, because the operation may have been
// done and only a retry with the same key can tell.
class NetsGateway final : public PaymentGateway {
    Q_DECLARE_TR_FUNCTIONS(skranke::NetsGateway)
public:
    struct Config {
        QString baseUrl;  // e.g. https://api.dibspayment.eu (test: https://test.api.dibspayment.eu)
        QString secretKey;  // sent as the Authorization header, as Nets wants it
        int timeoutMs = 15000;
    };

    // Throws Error::invalid naming the field when the config is not usable.
    explicit NetsGateway(Config config);

    // From the settings orders.nets.url, orders.nets.secret_key and
    // orders.nets.timeout_ms (optional); throws Error::invalid naming the
    // setting that is missing or wrong.
    static Config configFromSettings(Database& db);

    QString name() const override;
    GatewayResult call(const GatewayRequest& request) override;

private:
    static Config validated(Config config);

    Config m_config;
};

}  // namespace skranke
