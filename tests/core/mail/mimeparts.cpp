#include "tests/core/mail/mimeparts.h"

#include <QRegularExpression>

namespace skranke::test {

QString decodeEncodedWords(const QByteArray& value) {
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    const QString text = QString::fromLatin1(value);
    QByteArray out;
    qsizetype pos = 0;
    bool lastWasWord = false;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString between = text.mid(pos, m.capturedStart() - pos);
        // Whitespace between two encoded-words is not part of the text.
        if (!(lastWasWord && between.trimmed().isEmpty()))
            out += between.toUtf8();
        out += QByteArray::fromBase64(m.captured(1).toLatin1());
        pos = m.capturedEnd();
        lastWasWord = true;
    }
    out += text.mid(pos).toUtf8();
    return QString::fromUtf8(out);
}

QByteArray MimePart::decodedBody() const {
    if (headers.value("content-transfer-encoding")
            .compare(QLatin1String("base64"), Qt::CaseInsensitive) == 0)
        return QByteArray::fromBase64(rawBody);
    return rawBody;
}

MimePart parsePart(const QByteArray& bytes) {
    MimePart part;
    const qsizetype split = bytes.indexOf("\r\n\r\n");
    const QByteArray head = split < 0 ? bytes : bytes.left(split);
    part.rawBody = split < 0 ? QByteArray() : bytes.mid(split + 4);
    QByteArray unfolded = head;
    unfolded.replace("\r\n ", " ");
    unfolded.replace("\r\n\t", " ");
    for (const QByteArray& line : unfolded.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        const qsizetype colon = l.indexOf(':');
        if (colon > 0)
            part.headers.insert(l.left(colon).toLower(),
                                decodeEncodedWords(l.mid(colon + 1).trimmed()));
    }
    return part;
}

MimeMessage parseMime(const QByteArray& bytes) {
    MimeMessage m;
    m.top = parsePart(bytes);
    static const QRegularExpression boundary(QStringLiteral("boundary=\"([^\"]+)\""));
    const auto match = boundary.match(m.top.headers.value("content-type"));
    if (!match.hasMatch())
        return m;
    const QByteArray delimiter = "--" + match.captured(1).toLatin1();
    const QList<QByteArray> chunks = m.top.rawBody.split('\n');
    QByteArray current;
    bool inPart = false;
    for (const QByteArray& rawLine : chunks) {
        const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
        if (line == delimiter || line == delimiter + "--") {
            if (inPart)
                m.parts << parsePart(current.chopped(2));  // the CRLF before the delimiter
            current.clear();
            inPart = line == delimiter;
            continue;
        }
        if (inPart)
            current += line + "\r\n";
    }
    return m;
}

}  // namespace skranke::test
