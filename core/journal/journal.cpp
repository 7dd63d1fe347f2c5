#include "core/journal/journal.h"

#include "core/store/database.h"
#include "core/store/error.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace skranke {

namespace {

const QByteArray genesisHash(32, '\0');

constexpr const char* selectEntry =
    "SELECT id, at_ms, user_uid, user_login, device_uid, entity, entity_uid, action, payload, "
    "prev_hash, hash FROM journal ";

JournalEntry readEntry(const Statement& st) {
    return JournalEntry{st.int64(0), st.int64(1), st.blob(2), st.text(3), st.blob(4), st.text(5),
                        st.blob(6),  st.text(7),  st.text(8), st.blob(9), st.blob(10)};
}

// Each field is length-prefixed so that no two different entries serialize
// to the same bytes.
void addField(QCryptographicHash& h, const QByteArray& bytes) {
    h.addData(QByteArray::number(bytes.size()) + ':');
    h.addData(bytes);
}

}  // namespace

QByteArray Journal::computeHash(const JournalEntry& e) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, QByteArray::number(e.id));
    addField(h, QByteArray::number(e.atMs));
    addField(h, e.userUid);
    addField(h, e.userLogin.toUtf8());
    addField(h, e.deviceUid);
    addField(h, e.entity.toUtf8());
    addField(h, e.entityUid);
    addField(h, e.action.toUtf8());
    addField(h, e.payload.toUtf8());
    addField(h, e.prevHash);
    return h.result();
}

std::int64_t Journal::append(Database& db, std::int64_t atMs, const JournalActor& actor,
                             const QString& entity, const QByteArray& entityUid,
                             const QString& action, const QJsonObject& payload) {
    if (!db.inTransaction())
        throw Error(ErrorCode::Storage,
                    QStringLiteral("Journal::append needs the command's transaction"));
    JournalEntry e;
    e.prevHash = genesisHash;
    {
        auto last = db.prepare("SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1");
        if (last.step()) {
            e.id = last.int64(0);
            e.prevHash = last.blob(1);
        }
    }
    e.id += 1;
    e.atMs = atMs;
    e.userUid = actor.userUid;
    e.userLogin = actor.login;
    e.deviceUid = actor.deviceUid;
    e.entity = entity;
    e.entityUid = entityUid;
    e.action = action;
    e.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    e.hash = computeHash(e);
    db.prepare(
          "INSERT INTO journal(id, at_ms, user_uid, user_login, device_uid, entity, "
          "entity_uid, action, payload, prev_hash, hash) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .bindAll(e.id, e.atMs, e.userUid, e.userLogin, e.deviceUid, e.entity, e.entityUid, e.action,
                 e.payload, e.prevHash, e.hash)
        .run();
    return e.id;
}

Journal::Verification Journal::verify(Database& db) {
    Verification v;
    QByteArray expectedPrev = genesisHash;
    std::int64_t expectedId = 1;
    auto st = db.prepare(std::string(selectEntry) + "ORDER BY id");
    while (st.step()) {
        const JournalEntry e = readEntry(st);
        ++v.entriesChecked;
        QString problem;
        if (e.id != expectedId)
            problem = tr("entry %1 is missing").arg(expectedId);
        else if (e.prevHash != expectedPrev)
            problem = tr("entry %1 does not follow the entry before it").arg(e.id);
        else if (computeHash(e) != e.hash)
            problem = tr("entry %1 was changed after it was written").arg(e.id);
        if (!problem.isEmpty()) {
            v.chainIntact = false;
            v.firstBrokenId = e.id != expectedId ? expectedId : e.id;
            v.reason = problem;
            break;
        }
        expectedPrev = e.hash;
        ++expectedId;
    }
    auto triggers = db.prepare(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
        "AND name IN ('journal_no_update', 'journal_no_delete')");
    triggers.step();
    v.triggersIntact = triggers.int64(0) == 2;
    if (!v.triggersIntact && v.chainIntact)
        v.reason = tr("the triggers that keep the journal immutable were removed");
    return v;
}

std::vector<JournalEntry> Journal::page(Database& db, std::int64_t beforeId, int limit) {
    auto st =
        db.prepare(std::string(selectEntry) + "WHERE ?1 = 0 OR id < ?1 ORDER BY id DESC LIMIT ?2");
    st.bindAll(beforeId, limit);
    std::vector<JournalEntry> out;
    while (st.step())
        out.push_back(readEntry(st));
    return out;
}

std::vector<JournalEntry> Journal::forEntity(Database& db, const QByteArray& entityUid) {
    auto st = db.prepare(std::string(selectEntry) + "WHERE entity_uid = ?1 ORDER BY id");
    st.bind(1, entityUid);
    std::vector<JournalEntry> out;
    while (st.step())
        out.push_back(readEntry(st));
    return out;
}

std::int64_t Journal::count(Database& db) {
    auto st = db.prepare("SELECT count(*) FROM journal");
    st.step();
    return st.int64(0);
}

}  // namespace skranke
