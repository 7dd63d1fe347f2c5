#pragma once

#include "core/mail/mailmessage.h"

#include <QByteArray>
#include <QString>

namespace skranke {

// How one delivery went, after all tries.
struct SendResult {
    bool sent = false;
    int tries = 0;  // connections made to the server, including the last
    QString error;  // for the user: which server, and what it answered
};

// Something that delivers mail: SMTP in the product, a fake in tests.
class MailSender {
public:
    virtual ~MailSender() = default;

    // Builds and sends a message now; throws Error (Storage) with the
    // server's answer when it cannot be delivered. For a one-off like a
    // test email, where the user waits for the answer.
    virtual void send(const MailMessage& message) = 0;

    // Sends finished MIME bytes unchanged, as queued in the outbox. The
    // envelope sender is the sender's own account address. Reports failure
    // in the result instead of throwing, so that the caller can record it.
    virtual SendResult sendRaw(const QString& recipient, const QByteArray& mime) = 0;
};

}  // namespace skranke
