#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace skranke {

// Who did it: the acting staff user (empty uid for the system) and device.
struct JournalActor {
    QByteArray userUid;
    QString login;
    QByteArray deviceUid;
};

struct JournalEntry {
    std::int64_t id = 0;
    std::int64_t atMs = 0;
    QByteArray userUid;
    QString userLogin;
    QByteArray deviceUid;
    QString entity;
    QByteArray entityUid;
    QString action;
    QString payload;  // compact JSON, stored and hashed exactly as written
    QByteArray prevHash;
    QByteArray hash;
};

}  // namespace skranke
