#include "core/mail/mailmessage.h"

#include "core/company/identifiers.h"
#include "core/store/error.h"
#include "core/store/uuid.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>
#include <QUrl>
#include <algorithm>
#include <cctype>

namespace skranke {

namespace {

class MailMessageText {
    Q_DECLARE_TR_FUNCTIONS(skranke::MailMessage)
};

constexpr int maxLine = 78;
// 39 bytes of UTF-8 make 52 base64 characters; with "=?UTF-8?B?" and "?="
// an encoded-word is 64 characters and fits after "Subject: " on one line.
constexpr int encodedWordBytes = 39;
const QByteArray crlf = "\r\n";

bool isAtext(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           QStringLiteral("!#$%&'*+-/=?^_`{|}~").contains(c);
}

QString oneLine(QString text) {
    for (QChar& c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = QLatin1Char(' ');
    return text.simplified();
}

// RFC 2047 encoded-words, each a whole number of characters, so that no
// decoder ever sees half of an "ø".
QList<QByteArray> encodedWords(const QString& text) {
    QList<QByteArray> words;
    QByteArray chunk;
    for (int i = 0; i < text.size(); ++i) {
        int len = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray utf8 = text.mid(i, len).toUtf8();
        i += len - 1;
        if (chunk.size() + utf8.size() > encodedWordBytes) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += utf8;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words;
}

// A header from tokens that must stay whole, folded at the spaces between
// them (CRLF + space) so that no line passes 78 characters.
QByteArray header(const QByteArray& name, const QList<QByteArray>& tokens) {
    QByteArray out = name + ':';
    int lineLength = int(out.size());
    for (const QByteArray& t : tokens) {
        if (lineLength + 1 + t.size() > maxLine && lineLength > name.size() + 1) {
            out += crlf;
            lineLength = 0;
        }
        out += ' ' + t;
        lineLength += 1 + int(t.size());
    }
    return out + crlf;
}

QList<QByteArray> asciiWords(const QString& text) {
    QList<QByteArray> words;
    for (const QString& w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words << w.toLatin1();
    return words;
}

// Unstructured text (Subject): as is when plain ASCII, else encoded-words.
QList<QByteArray> textTokens(const QString& raw) {
    const QString text = oneLine(raw);
    bool plain = !text.contains(QLatin1String("=?"));
    for (QChar c : text)
        plain &= c.unicode() >= 0x20 && c.unicode() < 0x7F;
    for (const QString& w : text.split(QLatin1Char(' ')))
        plain &= w.size() <= maxLine - 10;
    return plain ? asciiWords(text) : encodedWords(text);
}

// A display name is a phrase: atoms as is, anything else (æøå, a comma,
// quotes) as encoded-words, which need no quoting rules.
QList<QByteArray> phraseTokens(const QString& raw) {
    const QString name = oneLine(raw);
    bool atoms = true;
    for (QChar c : name)
        atoms &= c == QLatin1Char(' ') || isAtext(c);
    return atoms ? asciiWords(name) : encodedWords(name);
}

QByteArray mailbox(const QByteArray& name, const QString& displayName, const QString& address,
                   const QString& field) {
    QList<QByteArray> tokens = phraseTokens(displayName);
    const QByteArray addr = smtpAddress(address, field);
    tokens << (tokens.isEmpty() ? addr : '<' + addr + '>');
    return header(name, tokens);
}

QByteArray rfc5322Date(const QDateTime& date) {
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = date.date();
    const QTime t = date.time();
    const int offset = date.offsetFromUtc() / 60;
    const int absOffset = offset < 0 ? -offset : offset;
    return QString::asprintf("%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d", days[d.dayOfWeek() - 1],
                             d.day(), months[d.month() - 1], d.year(), t.hour(), t.minute(),
                             t.second(), offset < 0 ? '-' : '+', absOffset / 60, absOffset % 60)
        .toLatin1();
}

QByteArray base64Lines(const QByteArray& data) {
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + crlf;
    return out;
}

QByteArray crlfText(QString text) {
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return text.toUtf8();
}

QString safeFileName(const QString& raw) {
    QString name = oneLine(raw);
    name = name.mid(name.lastIndexOf(QLatin1Char('/')) + 1);
    name = name.mid(name.lastIndexOf(QLatin1Char('\\')) + 1);
    return name.isEmpty() ? QStringLiteral("attachment") : name;
}

// A file-name parameter: quoted when it is short plain ASCII, else the
// RFC 2231 extended form (UTF-8, percent-encoded), split into numbered
// continuations so that no line grows past 78 characters.
QByteArray fileNameParam(const QByteArray& param, const QString& fileName) {
    bool plain = true;
    for (QChar c : fileName)
        plain &= c.unicode() >= 0x20 && c.unicode() < 0x7F && c != QLatin1Char('"') &&
                 c != QLatin1Char('\\');
    if (plain && 1 + param.size() + 2 + fileName.size() + 2 <= maxLine)
        return ' ' + param + "=\"" + fileName.toLatin1() + '"';
    const QByteArray encoded =
        "UTF-8''" + fileName.toUtf8().toPercentEncoding("!#$&+-.^_`|~", "*'%");
    QList<QByteArray> pieces;
    for (qsizetype i = 0; i < encoded.size();) {
        qsizetype n = std::min<qsizetype>(60, encoded.size() - i);
        // Never cut through a %XX escape.
        if (i + n < encoded.size()) {
            if (encoded[i + n - 1] == '%')
                n -= 1;
            else if (n >= 2 && encoded[i + n - 2] == '%')
                n -= 2;
        }
        pieces << encoded.mid(i, n);
        i += n;
    }
    QByteArray out;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            out += ";\r\n";
        out += ' ' + param + '*' + QByteArray::number(i) + "*=" + pieces[i];
    }
    return out;
}

bool validMimeType(const QByteArray& type) {
    const qsizetype slash = type.indexOf('/');
    if (slash <= 0 || slash == type.size() - 1 || type.count('/') != 1 || type.size() > 60)
        return false;
    for (char c : type)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '/' ||
              QByteArrayLiteral("!#$&^_.+-").contains(c)))
            return false;
    return true;
}

QByteArray attachmentPart(const MailAttachment& a) {
    const QString name = safeFileName(a.fileName);
    const QByteArray type = validMimeType(a.mimeType)
                                ? a.mimeType.toLower()
                                : QByteArrayLiteral("application/octet-stream");
    return "Content-Type: " + type + ";\r\n" + fileNameParam("name", name) + crlf +
           "Content-Disposition: attachment;\r\n" + fileNameParam("filename", name) + crlf +
           "Content-Transfer-Encoding: base64\r\n\r\n" + base64Lines(a.data);
}

QByteArray textPart(const QString& body) {
    return "Content-Type: text/plain; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n" +
           base64Lines(crlfText(body));
}

}  // namespace

QByteArray smtpAddress(const QString& address, const QString& field) {
    const QString text = address.trimmed();
    const auto refuse = [&] {
        return Error::invalid(
            field, MailMessageText::tr("\"%1\" is not an email address (%2).").arg(address, field));
    };
    if (!Identifiers::isEmail(text))
        throw refuse();
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    const QString local = text.left(at);
    for (QChar c : local)
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7F ||
            QStringLiteral("<>()[]\\,;:\"").contains(c))
            throw refuse();
    const QByteArray domain = QUrl::toAce(text.mid(at + 1), QUrl::AceTransitionalProcessing);
    if (domain.isEmpty())
        throw refuse();
    return local.toLatin1() + '@' + domain;
}

