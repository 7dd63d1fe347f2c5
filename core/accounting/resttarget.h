#pragma once

#include "core/accounting/transfertarget.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace skranke {

struct AccountingSettings;

// An accounting program's voucher API over HTTP(S) (libcurl, blocking).
//
//   POST {url}/vouchers
//   Authorization: Bearer {key}
//   Idempotency-Key: {the voucher's uid, 32 lowercase hex digits}
//   Content-Type: application/json
//   {"number": 17, "date": "2026-03-02", "currency": "DKK", "text": "…",
//    "reference": "Invoice 1042",
//    "lines": [{"account": "1010", "amount": "-100.00", "vat_code": "U25", "text": "…"}]}
//
// Amounts are exact decimal strings in the voucher's currency, debits
// positive and credits negative; a voucher's lines add up to "0.00".
//
// Answers and what they mean for the voucher:
//   200/201 {"id": "…"}        transferred; id is the program's reference
//   409 {"id": "…"}            the key was seen: transferred with the first id
//   429 (Retry-After)          quota used up: stop and try later
//   400/422 {"message"|"error"} rejected: the voucher fails with that text
//   401/403                    the program refused the API key: stop, as
//                              for unreachable, until the key is mended
//   404/405                    unreachable: no voucher API at that address
//   408, 5xx, no connection, a dropped connection, no answer in time,
//   a success without an id    unreachable: stop; the same key is sent
//                              again later, so nothing is booked twice
// One curl handle is kept for the target's life so that connections are
// reused (HTTP keep-alive) when the server allows it.
class RestTarget final : public TransferTarget {
    Q_DECLARE_TR_FUNCTIONS(skranke::RestTarget)
public:
    struct Config {
        QString url;  // without /vouchers; a trailing slash is dropped
        QString key;
        int timeoutS = 20;
    };

    // Throws Error::invalid naming "rest_url", "rest_key" or "rest_timeout".
    explicit RestTarget(Config config);
    explicit RestTarget(const AccountingSettings& settings);
    ~RestTarget() override;
    RestTarget(const RestTarget&) = delete;
    RestTarget& operator=(const RestTarget&) = delete;

    QString name() const override;
    TransferResult send(const Voucher& voucher, const QString& idempotencyKey) override;

    // The JSON body sent for a voucher (compact UTF-8).
    static QByteArray body(const Voucher& voucher);

private:
    static Config validated(Config config);

    struct Curl;
    Config m_config;
    std::unique_ptr<Curl> m_curl;
};

}  // namespace skranke
