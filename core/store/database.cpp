#include "core/store/database.h"

#include "core/store/error.h"
#include "core/store/fileinspector.h"
#include "core/store/migrator.h"

#include <sqlite3.h>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <mutex>

namespace skranke {

namespace {

sqlite3* openHandle(const QString& path, int flags) {
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        QString why = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::number(rc);
        sqlite3_close_v2(db);
        throw Error(ErrorCode::Storage,
                    QCoreApplication::translate("skranke::Database", "Cannot open %1: %2")
                        .arg(QDir::toNativeSeparators(path), why));
    }
    sqlite3_extended_result_codes(db, 1);
    return db;
}

}  // namespace

namespace {

// The files this process has open, with how many connections each.
class OpenFiles final {
public:
    static bool contains(const QString& path) {
        const std::lock_guard lock(mutex());
        return counts().contains(path);
    }
    static void add(const QString& path) {
        const std::lock_guard lock(mutex());
        ++counts()[path];
    }
    static void remove(const QString& path) {
        const std::lock_guard lock(mutex());
        if (--counts()[path] <= 0)
            counts().remove(path);
    }

private:
    static std::mutex& mutex() {
        static std::mutex m;
        return m;
    }
    static QHash<QString, int>& counts() {
        static QHash<QString, int> c;
        return c;
    }
};

}  // namespace

std::unique_ptr<Database> Database::open(const QString& path, OpenMode mode) {
    const QFileInfo file(path);
    const QString shown = QDir::toNativeSeparators(file.absoluteFilePath());
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        throw Error(
            ErrorCode::Storage,
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.filePath())));

    if (!file.exists()) {
        if (mode == OpenMode::Existing)
            throw Error(ErrorCode::NotFound,
                        tr("There is no Skranke database at %1. Create one with "
                           "\"skranke-cli init\" or \"skranke-cli demo\".")
                            .arg(shown));
        if (!folder.isWritable())
            throw Error(ErrorCode::Storage,
                        tr("Cannot create %1: the folder is read-only.").arg(shown));
    } else {
        if (mode == OpenMode::Create)
            throw Error(ErrorCode::Conflict,
                        tr("%1 already exists; it is left as it is.").arg(shown));
        // Decide from the header alone, so a foreign file is never touched.
        // Not again while this process has the file open (a worker's second
        // connection): closing any other handle to it would drop the POSIX
        // locks SQLite holds, and another process could then delete the WAL.
        if (!OpenFiles::contains(shown))
            FileInspector::requireSkrankeFile(file.absoluteFilePath(), latestSchemaVersion());
        if (!file.isWritable())
            throw Error(ErrorCode::Storage, tr("%1 is read-only.").arg(shown));
    }

    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
                      (mode == OpenMode::Create ? SQLITE_OPEN_CREATE : 0);
    std::unique_ptr<Database> db(new Database(openHandle(file.absoluteFilePath(), flags), shown));
    db->configure();
    Migrator::migrate(*db);
    return db;
}

