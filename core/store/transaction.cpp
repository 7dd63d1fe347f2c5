#include "core/store/transaction.h"

#include "core/store/database.h"

namespace skranke {

Transaction::Transaction(Database& db) : m_db(db) {
    if (m_db.inTransaction()) {
        // Savepoints nest by name; the innermost one of a name is the target.
        m_savepoint = "skranke_nested";
        m_db.exec("SAVEPOINT " + m_savepoint);
    } else {
        m_db.exec("BEGIN IMMEDIATE");
    }
}

Transaction::~Transaction() {
    if (m_done)
        return;
    try {
        if (m_savepoint.empty()) {
            if (m_db.inTransaction())
                m_db.exec("ROLLBACK");
        } else {
            m_db.exec("ROLLBACK TO " + m_savepoint);
            m_db.exec("RELEASE " + m_savepoint);
        }
    } catch (...) {
        // A failed rollback leaves SQLite to roll back when the handle closes.
    }
}

void Transaction::commit() {
    m_db.exec(m_savepoint.empty() ? std::string("COMMIT") : "RELEASE " + m_savepoint);
    m_done = true;
}

}  // namespace skranke
