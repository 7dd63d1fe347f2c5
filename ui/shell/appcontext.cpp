#include "ui/shell/appcontext.h"

namespace skranke {

AppContext::AppContext(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock) {
}

const Session& AppContext::session() const {
    return *m_session;
}

void AppContext::setSession(const Session& session) {
    m_session.emplace(session);
    Q_EMIT sessionChanged();
}

}  // namespace skranke
