#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/fileinspector.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "tests/support/tempdir.h"

#include <sqlite3.h>
#include <unistd.h>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace skranke;

namespace {

QByteArray fileHash(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void makeForeignSqlite(const QString& path, int userVersion, int applicationId) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    const QByteArray sql = "CREATE TABLE t(x); INSERT INTO t VALUES (42); PRAGMA user_version = " +
                           QByteArray::number(userVersion) +
                           "; PRAGMA application_id = " + QByteArray::number(applicationId) + ";";
    REQUIRE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

ErrorCode openError(const QString& path) {
    try {
        Database::open(path, Database::OpenMode::Existing);
    } catch (const Error& e) {
        return e.code();
    }
    FAIL("opening " << path.toStdString() << " should have failed");
    return ErrorCode::Storage;
}

}  // namespace

TEST_CASE("a new database is migrated to the latest schema with our pragmas", "[store]") {
    test::TempDir dir;
    auto db = Database::open(dir.path("new.sqlite"), Database::OpenMode::Create);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 2);

    auto mode = db->prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == QStringLiteral("wal"));
    auto sync = db->prepare("PRAGMA synchronous");
    REQUIRE(sync.step());
    CHECK(sync.int64(0) == 2);  // FULL
    auto fk = db->prepare("PRAGMA foreign_keys");
    REQUIRE(fk.step());
    CHECK(fk.int64(0) == 1);
    auto app = db->prepare("PRAGMA application_id");
    REQUIRE(app.step());
    CHECK(app.int64(0) == Database::ApplicationId);
}

TEST_CASE("reopening an existing database keeps its data and version", "[store]") {
    test::TempDir dir;
    const QString path = dir.path("s.sqlite");
    {
        auto db = Database::open(path, Database::OpenMode::Create);
        Settings::set(*db, QStringLiteral("k"), QStringLiteral("v"));
    }
    auto db = Database::open(path, Database::OpenMode::Existing);
    CHECK(Settings::value(*db, QStringLiteral("k")) == QStringLiteral("v"));
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("files that are not ours are refused and left byte-identical", "[store]") {
    test::TempDir dir;

    SECTION("a text file") {
        const QString path = dir.path("notes.txt");
        writeFile(path, "Kære kunde,\nhusk at betale.\n");
        const QByteArray before = fileHash(path);
        CHECK(openError(path) == ErrorCode::NotOurFile);
        CHECK(fileHash(path) == before);
    }
    SECTION("an empty file") {
        const QString path = dir.path("empty.sqlite");
        writeFile(path, "");
        CHECK(openError(path) == ErrorCode::NotOurFile);
        CHECK(QFileInfo(path).size() == 0);
    }
    SECTION("another program's SQLite file") {
        const QString path = dir.path("foreign.sqlite");
        makeForeignSqlite(path, 3, 0x12345678);
        const QByteArray before = fileHash(path);
        CHECK(openError(path) == ErrorCode::NotOurFile);
        CHECK(fileHash(path) == before);
    }
    SECTION("a Skranke file from a newer version") {
        const QString path = dir.path("newer.sqlite");
        makeForeignSqlite(path, Database::latestSchemaVersion() + 1, Database::ApplicationId);
        const QByteArray before = fileHash(path);
        CHECK(openError(path) == ErrorCode::NewerSchema);
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("the error messages say what is wrong with the file", "[store]") {
    test::TempDir dir;
    const QString path = dir.path("notes.txt");
    writeFile(path, "hello");
    try {
        Database::open(path, Database::OpenMode::Existing);
        FAIL("expected an error");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("not a Skranke database")));
        CHECK(e.message().contains(QStringLiteral("notes.txt")));
    }
}

TEST_CASE("missing and read-only places give clear errors", "[store]") {
    test::TempDir dir;
    CHECK(openError(dir.path("absent.sqlite")) == ErrorCode::NotFound);
    try {
        Database::open(dir.path("no/such/folder/x.sqlite"), Database::OpenMode::Create);
        FAIL("expected an error");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Storage);
        CHECK(e.message().contains(QStringLiteral("does not exist")));
    }
    if (geteuid() != 0) {  // root may write anywhere
        const QString ro = dir.path("ro");
        REQUIRE(QDir().mkdir(ro));
        QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        try {
            Database::open(ro + QStringLiteral("/x.sqlite"), Database::OpenMode::Create);
            FAIL("expected an error");
        } catch (const Error& e) {
            CHECK(e.message().contains(QStringLiteral("read-only")));
        }
    }
}

