#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace skranke {

// 16-byte UUIDv7 (RFC 9562): a millisecond timestamp followed by random bits,
// so uids sort roughly by creation and never collide across installations.
class Uuid final {
public:
    static QByteArray v7(std::int64_t unixMs);
    static QString toText(const QByteArray& uid);     // 8-4-4-4-12 lowercase hex
    static QByteArray fromText(const QString& text);  // empty on bad input
};

}  // namespace skranke
