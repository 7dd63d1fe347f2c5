#include "core/mail/smtpsender.h"

#include "core/store/error.h"
#include "core/time/clock.h"

#include <curl/curl.h>
#include <QList>
#include <QUrl>
#include <chrono>
#include <cstring>
#include <memory>
#include <mutex>
#include <thread>

namespace skranke {

namespace {

// curl_global_init is not thread-safe and must run once per process.
void initCurl() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

constexpr long connectTimeoutMs = 15'000;
// Generous, so that a reminder with a PDF gets through a slow line.
constexpr long totalTimeoutMs = 120'000;

struct Upload {
    const QByteArray& data;
    qsizetype offset = 0;
};

size_t readChunk(char* buffer, size_t size, size_t count, void* userdata) {
    auto* upload = static_cast<Upload*>(userdata);
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t n = std::min(left, size * count);
    std::memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

// Keeps the server's reply lines: "550 5.7.1 Relaying denied" says more
// than curl's own message.
int watchReplies(CURL*, curl_infotype type, char* data, size_t size, void* userdata) {
    if (type == CURLINFO_HEADER_IN) {
        const QByteArray line = QByteArray(data, qsizetype(size)).trimmed();
        if (!line.isEmpty())
            static_cast<QList<QByteArray>*>(userdata)->append(line);
    }
    return 0;
}

// The last reply line with the given code; curl may have said QUIT since.
QString replyWith(const QList<QByteArray>& replies, long code) {
    const QByteArray prefix = QByteArray::number(code);
    for (qsizetype i = replies.size() - 1; i >= 0; --i)
        if (replies[i].startsWith(prefix))
            return QString::fromUtf8(replies[i]);
    return QString::fromLatin1(prefix);
}

// Worth another try later: the network or the server is away for a while.
bool transient(CURLcode code) {
    switch (code) {
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_CONNECT:
        case CURLE_OPERATION_TIMEDOUT:
        case CURLE_SEND_ERROR:
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
            return true;
        default:
            return false;
    }
}

using CurlHandle = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;
using CurlList = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;

}  // namespace

SmtpSender::SmtpSender(SmtpSettings settings, const Clock& clock)
    : m_settings(std::move(settings)), m_clock(clock) {
    MailSettings::validate(m_settings);
    m_settings.host = m_settings.host.trimmed();
    initCurl();
}

QString SmtpSender::server() const {
    const QString host = m_settings.host.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + m_settings.host + QLatin1Char(']')
                             : m_settings.host;
    return host + QLatin1Char(':') + QString::number(m_settings.port);
}

void SmtpSender::send(const MailMessage& message) {
    MailMessage m = message;
    if (m.fromAddress.isEmpty()) {
        m.fromAddress = m_settings.fromAddress;
        m.fromName = m_settings.fromName;
    }
    const QDateTime now = m_clock.now().toLocalTime();
    const QByteArray mime = toMime(m, now, newMessageId(m.fromAddress, m_clock.nowMs()));
    const SendResult result = sendRaw(m.to, mime);
    if (!result.sent)
        throw Error(ErrorCode::Storage, result.error);
}

SendResult SmtpSender::sendRaw(const QString& recipient, const QByteArray& mime) {
    SendResult result;
    QByteArray to;
    try {
        to = smtpAddress(recipient, QStringLiteral("to"));
    } catch (const Error& e) {
        result.error = e.message();
        return result;
    }
    for (int i = 1; i <= m_settings.attempts; ++i) {
        if (i > 1 && m_settings.retryDelayMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(m_settings.retryDelayMs));
        result.tries = i;
        const TryResult t = tryOnce(to, mime);
        if (t.sent) {
            result.sent = true;
            result.error.clear();
            return result;
        }
        result.error = t.error;
        if (!t.transient)
            break;
    }
    return result;
}

SmtpSender::TryResult SmtpSender::tryOnce(const QByteArray& recipient,
                                          const QByteArray& mime) const {
    CurlHandle curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        return {false, false, tr("Could not start the mail connection.")};
    CURL* h = curl.get();
    const bool tls = m_settings.security == SmtpSettings::Security::Tls;
    QByteArray host = QUrl::toAce(m_settings.host);
    if (host.isEmpty())
        host = m_settings.host.toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    const QByteArray url =
        QByteArray(tls ? "smtps://" : "smtp://") + host + ':' + QByteArray::number(m_settings.port);
    const QByteArray from =
        '<' + smtpAddress(m_settings.fromAddress, QStringLiteral("from_address")) + '>';
    CurlList rcpt(curl_slist_append(nullptr, ('<' + recipient + '>').constData()),
                  &curl_slist_free_all);
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    Upload upload{mime};
    QList<QByteArray> replies;
    char errorText[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_USE_SSL,
                     m_settings.security == SmtpSettings::Security::StartTls
                         ? long(CURLUSESSL_ALL)
                         : long(CURLUSESSL_NONE));
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpt.get());
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, &readChunk);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(mime.size()));
    if (!user.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, connectTimeoutMs);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, totalTimeoutMs);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);  // no SIGALRM in a GUI process
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorText);
    // The debug callback only collects the server's replies; nothing is printed.
    curl_easy_setopt(h, CURLOPT_DEBUGFUNCTION, &watchReplies);
    curl_easy_setopt(h, CURLOPT_DEBUGDATA, &replies);
    curl_easy_setopt(h, CURLOPT_VERBOSE, 1L);

    const CURLcode code = curl_easy_perform(h);
    if (code == CURLE_OK)
        return {true, false, {}};

    long reply = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &reply);
    const QString why = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(code));
    TryResult t;
    if (reply >= 400) {
        t.transient = reply < 500;
        t.error = tr("The mail server %1 refused the message: %2 (answered \"%3\").")
                      .arg(server(), why, replyWith(replies, reply));
    } else {
        t.transient = transient(code);
        t.error = tr("Could not send the email through %1: %2.").arg(server(), why);
    }
    return t;
}

}  // namespace skranke
