#include "core/accounting/resttarget.h"

#include "core/accounting/accountingsettings.h"
#include "core/store/error.h"

#include <curl/curl.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <mutex>

namespace skranke {

namespace {

constexpr int maxTimeoutS = 60;  // within the transfer queue's lease

// curl_global_init is not thread-safe and must run before the first handle.
void initCurl() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Answer {
    QByteArray body;
    QByteArray retryAfter;
};

size_t collectBody(char* data, size_t size, size_t count, void* userdata) {
    static_cast<Answer*>(userdata)->body.append(data, qsizetype(size * count));
    return size * count;
}

size_t collectHeader(char* data, size_t size, size_t count, void* userdata) {
    const QByteArray line(data, qsizetype(size * count));
    const qsizetype colon = line.indexOf(':');
    if (colon > 0 && line.left(colon).trimmed().toLower() == "retry-after")
        static_cast<Answer*>(userdata)->retryAfter = line.mid(colon + 1).trimmed();
    return size * count;
}

// The program's id of the voucher: a string, or a whole number.
QString idOf(const QByteArray& body) {
    const QJsonValue id = QJsonDocument::fromJson(body).object().value(u"id");
    if (id.isString())
        return id.toString().trimmed();
    if (id.isDouble() && id.toDouble() == double(id.toInteger()))
        return QString::number(id.toInteger());
    return {};
}

// {"message": "…"}, {"error": "…"}, {"error": {"message": "…"}} or
// {"errors": ["…", {"message": "…"}]}: whichever the program uses.
QString refusalText(const QByteArray& body) {
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const auto text = [](const QJsonValue& v) {
        if (v.isString())
            return v.toString().trimmed();
        if (v.isObject())
            return v.toObject().value(u"message").toString().trimmed();
        return QString();
    };
    for (const char* field : {"message", "error"})
        if (const QString t = text(o.value(QLatin1String(field))); !t.isEmpty())
            return t;
    QStringList parts;
    for (const QJsonValue& v : o.value(u"errors").toArray())
        if (const QString t = text(v); !t.isEmpty())
            parts << t;
    if (!parts.isEmpty())
        return parts.join(QStringLiteral("; "));
    // A plain-text answer is still better than the bare status.
    if (o.isEmpty() && !body.trimmed().isEmpty() && !body.trimmed().startsWith('<'))
        return QString::fromUtf8(body.trimmed().left(300));
    return {};
}

using CurlList = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;

}  // namespace

struct RestTarget::Curl {
    CURL* handle = nullptr;
    ~Curl() {
        if (handle)
            curl_easy_cleanup(handle);
    }
};

RestTarget::RestTarget(Config config)
    : m_config(validated(std::move(config))), m_curl(std::make_unique<Curl>()) {
    initCurl();
}

RestTarget::RestTarget(const AccountingSettings& settings)
    : RestTarget(Config{settings.restUrl, settings.restKey, settings.restTimeoutS}) {
}

RestTarget::~RestTarget() = default;

RestTarget::Config RestTarget::validated(Config config) {
    const QString urlField = QStringLiteral("rest_url");
    config.url = config.url.trimmed();
    while (config.url.endsWith(QLatin1Char('/')))
        config.url.chop(1);
    if (config.url.isEmpty())
        throw Error::invalid(urlField, tr("The accounting program is not set up: enter the "
                                          "address of its voucher API."));
    const QUrl url(config.url, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        throw Error::invalid(urlField, tr("The accounting program's address \"%1\" is not an "
                                          "http or https address.")
                                           .arg(config.url));
    const QString keyField = QStringLiteral("rest_key");
    config.key = config.key.trimmed();
    if (config.key.isEmpty())
        throw Error::invalid(keyField, tr("The accounting program is not set up: enter its API "
                                          "key."));
    // It goes into an HTTP header, where a line break would end it.
    for (const QChar c : config.key)
        if (c.category() == QChar::Other_Control)
            throw Error::invalid(keyField, tr("The API key contains a line break or another "
                                              "control character."));
    if (config.timeoutS < 1 || config.timeoutS > maxTimeoutS)
        throw Error::invalid(QStringLiteral("rest_timeout"),
                             tr("The timeout must be from 1 to %1 seconds.").arg(maxTimeoutS));
    return config;
}

QString RestTarget::name() const {
    return QStringLiteral("rest");
}

QByteArray RestTarget::body(const Voucher& voucher) {
    QJsonArray lines;
    for (const VoucherLine& line : voucher.lines)
        lines.append(QJsonObject{{QStringLiteral("account"), line.account},
                                 {QStringLiteral("amount"), line.amount.toDecimalString()},
                                 {QStringLiteral("vat_code"), line.vatCode},
                                 {QStringLiteral("text"), line.text}});
    const QJsonObject o{{QStringLiteral("number"), qint64(voucher.number)},
                        {QStringLiteral("date"), voucher.date.toString(Qt::ISODate)},
                        {QStringLiteral("currency"), voucher.currency},
                        {QStringLiteral("text"), voucher.text},
                        {QStringLiteral("reference"), voucher.sourceRef},
                        {QStringLiteral("lines"), lines}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

TransferResult RestTarget::send(const Voucher& voucher, const QString& idempotencyKey) {
    using Result = TransferResult;
    if (idempotencyKey.isEmpty())
        return Result::failed(FailKind::Rejected, tr("the voucher has no idempotency key"));
    if (!m_curl->handle) {
        m_curl->handle = curl_easy_init();
        if (!m_curl->handle)
            return Result::failed(FailKind::Unreachable, tr("could not start an HTTP connection"));
    }
    CURL* h = m_curl->handle;

    const QByteArray url = m_config.url.toUtf8() + "/vouchers";
    const QByteArray payload = body(voucher);
    curl_slist* list = nullptr;
    for (const QByteArray& header :
         {"Authorization: Bearer " + m_config.key.toUtf8(),
          "Idempotency-Key: " + idempotencyKey.toUtf8(),
          QByteArray("Content-Type: application/json"), QByteArray("Accept: application/json"),
          // A small body needs no 100-continue round trip.
          QByteArray("Expect:")})
        list = curl_slist_append(list, header.constData());
    CurlList headers(list, &curl_slist_free_all);
    if (!headers)
        return Result::failed(FailKind::Unreachable, tr("could not start an HTTP connection"));

    Answer answer;
    char errorText[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, payload.constData());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(payload.size()));
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &collectBody);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &answer);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &collectHeader);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &answer);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(m_config.timeoutS) * 1000L);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);  // no SIGALRM in a GUI process
    curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorText);

    const CURLcode code = curl_easy_perform(h);
    // The handle outlives this call; nothing may point into this frame.
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, nullptr);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, nullptr);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, nullptr);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, nullptr);

    if (code != CURLE_OK) {
        const QString why = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(code));
        switch (code) {
            case CURLE_OPERATION_TIMEDOUT:
                return Result::failed(FailKind::Unreachable,
                                      tr("no answer from the accounting program within %n "
                                         "second(s) (%1)",
                                         nullptr, m_config.timeoutS)
                                          .arg(why));
            case CURLE_COULDNT_RESOLVE_HOST:
            case CURLE_COULDNT_CONNECT:
                return Result::failed(
                    FailKind::Unreachable,
                    tr("could not connect to the accounting program (%1)").arg(why));
            case CURLE_GOT_NOTHING:
            case CURLE_RECV_ERROR:
            case CURLE_SEND_ERROR:
            case CURLE_PARTIAL_FILE:
                return Result::failed(FailKind::Unreachable,
                                      tr("the connection to the accounting program broke before "
                                         "it answered (%1)")
                                          .arg(why));
            default:
                return Result::failed(FailKind::Unreachable,
                                      tr("could not talk to the accounting program (%1)").arg(why));
        }
    }

    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    const QString refusal = refusalText(answer.body);
    const QString said = refusal.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                                           : QStringLiteral("HTTP %1: %2").arg(status).arg(refusal);
    if (status == 200 || status == 201 || status == 409) {
        const QString id = idOf(answer.body);
        if (!id.isEmpty())
            return Result::ok(id);
        // Booked or not, only asking again with the same key can tell.
        if (status == 409)
            return Result::failed(FailKind::Unreachable,
                                  tr("the accounting program is still busy with this voucher "
                                     "(%1); it is sent again later")
                                      .arg(said));
        return Result::failed(FailKind::Unreachable,
                              tr("the accounting program answered HTTP %1 without the voucher's "
                                 "id; it is asked again later")
                                  .arg(status));
    }
    if (status == 429) {
        const QString retry = QString::fromLatin1(answer.retryAfter);
        return Result::failed(FailKind::Quota,
                              retry.isEmpty()
                                  ? tr("the accounting program's quota is used up (%1)").arg(said)
                                  : tr("the accounting program's quota is used up (%1); it "
                                       "asks to wait (Retry-After: %2)")
                                        .arg(said, retry));
    }
    // A refused key refuses every voucher: stop the queue instead of failing
    // each one, and go on by itself once the key is mended.
    if (status == 401 || status == 403)
        return Result::failed(FailKind::Unreachable,
                              tr("the accounting program refused the API key (%1): check the "
                                 "key in Settings → Accounting")
                                  .arg(said));
    if (status == 404 || status == 405)
        return Result::failed(FailKind::Unreachable,
                              tr("there is no voucher API at %1 (%2): check the address")
                                  .arg(QString::fromUtf8(url), said));
    if (status == 408 || status >= 500 || status < 200 || (status >= 300 && status < 400))
        return Result::failed(
            FailKind::Unreachable,
            tr("the accounting program could not take the voucher (%1)").arg(said));
    if (status >= 400 && status < 500)
        return Result::failed(FailKind::Rejected, refusal.isEmpty() ? said : refusal);
    // Any other 2xx: it says yes without saying what it booked.
    return Result::failed(FailKind::Unreachable,
                          tr("the accounting program answered HTTP %1 without the voucher's id; "
                             "it is asked again later")
                              .arg(status));
}

}  // namespace skranke
