#include "core/journal/journal.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "tests/support/tempdir.h"

#include <sqlite3.h>
#include <QFile>
#include <catch2/catch.hpp>

using namespace skranke;

namespace {

const JournalActor actor{QByteArray(16, '\1'), QStringLiteral("anna"), QByteArray(16, '\2')};

void appendEntries(Database& db, int n) {
    for (int i = 0; i < n; ++i) {
        Transaction tx(db);
        Journal::append(db, 1'700'000'000'000 + i, actor, QStringLiteral("invoice"),
                        QByteArray(16, char(i)), QStringLiteral("post"),
                        {{QStringLiteral("number"), i}});
        tx.commit();
    }
}

// Tampering as someone with the sqlite3 shell would: the triggers are
// dropped, a row changed, and the triggers put back.
void tamper(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    const std::string script =
        std::string("DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete;") + sql +
        "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN "
        "SELECT RAISE(ABORT, 'journal entries are immutable'); END;"
        "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN "
        "SELECT RAISE(ABORT, 'journal entries are immutable'); END;";
    char* err = nullptr;
    const int rc = sqlite3_exec(db, script.c_str(), nullptr, nullptr, &err);
    INFO((err ? err : ""));
    REQUIRE(rc == SQLITE_OK);
    sqlite3_close(db);
}

}  // namespace

TEST_CASE("appended entries form an intact chain", "[journal]") {
    test::TempDir dir;
    auto db = Database::open(dir.path("j.sqlite"), Database::OpenMode::Create);
    appendEntries(*db, 25);
    const auto v = Journal::verify(*db);
    CHECK(v.ok());
    CHECK(v.entriesChecked == 25);
    CHECK(Journal::count(*db) == 25);

    const auto newest = Journal::page(*db, 0, 10);
    REQUIRE(newest.size() == 10);
    CHECK(newest.front().id == 25);
    CHECK(Journal::page(*db, newest.back().id, 100).size() == 15);
    CHECK(newest.front().payload == QStringLiteral("{\"number\":24}"));
}

TEST_CASE("appending outside a transaction is refused", "[journal]") {
    test::TempDir dir;
    auto db = Database::open(dir.path("j.sqlite"), Database::OpenMode::Create);
    CHECK_THROWS_AS(
        Journal::append(*db, 1, actor, QStringLiteral("x"), {}, QStringLiteral("y"), {}), Error);
}

TEST_CASE("SQL triggers refuse changing or deleting journal entries", "[journal]") {
    test::TempDir dir;
    auto db = Database::open(dir.path("j.sqlite"), Database::OpenMode::Create);
    appendEntries(*db, 3);
    CHECK_THROWS_AS(db->exec("UPDATE journal SET payload = '{}' WHERE id = 2"), Error);
    CHECK_THROWS_AS(db->exec("DELETE FROM journal WHERE id = 3"), Error);
    CHECK(Journal::verify(*db).ok());
}

TEST_CASE("verify names the first entry that was tampered with", "[journal]") {
    test::TempDir dir;
    const QString path = dir.path("j.sqlite");
    {
        auto db = Database::open(path, Database::OpenMode::Create);
        appendEntries(*db, 12);
    }
    SECTION("a changed payload") {
        tamper(path, "UPDATE journal SET payload = '{\"number\":999}' WHERE id = 7;");
        auto db = Database::open(path, Database::OpenMode::Existing);
        const auto v = Journal::verify(*db);
        CHECK_FALSE(v.ok());
        REQUIRE(v.firstBrokenId);
        CHECK(*v.firstBrokenId == 7);
        CHECK(v.reason.contains(QStringLiteral("7")));
    }
    SECTION("a changed time") {
        tamper(path, "UPDATE journal SET at_ms = at_ms + 1 WHERE id = 4;");
        auto db = Database::open(path, Database::OpenMode::Existing);
        CHECK(*Journal::verify(*db).firstBrokenId == 4);
    }
    SECTION("a deleted entry") {
        tamper(path, "DELETE FROM journal WHERE id = 5;");
        auto db = Database::open(path, Database::OpenMode::Existing);
        const auto v = Journal::verify(*db);
        CHECK(*v.firstBrokenId == 5);
        CHECK(v.reason.contains(QStringLiteral("missing")));
    }
    SECTION("a rewritten hash does not hide the change from the next entry") {
        tamper(path, "UPDATE journal SET hash = zeroblob(32) WHERE id = 9;");
        auto db = Database::open(path, Database::OpenMode::Existing);
        CHECK(*Journal::verify(*db).firstBrokenId == 9);
    }
}

TEST_CASE("verify reports removed immutability triggers", "[journal]") {
    test::TempDir dir;
    const QString path = dir.path("j.sqlite");
    {
        auto db = Database::open(path, Database::OpenMode::Create);
        appendEntries(*db, 2);
        db->exec("DROP TRIGGER journal_no_update");
    }
    auto db = Database::open(path, Database::OpenMode::Existing);
    const auto v = Journal::verify(*db);
    CHECK(v.chainIntact);
    CHECK_FALSE(v.triggersIntact);
    CHECK_FALSE(v.ok());
}
