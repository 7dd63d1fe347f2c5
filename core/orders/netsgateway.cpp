#include "core/orders/netsgateway.h"

#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/uuid.h"

#include <curl/curl.h>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <mutex>

namespace skranke {

namespace {

// The amount; for a partial charge or refund Nets also wants the order items
// it is for. Skranke sends the part as one item, since which lines a reduced
// amount covers is not known.
QJsonObject requestBody(const GatewayRequest& request) {
    const QJsonValue amount(qint64(request.amount.minor()));
    QJsonObject body{{QStringLiteral("amount"), amount}};
    if (request.partial && request.kind != GatewayRequest::Kind::Cancel)
        body.insert(QStringLiteral("orderItems"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("reference"), QStringLiteral("skranke-part")},
                        {QStringLiteral("name"), request.kind == GatewayRequest::Kind::Capture
                                                     ? QStringLiteral("Partial capture")
                                                     : QStringLiteral("Partial refund")},
                        {QStringLiteral("quantity"), 1},
                        {QStringLiteral("unit"), QStringLiteral("pcs")},
                        {QStringLiteral("unitPrice"), amount},
                        {QStringLiteral("taxRate"), 0},
                        {QStringLiteral("taxAmount"), 0},
                        {QStringLiteral("grossTotalAmount"), amount},
                        {QStringLiteral("netTotalAmount"), amount}}});
    return body;
}

using Outcome = GatewayResult::Outcome;

constexpr int defaultTimeoutMs = 15000;
constexpr int maxTimeoutMs = 600'000;

// curl_global_init is not thread-safe and must run before the first handle.
void initCurl() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

size_t collectBody(char* data, size_t size, size_t count, void* userdata) {
    static_cast<QByteArray*>(userdata)->append(data, qsizetype(size * count));
    return size * count;
}

// Keeps Nets' own id of the request: their support asks for it.
size_t collectHeader(char* data, size_t size, size_t count, void* userdata) {
    const QByteArray line(data, qsizetype(size * count));
    const qsizetype colon = line.indexOf(':');
    if (colon > 0 && line.left(colon).trimmed().toLower() == "x-request-id") {
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!value.isEmpty())
            *static_cast<QByteArray*>(userdata) = value;
    }
    return size * count;
}

// Nets answers a refusal with {"errors": {"field": ["why", …]}} or
// {"message": "why", …}; either is better than the bare status.
QString refusalText(const QByteArray& body) {
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QStringList parts;
    const auto texts = [](const QJsonValue& v) {
        QStringList out;
        const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray{v};
        for (const QJsonValue& item : list) {
            if (item.isString())
                out << item.toString();
            else if (item.isObject() && item.toObject().value(u"message").isString())
                out << item.toObject().value(u"message").toString();
        }
        return out;
    };
    const QJsonValue errors = o.value(u"errors");
    if (errors.isObject()) {
        const QJsonObject byField = errors.toObject();
        for (auto it = byField.begin(); it != byField.end(); ++it) {
            const QStringList why = texts(it.value());
            parts << (why.isEmpty() ? it.key() : it.key() + QStringLiteral(": ") + why.join(u", "));
        }
    } else {
        parts << texts(errors);
    }
    if (parts.isEmpty() && o.value(u"message").isString())
        parts << o.value(u"message").toString();
    return parts.join(QStringLiteral("; "));
}

QString transportText(CURLcode code, const char* curlText, int timeoutMs) {
    const QString why = QString::fromUtf8(curlText[0] ? curlText : curl_easy_strerror(code));
    switch (code) {
        case CURLE_OPERATION_TIMEDOUT:
            return QStringLiteral("no answer from Nets within %1 ms (%2)").arg(timeoutMs).arg(why);
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_CONNECT:
            return QStringLiteral("could not connect to Nets (%1)").arg(why);
        case CURLE_GOT_NOTHING:
        case CURLE_RECV_ERROR:
        case CURLE_SEND_ERROR:
        case CURLE_PARTIAL_FILE:
            return QStringLiteral("the connection to Nets broke before it answered (%1)").arg(why);
        default:
            return QStringLiteral("could not talk to Nets (%1)").arg(why);
    }
}

using CurlHandle = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;
using CurlList = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;

}  // namespace

NetsGateway::NetsGateway(Config config) : m_config(validated(std::move(config))) {
    initCurl();
}

