#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>
#include <string>

struct sqlite3_stmt;

namespace skranke {

class Database;

// One prepared SQL statement. Bound values are copied into SQLite, so the
// caller's strings may go away before step(). A statement obtained from
// Database::prepare() goes back to the database's cache when destroyed.
class Statement final {
public:
    Statement(Database& db, sqlite3_stmt* stmt, std::string cacheKey);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, long long value) {
        return bind(index, static_cast<std::int64_t>(value));
    }
    Statement& bind(int index, bool value) { return bind(index, std::int64_t{value ? 1 : 0}); }
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* utf8);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }
    // Binds the values to ?1, ?2, … in order.
    template <typename... T>
    Statement& bindAll(const T&... values) {
        int i = 0;
        (bind(++i, values), ...);
        return *this;
    }

    // Advances to the next row; false when there are no more. Binding again
    // afterwards starts the statement over with the new values.
    bool step();
    // Runs a statement that returns no rows (INSERT, UPDATE, …).
    void run();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    std::optional<std::int64_t> optInt64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    int columnCount() const;

private:
    [[noreturn]] void fail(int rc) const;
    void rewind();

    Database* m_db;
    sqlite3_stmt* m_stmt;
    std::string m_cacheKey;
    bool m_stepped = false;
};

}  // namespace skranke
