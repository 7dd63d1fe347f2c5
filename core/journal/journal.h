#pragma once

#include "core/journal/journalentry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace skranke {

class Database;

// The append-only audit journal. Every command appends one entry in its own
// transaction; each entry's hash covers its fields and the previous hash, so
// changing, removing or reordering an entry breaks the chain at that entry.
class Journal final {
    Q_DECLARE_TR_FUNCTIONS(skranke::Journal)
public:
    struct Verification {
        bool chainIntact = true;
        bool triggersIntact = true;
        std::int64_t entriesChecked = 0;
        std::optional<std::int64_t> firstBrokenId;
        QString reason;
        bool ok() const { return chainIntact && triggersIntact; }
    };

    // Appends inside the caller's transaction; returns the new entry's id.
    static std::int64_t append(Database& db, std::int64_t atMs, const JournalActor& actor,
                               const QString& entity, const QByteArray& entityUid,
                               const QString& action, const QJsonObject& payload);

    static QByteArray computeHash(const JournalEntry& entry);
    static Verification verify(Database& db);

    // Newest first, entries with id < beforeId (0 = from the newest).
    static std::vector<JournalEntry> page(Database& db, std::int64_t beforeId, int limit);
    static std::vector<JournalEntry> forEntity(Database& db, const QByteArray& entityUid);
    static std::int64_t count(Database& db);
};

}  // namespace skranke
