#pragma once

#include "core/mail/mailsender.h"
#include "core/mail/smtpsettings.h"

#include <QCoreApplication>

namespace skranke {

class Clock;

// Delivers over SMTP with libcurl: plain, STARTTLS or TLS, with a login when
// a user is set. A connection failure, a timeout or a 4xx answer is tried
// again (settings.attempts in all, settings.retryDelayMs apart); a 5xx
// answer is final at once. Sending blocks the calling thread.
class SmtpSender final : public MailSender {
    Q_DECLARE_TR_FUNCTIONS(skranke::SmtpSender)
public:
    // Throws InvalidInput naming the field when the settings are not usable.
    SmtpSender(SmtpSettings settings, const Clock& clock);

    void send(const MailMessage& message) override;
    SendResult sendRaw(const QString& recipient, const QByteArray& mime) override;

private:
    struct TryResult {
        bool sent = false;
        bool transient = false;
        QString error;
    };
    TryResult tryOnce(const QByteArray& recipient, const QByteArray& mime) const;
    QString server() const;

    SmtpSettings m_settings;
    const Clock& m_clock;
};

}  // namespace skranke
