#include "core/store/fileinspector.h"

#include "core/store/database.h"
#include "core/store/error.h"

#include <sqlite3.h>
#include <QDir>
#include <QFile>

namespace skranke {

namespace {

std::int32_t bigEndian32(const QByteArray& b, int at) {
    return std::int32_t((std::uint32_t(std::uint8_t(b[at])) << 24) |
                        (std::uint32_t(std::uint8_t(b[at + 1])) << 16) |
                        (std::uint32_t(std::uint8_t(b[at + 2])) << 8) |
                        std::uint32_t(std::uint8_t(b[at + 3])));
}

// In WAL mode the header in the main file may lag behind the log; ask SQLite,
// read-only, which never changes the main file.
FileInspector::Header readThroughSqlite(const QString& path, FileInspector::Header header) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        auto pragma = [db](const char* sql, std::int32_t& out) {
            sqlite3_stmt* st = nullptr;
            if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
                sqlite3_step(st) == SQLITE_ROW)
                out = sqlite3_column_int(st, 0);
            sqlite3_finalize(st);
        };
        pragma("PRAGMA application_id", header.applicationId);
        pragma("PRAGMA user_version", header.userVersion);
    }
    sqlite3_close_v2(db);
    return header;
}

}  // namespace

FileInspector::Header FileInspector::readHeader(const QString& path) {
    Header header;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return header;
    const QByteArray head = f.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (head.size() < 100 || !head.startsWith(magic))
        return header;
    header.isSqlite = true;
    header.userVersion = bigEndian32(head, 60);
    header.applicationId = bigEndian32(head, 68);
    if (header.applicationId == 0 && QFile::exists(path + QStringLiteral("-wal")))
        return readThroughSqlite(path, header);
    return header;
}

void FileInspector::requireSkrankeFile(const QString& path, int latestSchemaVersion) {
    const QString shown = QDir::toNativeSeparators(path);
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Storage, tr("Cannot read %1: %2").arg(shown, probe.errorString()));
    probe.close();

    const Header h = readHeader(path);
    if (!h.isSqlite)
        throw Error(ErrorCode::NotOurFile,
                    tr("%1 is not a Skranke database (it is not an SQLite file). "
                       "It was left unchanged.")
                        .arg(shown));
    if (h.applicationId != Database::ApplicationId)
        throw Error(ErrorCode::NotOurFile,
                    tr("%1 is an SQLite database of another program, not a Skranke database. "
                       "It was left unchanged.")
                        .arg(shown));
    if (h.userVersion > latestSchemaVersion)
        throw Error(ErrorCode::NewerSchema,
                    tr("%1 was written by a newer Skranke (schema %2; this version knows up to "
                       "%3). Update Skranke to open it. It was left unchanged.")
                        .arg(shown)
                        .arg(h.userVersion)
                        .arg(latestSchemaVersion));
}

}  // namespace skranke
