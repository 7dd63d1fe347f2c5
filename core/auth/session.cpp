#include "core/auth/session.h"

#include "core/auth/rights.h"
#include "core/journal/journal.h"
#include "core/store/error.h"
#include "core/time/clock.h"

namespace skranke {

Session::Session(Database& db, const Clock& clock, StaffUser user, QSet<QString> rights,
                 QByteArray deviceUid)
    : m_db(db),
      m_clock(clock),
      m_user(std::move(user)),
      m_rights(std::move(rights)),
      m_deviceUid(std::move(deviceUid)) {
}

void Session::require(const char* right) const {
    if (!has(right))
        throw Error(ErrorCode::Forbidden,
                    tr("%1 may not %2 (right \"%3\" is missing).")
                        .arg(m_user.displayName, rights::describe(QString::fromLatin1(right)),
                             QString::fromLatin1(right)));
}

JournalActor Session::actor() const {
    return {m_user.uid, m_user.login, m_deviceUid};
}

std::int64_t Session::journal(const QString& entity, const QByteArray& entityUid,
                              const QString& action, const QJsonObject& payload) const {
    return Journal::append(m_db, m_clock.nowMs(), actor(), entity, entityUid, action, payload);
}

}  // namespace skranke
