#pragma once

#include "core/auth/session.h"

#include <QObject>
#include <optional>

namespace skranke {

class Clock;
class Database;

// What the pages share: the open database, the clock and who is signed in.
class AppContext final : public QObject {
    Q_OBJECT
public:
    AppContext(Database& db, const Clock& clock, QObject* parent = nullptr);

    Database& db() const { return m_db; }
    const Clock& clock() const { return m_clock; }
    bool signedIn() const { return m_session.has_value(); }
    const Session& session() const;  // only when signedIn()
    void setSession(const Session& session);

Q_SIGNALS:
    void sessionChanged();

private:
    Database& m_db;
    const Clock& m_clock;
    std::optional<Session> m_session;
};

}  // namespace skranke
