#include "core/store/uuid.h"

#include <QRandomGenerator>
#include <QUuid>
#include <cstring>
#include <mutex>

namespace skranke {

// RFC 9562 §6.2, method 1: after the millisecond a 26-bit counter (the 12
// bits of rand_a and the first 14 of rand_b), then 48 random bits. Uids made
// in the same millisecond by this process still sort in the order they were
// made, so the unique index on them grows at its end instead of taking
// random inserts (a year of vouchers is made within one millisecond of the
// clock).
QByteArray Uuid::v7(std::int64_t unixMs) {
    static std::mutex lock;
    static std::int64_t lastMs = -1;
    static std::uint32_t counter = 0;
    std::uint32_t seq = 0;
    {
        const std::lock_guard<std::mutex> guard(lock);
        if (unixMs != lastMs || counter >= (1u << 26) - 1) {
            lastMs = unixMs;
            counter = 0;
        } else {
            ++counter;
        }
        seq = counter;
    }
    QByteArray b(16, Qt::Uninitialized);
    auto ms = static_cast<std::uint64_t>(unixMs);
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<char>((ms >> (8 * (5 - i))) & 0xff);
    b[6] = static_cast<char>(0x70 | ((seq >> 22) & 0x0f));  // version 7
    b[7] = static_cast<char>((seq >> 14) & 0xff);
    b[8] = static_cast<char>(0x80 | ((seq >> 8) & 0x3f));  // RFC 4122 variant
    b[9] = static_cast<char>(seq & 0xff);
    // A generator per thread, seeded from the system's: asking the system
    // for every uid was a system call per voucher of a year.
    thread_local QRandomGenerator random = [] {
        quint32 seed[8];
        QRandomGenerator::system()->fillRange(seed);
        return QRandomGenerator(seed, 8);
    }();
    const quint64 bits = random.generate64();
    std::memcpy(b.data() + 10, &bits, 6);
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
