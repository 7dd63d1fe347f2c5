#pragma once

#include "core/auth/staffuser.h"
#include "core/journal/journalentry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace skranke {

class Clock;
class Database;

// A logged-in staff user at this device: what every command acts through.
// Commands call require() for their right and journal() for their trace.
class Session final {
    Q_DECLARE_TR_FUNCTIONS(skranke::Session)
public:
    Session(Database& db, const Clock& clock, StaffUser user, QSet<QString> rights,
            QByteArray deviceUid);

    Database& db() const { return m_db; }
    const Clock& clock() const { return m_clock; }
    const StaffUser& user() const { return m_user; }
    const QSet<QString>& rights() const { return m_rights; }

    bool has(const QString& right) const { return m_rights.contains(right); }
    bool has(const char* right) const { return has(QString::fromLatin1(right)); }
    // Throws Forbidden naming the user and what they may not do.
    void require(const char* right) const;

    JournalActor actor() const;
    std::int64_t journal(const QString& entity, const QByteArray& entityUid, const QString& action,
                         const QJsonObject& payload) const;

private:
    Database& m_db;
    const Clock& m_clock;
    StaffUser m_user;
    QSet<QString> m_rights;
    QByteArray m_deviceUid;
};

}  // namespace skranke