NetsGateway::Config NetsGateway::validated(Config config) {
    const QString urlField = QStringLiteral("orders.nets.url");
    config.baseUrl = config.baseUrl.trimmed();
    while (config.baseUrl.endsWith(QLatin1Char('/')))
        config.baseUrl.chop(1);
    if (config.baseUrl.isEmpty())
        throw Error::invalid(urlField, tr("The Nets gateway is not set up: enter the address of "
                                          "its payment API (setting orders.nets.url)."));
    const QUrl url(config.baseUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        throw Error::invalid(urlField, tr("The Nets gateway address \"%1\" is not an http or "
                                          "https address (setting orders.nets.url).")
                                           .arg(config.baseUrl));
    config.secretKey = config.secretKey.trimmed();
    const QString keyField = QStringLiteral("orders.nets.secret_key");
    if (config.secretKey.isEmpty())
        throw Error::invalid(keyField, tr("The Nets gateway is not set up: enter its secret key "
                                          "(setting orders.nets.secret_key)."));
    // It goes into an HTTP header, where a line break would end it.
    for (const QChar c : config.secretKey)
        if (c.category() == QChar::Other_Control)
            throw Error::invalid(keyField, tr("The Nets secret key contains a line break or "
                                              "another control character."));
    if (config.timeoutMs <= 0 || config.timeoutMs > maxTimeoutMs)
        throw Error::invalid(QStringLiteral("orders.nets.timeout_ms"),
                             tr("The Nets timeout must be a whole number of milliseconds from 1 "
                                "to %1 (setting orders.nets.timeout_ms).")
                                 .arg(maxTimeoutMs));
    return config;
}

NetsGateway::Config NetsGateway::configFromSettings(Database& db) {
    Config config;
    config.baseUrl = Settings::value(db, QStringLiteral("orders.nets.url"));
    config.secretKey = Settings::value(db, QStringLiteral("orders.nets.secret_key"));
    const QString timeout = Settings::value(db, QStringLiteral("orders.nets.timeout_ms")).trimmed();
    config.timeoutMs = defaultTimeoutMs;
    if (!timeout.isEmpty()) {
        bool ok = false;
        config.timeoutMs = timeout.toInt(&ok);
        if (!ok)
            config.timeoutMs = 0;  // validated() names the setting
    }
    return validated(std::move(config));
}

QString NetsGateway::name() const {
    return QStringLiteral("nets");
}

GatewayResult NetsGateway::call(const GatewayRequest& request) {
    GatewayResult result;
    result.requestId = Uuid::toText(Uuid::v7(QDateTime::currentMSecsSinceEpoch()));
    // Refused here, before anything is sent, so nothing can have happened.
    const auto refuse = [&](const QString& message) {
        result.outcome = Outcome::Declined;
        result.message = message;
        return result;
    };
    const auto segment = [](const QString& id) { return QUrl::toPercentEncoding(id); };
    QByteArray path;
    const char* idField = nullptr;  // the id a success must carry
    if (request.kind != GatewayRequest::Kind::Refund && request.transactionId.isEmpty())
        return refuse(QStringLiteral("the payment id is missing"));
    switch (request.kind) {
        case GatewayRequest::Kind::Capture:
            path = "/v1/payments/" + segment(request.transactionId) + "/charges";
            idField = "chargeId";
            break;
        case GatewayRequest::Kind::Cancel:
            path = "/v1/payments/" + segment(request.transactionId) + "/cancels";
            break;
        case GatewayRequest::Kind::Refund:
            if (request.captureRef.isEmpty())
                return refuse(QStringLiteral("a refund needs the charge id of the capture"));
            path = "/v1/charges/" + segment(request.captureRef) + "/refunds";
            idField = "refundId";
            break;
    }
    if (request.idempotencyKey.isEmpty())
        return refuse(QStringLiteral("an idempotency key is required"));

    const QByteArray url = m_config.baseUrl.toUtf8() + path;
    const QByteArray body = QJsonDocument(requestBody(request)).toJson(QJsonDocument::Compact);
    curl_slist* list = nullptr;
    for (const QByteArray& h :
         {"Authorization: " + m_config.secretKey.toUtf8(),
          QByteArray("Content-Type: application/json"), QByteArray("Accept: application/json"),
          "Idempotency-Key: " + request.idempotencyKey.toUtf8(),
          "X-Request-Id: " + result.requestId.toUtf8(),
          // A small body needs no 100-continue round trip.
          QByteArray("Expect:")})
        list = curl_slist_append(list, h.constData());
    CurlList headers(list, &curl_slist_free_all);

    CurlHandle curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl || !headers)
        return refuse(QStringLiteral("could not start an HTTP connection"));
    CURL* h = curl.get();
    QByteArray answer;
    QByteArray answerRequestId;
    char errorText[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &collectBody);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &answer);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &collectHeader);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &answerRequestId);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(m_config.timeoutMs));
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);  // no SIGALRM in a GUI process
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorText);

    const CURLcode code = curl_easy_perform(h);
    if (!answerRequestId.isEmpty())
        result.requestId = QString::fromUtf8(answerRequestId);
    if (code != CURLE_OK) {
        result.outcome = Outcome::Timeout;
        result.message = transportText(code, errorText, m_config.timeoutMs);
        return result;
    }
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    const QString refusal = refusalText(answer);
    const QString said = refusal.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                                           : QStringLiteral("HTTP %1: %2").arg(status).arg(refusal);
    if (status >= 200 && status < 300) {
        if (!idField) {
            result.outcome = Outcome::Done;
            result.reference = QStringLiteral("cancel");
            return result;
        }
        const QJsonValue id =
            QJsonDocument::fromJson(answer).object().value(QLatin1String(idField));
        if (id.isString() && !id.toString().isEmpty()) {
            result.outcome = Outcome::Done;
            result.reference = id.toString();
            return result;
        }
        result.outcome = Outcome::Timeout;
        result.message = QStringLiteral("Nets answered HTTP %1 without a %2; the result is unknown")
                             .arg(status)
                             .arg(QLatin1String(idField));
        return result;
    }
    // Timeout, conflict (the same key still in progress) and rate limit say
    // "come back later", not "no": the same key must be tried again.
    if (status == 408 || status == 409 || status == 429) {
        result.outcome = Outcome::Timeout;
        result.message = QStringLiteral("Nets asked to try again (%1)").arg(said);
        return result;
    }
    // A key or address Nets does not accept is a setup mistake, not a "no"
    // to this payment: nothing was done, and the same key is tried again
    // once the settings are right.
    if (status == 401 || status == 403) {
        result.outcome = Outcome::Timeout;
        result.message = QStringLiteral(
                             "Nets did not accept the secret key (%1): check the address and key "
                             "under Settings → Online orders; nothing was done")
                             .arg(refusal.isEmpty() ? said : refusal);
        return result;
    }
    if (status >= 400 && status < 500) {
        result.outcome = Outcome::Declined;
        result.message = refusal.isEmpty() ? said : refusal;
        return result;
    }
    result.outcome = Outcome::Timeout;
    result.message = QStringLiteral("Nets could not answer (%1); the result is unknown").arg(said);
    return result;
}

}  // namespace skranke
