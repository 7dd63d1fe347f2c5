#include "core/store/statement.h"

#include "core/store/database.h"
#include "core/store/error.h"

#include <sqlite3.h>

namespace skranke {

Statement::Statement(Database& db, sqlite3_stmt* stmt, std::string cacheKey)
    : m_db(&db), m_stmt(stmt), m_cacheKey(std::move(cacheKey)) {
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db),
      m_stmt(other.m_stmt),
      m_cacheKey(std::move(other.m_cacheKey)),
      m_stepped(other.m_stepped) {
    other.m_stmt = nullptr;
}

Statement::~Statement() {
    if (m_stmt)
        m_db->release(m_stmt, std::move(m_cacheKey));
}

Statement& Statement::bind(int index, std::int64_t value) {
    rewind();
    if (int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    rewind();
    const QByteArray utf8 = value.toUtf8();
    if (int rc =
            sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, const char* utf8) {
    rewind();
    if (int rc = sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob) {
    rewind();
    // A null QByteArray binds SQL NULL; an empty one binds a zero-length blob.
    if (blob.isNull())
        return bindNull(index);
    if (int rc =
            sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bindNull(int index) {
    rewind();
    if (int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

// Binding after a step starts the statement over, so one prepared
// statement can run once per row of a loop.
void Statement::rewind() {
    if (m_stepped) {
        sqlite3_reset(m_stmt);
        m_stepped = false;
    }
}

bool Statement::step() {
    m_stepped = true;
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(rc);
}

void Statement::run() {
    while (step()) {
    }
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

std::optional<std::int64_t> Statement::optInt64(int column) const {
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

QString Statement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const {
    const void* p = sqlite3_column_blob(m_stmt, column);
    if (!p)
        return {};
    return QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, column));
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt);
}

void Statement::fail(int rc) const {
    m_db->throwError(rc, sqlite3_sql(m_stmt));
}

}  // namespace skranke
