#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <cstdint>
#include <vector>

namespace skranke {

struct MailAttachment {
    QString fileName;     // as the recipient sees it; any path is dropped
    QByteArray mimeType;  // "application/pdf"; empty means application/octet-stream
    QByteArray data;
};

// One email to one recipient. Names and subject may hold any Unicode text.
struct MailMessage {
    QString fromAddress;
    QString fromName;
    QString to;
    QString toName;
    QString subject;
    QString body;  // plain text; line breaks become CRLF
    std::vector<MailAttachment> attachments;
};

// The message as RFC 5322 / MIME bytes, ready for SMTP DATA: CRLF line
// endings, no line longer than 78 characters, non-ASCII names and subject as
// RFC 2047 encoded-words, the body and attachments in base64. Throws
// InvalidInput naming "to" or "from_address" when an address is not one.
QByteArray toMime(const MailMessage& message, const QDateTime& date, const QByteArray& messageId);

// The address as it goes over SMTP: ASCII, an international domain
// (blåbær.dk) in its "xn--" form. Throws InvalidInput naming field otherwise.
QByteArray smtpAddress(const QString& address, const QString& field);

// A new, globally unique "<…@domain>" Message-ID in the sender's domain.
QByteArray newMessageId(const QString& fromAddress, std::int64_t unixMs);

}  // namespace skranke