QByteArray newMessageId(const QString& fromAddress, std::int64_t unixMs) {
    const qsizetype at = fromAddress.lastIndexOf(QLatin1Char('@'));
    QByteArray domain = at < 0 ? QByteArray() : QUrl::toAce(fromAddress.mid(at + 1).trimmed());
    if (domain.isEmpty())
        domain = "skranke.invalid";
    return '<' + Uuid::v7(unixMs).toHex() + '@' + domain + '>';
}

QByteArray toMime(const MailMessage& message, const QDateTime& date, const QByteArray& messageId) {
    QByteArray id = messageId.trimmed();
    if (!id.startsWith('<'))
        id = '<' + id + '>';
    QByteArray out;
    out += header("Date", {rfc5322Date(date)});
    out += mailbox("From", message.fromName, message.fromAddress, QStringLiteral("from_address"));
    out += mailbox("To", message.toName, message.to, QStringLiteral("to"));
    out += header("Subject", textTokens(message.subject));
    out += header("Message-ID", {id});
    out += "MIME-Version: 1.0\r\n";
    if (message.attachments.empty())
        return out + textPart(message.body);

    // Every part is base64, whose alphabet has no "_", so a boundary with
    // "=_" in it cannot occur inside a part.
    const QByteArray boundary =
        "=_skranke_" +
        QCryptographicHash::hash(id + out, QCryptographicHash::Sha256).toHex().left(32);
    out += "Content-Type: multipart/mixed;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    out += "This is a MIME message.\r\n";
    out += "--" + boundary + crlf + textPart(message.body);
    for (const MailAttachment& a : message.attachments)
        out += "--" + boundary + crlf + attachmentPart(a);
    out += "--" + boundary + "--\r\n";
    return out;
}

}  // namespace skranke