Database::Database(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {
    OpenFiles::add(m_path);
}

Database::~Database() {
    OpenFiles::remove(m_path);
    for (auto& [key, list] : m_cache)
        for (sqlite3_stmt* s : list)
            sqlite3_finalize(s);
    sqlite3_close_v2(m_db);
}

namespace {

// fold(text): the text case-folded the Unicode way (SQLite's own lower() and
// LIKE fold ASCII only), so that searching "ø" finds "Øster". Deterministic
// and innocuous: usable in queries under trusted_schema=OFF.
void foldFunction(sqlite3_context* ctx, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray folded =
        QString::fromUtf8(text, sqlite3_value_bytes(argv[0])).toCaseFolded().toUtf8();
    sqlite3_result_text(ctx, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

}  // namespace

namespace {

// Waiting for another connection's write lock: try again every 2 ms, for
// up to 5 s. SQLite's own busy timeout backs off to 100 ms between tries and
// so misses the short pauses a long writer (the first year of vouchers)
// leaves between its transactions for a till to book a sale in.
int retryWhileBusy(void*, int tries) {
    constexpr int StepMs = 2;
    constexpr int TotalMs = 5000;
    if (tries * StepMs >= TotalMs)
        return 0;
    sqlite3_sleep(StepMs);
    return 1;
}

}  // namespace

void Database::configure() {
    sqlite3_busy_handler(m_db, retryWhileBusy, nullptr);
    sqlite3_create_function(m_db, "fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                            nullptr, foldFunction, nullptr, nullptr);
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = FULL");
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA trusted_schema = OFF");
    // 64 MiB of pages instead of SQLite's 2 MiB: a business's file grows to
    // gigabytes, and a big transaction (a year of vouchers, a billing run)
    // otherwise spills its pages to the WAL and reads them back.
    exec("PRAGMA cache_size = -65536");
}

int Database::schemaVersion() {
    auto st = prepare("PRAGMA user_version");
    st.step();
    return int(st.int64(0));
}

Statement Database::prepare(std::string_view sql) {
    std::string key(sql);
    if (auto it = m_cache.find(key); it != m_cache.end() && !it->second.empty()) {
        sqlite3_stmt* s = it->second.back();
        it->second.pop_back();
        return Statement(*this, s, std::move(key));
    }
    sqlite3_stmt* s = nullptr;
    const char* tail = nullptr;
    int rc =
        sqlite3_prepare_v3(m_db, key.data(), int(key.size()), SQLITE_PREPARE_PERSISTENT, &s, &tail);
    if (rc != SQLITE_OK)
        throwError(rc, key.c_str());
    const bool trailing =
        tail && std::string_view(tail).find_first_not_of(" \t\r\n;") != std::string_view::npos;
    if (trailing || !s) {
        sqlite3_finalize(s);
        throw Error(ErrorCode::Storage,
                    QStringLiteral("Statement must be exactly one SQL statement: %1")
                        .arg(QString::fromUtf8(key.c_str())));
    }
    return Statement(*this, s, std::move(key));
}

void Database::release(sqlite3_stmt* stmt, std::string cacheKey) {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    m_cache[std::move(cacheKey)].push_back(stmt);
}

void Database::exec(std::string_view sql) {
    prepare(sql).run();
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const {
    return sqlite3_changes(m_db);
}
bool Database::inTransaction() const {
    return sqlite3_get_autocommit(m_db) == 0;
}

void Database::backupTo(const QString& targetPath) {
    const QFileInfo target(targetPath);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    if (target.exists())
        throw Error(ErrorCode::Conflict, tr("%1 already exists; choose a new file.").arg(shown),
                    QStringLiteral("file"));
    if (!QFileInfo(target.absolutePath()).isDir())
        throw Error(ErrorCode::Storage, tr("The folder %1 does not exist.")
                                            .arg(QDir::toNativeSeparators(target.absolutePath())));
    sqlite3* out =
        openHandle(target.absoluteFilePath(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3_backup* backup = sqlite3_backup_init(out, "main", m_db, "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(out);
    if (backup)
        sqlite3_backup_finish(backup);
    QString why = QString::fromUtf8(sqlite3_errmsg(out));
    sqlite3_close_v2(out);
    if (rc != SQLITE_DONE) {
        QFile::remove(target.absoluteFilePath());
        throw Error(ErrorCode::Storage, tr("Backup to %1 failed: %2").arg(shown, why));
    }
}

void Database::throwError(int rc, const char* sql) const {
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    const int primary = rc & 0xff;
    if (primary == SQLITE_CONSTRAINT)
        throw Error(ErrorCode::Conflict, message);
    QString text = message;
    if (sql)
        text += QStringLiteral(" [%1]").arg(QString::fromUtf8(sql).simplified());
    throw Error(ErrorCode::Storage, text);
}

}  // namespace skranke
