#pragma once

#include "core/store/statement.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace skranke {

// One Skranke database file. Opening checks that the file is ours and not
// newer than this build before anything is written, then sets the pragmas a
// till needs (WAL, synchronous=FULL, foreign keys, busy timeout) and runs the
// forward migrations.
class Database final {
    Q_DECLARE_TR_FUNCTIONS(skranke::Database)
public:
    enum class OpenMode { Existing, Create };

    // "SKRN": marks the file as Skranke's in the SQLite header.
    static constexpr std::int32_t ApplicationId = 0x534B524E;

    static std::unique_ptr<Database> open(const QString& path, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    int schemaVersion();
    static int latestSchemaVersion();

    // A prepared single statement, taken from the statement cache when the
    // same SQL was used before. Multi-statement SQL is refused.
    Statement prepare(std::string_view sql);
    // Runs one statement that returns no rows.
    void exec(std::string_view sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    bool inTransaction() const;

    // Copies the whole database, consistently, to a new file (online backup).
    void backupTo(const QString& targetPath);

    [[noreturn]] void throwError(int rc, const char* sql = nullptr) const;
    sqlite3* handle() const { return m_db; }

private:
    friend class Statement;
    Database(sqlite3* db, QString path);
    void configure();
    void release(sqlite3_stmt* stmt, std::string cacheKey);

    sqlite3* m_db;
    QString m_path;
    std::unordered_map<std::string, std::vector<sqlite3_stmt*>> m_cache;
};

}  // namespace skranke
