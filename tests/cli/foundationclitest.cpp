#include "tests/cli/clirunner.h"
#include "tests/support/tempdir.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace skranke::test;

namespace {

QStringList db(const QString& path, QStringList rest) {
    return QStringList{QStringLiteral("--db"), path} + rest;
}

QByteArray fileHash(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

}  // namespace

TEST_CASE("init creates a database with the company and its owner", "[cli]") {
    TempDir dir;
    const QString file = dir.path(QStringLiteral("shop.sqlite"));
    auto r = runCli(
        db(file, {QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--company"),
                  QStringLiteral("Havblik Kiosk"), QStringLiteral("--country"),
                  QStringLiteral("NO"), QStringLiteral("--org-number"), QStringLiteral("974760673"),
                  QStringLiteral("--owner"), QStringLiteral("ingrid")}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object().value(QStringLiteral("owner")).toString() == QStringLiteral("ingrid"));

    r = runCli(
        db(file, {QStringLiteral("--json"), QStringLiteral("company"), QStringLiteral("show")}));
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object().value(QStringLiteral("currency")).toString() == QStringLiteral("NOK"));
    CHECK(r.json().object().value(QStringLiteral("time_zone")).toString() ==
          QStringLiteral("Europe/Oslo"));

    r = runCli(
        db(file, {QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("list")}));
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.json().array().size() == 1);
    CHECK(r.json().array()[0].toObject().value(QStringLiteral("role")).toString() ==
          QStringLiteral("Owner"));

    SECTION("init refuses an existing file and leaves it unchanged") {
        const QByteArray before = fileHash(file);
        r = runCli(db(file, {QStringLiteral("init"), QStringLiteral("--company"),
                             QStringLiteral("X"), QStringLiteral("--owner"), QStringLiteral("x")}));
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("already exists")));
        CHECK(fileHash(file) == before);
    }
}

TEST_CASE("init with a bad organisation number writes no file", "[cli]") {
    TempDir dir;
    const QString file = dir.path(QStringLiteral("bad.sqlite"));
    auto r = runCli(
        db(file, {QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--company"),
                  QStringLiteral("X"), QStringLiteral("--org-number"), QStringLiteral("12345678"),
                  QStringLiteral("--owner"), QStringLiteral("x")}));
    CHECK(r.exitCode == 1);
    CHECK(r.errorJson().object()[QStringLiteral("error")][QStringLiteral("field")].toString() ==
          QStringLiteral("org_number"));
    CHECK_FALSE(QFile::exists(file));
}