TEST_CASE("an uncommitted transaction is rolled back", "[store]") {
    test::TempDir dir;
    auto db = Database::open(dir.path("t.sqlite"), Database::OpenMode::Create);
    try {
        Transaction tx(*db);
        Settings::set(*db, QStringLiteral("a"), QStringLiteral("1"));
        throw Error(ErrorCode::Conflict, QStringLiteral("boom"));
    } catch (const Error&) {
    }
    CHECK_FALSE(Settings::get(*db, QStringLiteral("a")).has_value());
    CHECK_FALSE(db->inTransaction());

    SECTION("a nested transaction rolls back only its own part") {
        Transaction outer(*db);
        Settings::set(*db, QStringLiteral("outer"), QStringLiteral("1"));
        {
            Transaction inner(*db);
            Settings::set(*db, QStringLiteral("inner"), QStringLiteral("1"));
        }
        outer.commit();
        CHECK(Settings::get(*db, QStringLiteral("outer")).has_value());
        CHECK_FALSE(Settings::get(*db, QStringLiteral("inner")).has_value());
    }
}

TEST_CASE("statements refuse several SQL statements at once", "[store]") {
    test::TempDir dir;
    auto db = Database::open(dir.path("m.sqlite"), Database::OpenMode::Create);
    CHECK_THROWS_AS(db->prepare("SELECT 1; DROP TABLE setting"), Error);
    CHECK_NOTHROW(db->prepare("SELECT 1;"));
}

TEST_CASE("bound text is copied before the caller's string goes away", "[store]") {
    test::TempDir dir;
    auto db = Database::open(dir.path("b.sqlite"), Database::OpenMode::Create);
    {
        auto st = db->prepare("INSERT INTO setting(key, value) VALUES (?1, ?2)");
        {
            QString key = QStringLiteral("temporary-key");
            st.bind(1, key).bind(2, QString(QStringLiteral("value")));
            key.fill(QLatin1Char('x'));
        }
        st.run();
    }
    CHECK(Settings::get(*db, QStringLiteral("temporary-key")).has_value());
}

TEST_CASE("the statement cache hands out distinct statements for nested use", "[store]") {
    test::TempDir dir;
    auto db = Database::open(dir.path("c.sqlite"), Database::OpenMode::Create);
    for (int i = 0; i < 3; ++i)
        Settings::set(*db, QStringLiteral("k%1").arg(i), QString::number(i));
    const char* sql = "SELECT key FROM setting WHERE key LIKE 'k%' ORDER BY key";
    auto outer = db->prepare(sql);
    int pairs = 0;
    while (outer.step()) {
        auto inner = db->prepare(sql);
        while (inner.step())
            ++pairs;
    }
    CHECK(pairs == 9);
}

TEST_CASE("online backup copies a consistent database and refuses to overwrite", "[store]") {
    test::TempDir dir;
    auto db = Database::open(dir.path("live.sqlite"), Database::OpenMode::Create);
    Settings::set(*db, QStringLiteral("till"), QStringLiteral("1"));
    const QString target = dir.path("backup.sqlite");
    db->backupTo(target);
    auto copy = Database::open(target, Database::OpenMode::Existing);
    CHECK(Settings::value(*copy, QStringLiteral("till")) == QStringLiteral("1"));
    CHECK_THROWS_AS(db->backupTo(target), Error);
}

TEST_CASE("uids made in one millisecond keep the order they were made in", "[store]") {
    const std::int64_t ms = 1772442000000;
    QByteArray previous = Uuid::v7(ms);
    for (int i = 0; i < 10000; ++i) {
        const QByteArray next = Uuid::v7(ms);
        REQUIRE(next.size() == 16);
        REQUIRE(previous < next);
        // A version-7, RFC 4122 uid with the millisecond in front.
        REQUIRE((static_cast<unsigned char>(next[6]) >> 4) == 7);
        REQUIRE((static_cast<unsigned char>(next[8]) >> 6) == 2);
        REQUIRE(next.left(6) == previous.left(6));
        previous = next;
    }
    CHECK(Uuid::fromText(Uuid::toText(previous)) == previous);
    CHECK(previous < Uuid::v7(ms + 1));
}
