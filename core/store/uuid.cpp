#include "core/store/uuid.h"

#include <QRandomGenerator>
#include <QUuid>

namespace skranke {

QByteArray Uuid::v7(std::int64_t unixMs) {
    QByteArray b(16, Qt::Uninitialized);
    auto ms = static_cast<std::uint64_t>(unixMs);
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<char>((ms >> (8 * (5 - i))) & 0xff);
    auto* rng = QRandomGenerator::system();
    for (int i = 6; i < 16; ++i)
        b[i] = static_cast<char>(rng->bounded(256));
    b[6] = static_cast<char>((b[6] & 0x0f) | 0x70);  // version 7
    b[8] = static_cast<char>((b[8] & 0x3f) | 0x80);  // RFC 4122 variant
    return b;
}

QString Uuid::toText(const QByteArray& uid) {
    if (uid.size() != 16)
        return {};
    return QUuid::fromRfc4122(uid).toString(QUuid::WithoutBraces);
}

QByteArray Uuid::fromText(const QString& text) {
    QUuid u(text);
    return u.isNull() ? QByteArray() : u.toRfc4122();
}

}  // namespace skranke
