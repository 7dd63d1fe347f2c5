#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace skranke::test {

// Just enough of a MIME reader to check what toMime writes: headers are
// unfolded and their RFC 2047 encoded-words decoded, parts are split at the
// boundary and base64 bodies decoded.
struct MimePart {
    QMap<QByteArray, QString> headers;  // lower-case names
    QByteArray rawBody;
    QByteArray decodedBody() const;
};

struct MimeMessage {
    MimePart top;
    QList<MimePart> parts;  // empty for a single-part message
};

MimePart parsePart(const QByteArray& bytes);
MimeMessage parseMime(const QByteArray& bytes);
QString decodeEncodedWords(const QByteArray& value);

}  // namespace skranke::test