TEST_CASE("the demo file's journal verifies, and a changed row is named", "[cli]") {
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.sqlite"));
    auto r =
        runCli(db(file, {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("7")}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    r = runCli(
        db(file, {QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("verify")}));
    REQUIRE(r.exitCode == 0);
    const QJsonObject ok = r.json().object();
    CHECK(ok.value(QStringLiteral("ok")).toBool());
    const int entries = ok.value(QStringLiteral("entries_checked")).toInt();
    CHECK(entries > 50);

    // Someone with the sqlite3 shell drops the guard, edits entry 10 and puts the guard back.
    REQUIRE(runSqliteShell(
                file, QStringLiteral(
                          "DROP TRIGGER journal_no_update;"
                          "UPDATE journal SET payload = replace(payload, 'a', 'e') WHERE id = 10;"
                          "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN "
                          "SELECT RAISE(ABORT, 'journal entries are immutable'); END;")) == 0);
    r = runCli(
        db(file, {QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("verify")}));
    CHECK(r.exitCode == 1);
    const QJsonObject broken = r.json().object();
    CHECK_FALSE(broken.value(QStringLiteral("ok")).toBool());
    CHECK(broken.value(QStringLiteral("first_broken_entry")).toInt() == 10);
}

TEST_CASE("write commands need a user with the right PIN and right", "[cli]") {
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli(db(file, {QStringLiteral("demo")})).exitCode == 0);
    const QStringList setCity{QStringLiteral("--json"), QStringLiteral("company"),
                              QStringLiteral("set"), QStringLiteral("--city"),
                              QStringLiteral("Hirtshals")};

    auto r = runCli(db(file, setCity));
    CHECK(r.exitCode == 2);  // no --user

    r = runCli(db(file, QStringList{QStringLiteral("--user"), QStringLiteral("manager")} + setCity),
               QStringLiteral("0000"));
    CHECK(r.exitCode == 1);
    CHECK(r.errorJson().object()[QStringLiteral("error")][QStringLiteral("field")].toString() ==
          QStringLiteral("pin"));

    r = runCli(db(file, QStringList{QStringLiteral("--user"), QStringLiteral("desk")} + setCity));
    CHECK(r.exitCode == 1);
    CHECK(r.errorJson().object()[QStringLiteral("error")][QStringLiteral("code")].toString() ==
          QStringLiteral("forbidden"));

    r = runCli(
        db(file, QStringList{QStringLiteral("--user"), QStringLiteral("manager")} + setCity));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.json().object().value(QStringLiteral("city")).toString() ==
          QStringLiteral("Hirtshals"));

    r = runCli(db(file, {QStringLiteral("--json"), QStringLiteral("journal"),
                         QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")}));
    REQUIRE(r.exitCode == 0);
    const QJsonObject last = r.json().array()[0].toObject();
    CHECK(last.value(QStringLiteral("user")).toString() == QStringLiteral("manager"));
    CHECK(last.value(QStringLiteral("entity")).toString() == QStringLiteral("company"));
}

TEST_CASE("users can be added and their PIN changed from the CLI", "[cli]") {
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli(db(file, {QStringLiteral("demo")})).exitCode == 0);
    auto r = runCli(
        db(file, {QStringLiteral("--user"), QStringLiteral("owner"), QStringLiteral("--json"),
                  QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("lars"),
                  QStringLiteral("--name"), QStringLiteral("Lars Berg"), QStringLiteral("--role"),
                  QStringLiteral("manager")}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // The new user's PIN came from SKRANKE_NEW_PIN (9876).
    r = runCli(
        db(file, {QStringLiteral("--user"), QStringLiteral("lars"), QStringLiteral("company"),
                  QStringLiteral("set"), QStringLiteral("--phone"), QStringLiteral("+45 11")}),
        QStringLiteral("9876"));
    CHECK(r.exitCode == 0);
}

TEST_CASE("files that are not Skranke databases are refused and left unchanged", "[cli]") {
    TempDir dir;
    const QString text = dir.path(QStringLiteral("readme.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a database\n");
    }
    const QByteArray before = fileHash(text);
    auto r = runCli(
        db(text, {QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("verify")}));
    CHECK(r.exitCode == 1);
    CHECK(r.errorJson().object()[QStringLiteral("error")][QStringLiteral("code")].toString() ==
          QStringLiteral("not_our_file"));
    CHECK(fileHash(text) == before);

    const QString foreign = dir.path(QStringLiteral("foreign.sqlite"));
    REQUIRE(runSqliteShell(foreign,
                           QStringLiteral("CREATE TABLE t(x); PRAGMA user_version = 4;")) == 0);
    const QByteArray foreignBefore = fileHash(foreign);
    r = runCli(db(foreign, {QStringLiteral("journal"), QStringLiteral("verify")}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("another program")));
    CHECK(fileHash(foreign) == foreignBefore);

    const QString newer = dir.path(QStringLiteral("newer.sqlite"));
    REQUIRE(runCli(db(newer, {QStringLiteral("demo")})).exitCode == 0);
    REQUIRE(runSqliteShell(newer, QStringLiteral("PRAGMA user_version = 999;")) == 0);
    const QByteArray newerBefore = fileHash(newer);
    r = runCli(db(newer, {QStringLiteral("journal"), QStringLiteral("verify")}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("newer Skranke")));
    CHECK(fileHash(newer) == newerBefore);
}

TEST_CASE("usage errors exit with 2 and say what is wrong", "[cli]") {
    auto r = runCli({QStringLiteral("frobnicate")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("Unknown command")));
    r = runCli({QStringLiteral("journal"), QStringLiteral("--bogus")});
    CHECK(r.exitCode == 2);
    r = runCli({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("huge"),
                QStringLiteral("--json")});
    CHECK(r.exitCode == 2);
    CHECK(r.errorJson().object()[QStringLiteral("error")][QStringLiteral("code")].toString() ==
          QStringLiteral("usage"));
    r = runCli({QStringLiteral("--db")});
    CHECK(r.exitCode == 2);
    for (const char* command : {"init", "demo", "users", "company", "journal", "backup"}) {
        r = runCli({QLatin1String(command), QStringLiteral("--help")});
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("Usage:")));
    }
    r = runCli({QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
}

TEST_CASE("a malformed SKRANKE_NOW is refused naming the variable", "[cli]") {
    TempDir dir;
    auto r = runCli(db(dir.path(QStringLiteral("x.sqlite")), {QStringLiteral("demo")}),
                    QStringLiteral("1234"), QStringLiteral("yesterday"));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("SKRANKE_NOW")));
}

TEST_CASE("backup copies the database to a new file", "[cli]") {
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli(db(file, {QStringLiteral("demo")})).exitCode == 0);
    const QString copy = dir.path(QStringLiteral("copy.sqlite"));
    REQUIRE(runCli(db(file, {QStringLiteral("backup"), copy})).exitCode == 0);
    auto r = runCli(
        db(copy, {QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("verify")}));
    CHECK(r.exitCode == 0);
    CHECK(runCli(db(file, {QStringLiteral("backup"), copy})).exitCode == 1);
}
