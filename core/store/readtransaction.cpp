#include "core/store/readtransaction.h"

#include "core/store/database.h"
#include "core/store/error.h"

namespace skranke {

ReadTransaction::ReadTransaction(Database& db) : m_db(db), m_began(!db.inTransaction()) {
    if (m_began)
        m_db.exec("BEGIN");
}

ReadTransaction::~ReadTransaction() {
    if (!m_began)
        return;
    try {
        m_db.exec("COMMIT");
    } catch (const Error&) {
        // Nothing was written; the next read starts afresh.
    }
}

}  // namespace skranke
