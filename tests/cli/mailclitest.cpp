#include "core/mail/mailmessage.h"
#include "core/mail/outbox.h"
#include "core/store/database.h"
#include "tests/cli/clishop.h"
#include "tests/support/smtpsink.h"
#include "tests/support/tempdir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

TEST_CASE("mail settings are set and shown with the password masked", "[cli][mail]") {
    Shop shop;
    auto r = shop.run({QStringLiteral("mail"), QStringLiteral("settings")});
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.json().object()[QStringLiteral("configured")].toBool());

    r = shop.run({QStringLiteral("mail"), QStringLiteral("settings"), QStringLiteral("--host"),
                  QStringLiteral("smtp.havblik.dk"), QStringLiteral("--port"),
                  QStringLiteral("465"), QStringLiteral("--security"), QStringLiteral("tls"),
                  QStringLiteral("--user"), QStringLiteral("kasse1"), QStringLiteral("--password"),
                  QStringLiteral("s3cret-æøå"), QStringLiteral("--from"),
                  QStringLiteral("regnskab@havblik.dk"), QStringLiteral("--from-name"),
                  QStringLiteral("Havblik Ærø")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonObject s = r.json().object();
    CHECK(s[QStringLiteral("configured")].toBool());
    CHECK(s[QStringLiteral("host")].toString() == QStringLiteral("smtp.havblik.dk"));
    CHECK(s[QStringLiteral("port")].toInt() == 465);
    CHECK(s[QStringLiteral("security")].toString() == QStringLiteral("tls"));
    CHECK(s[QStringLiteral("user")].toString() == QStringLiteral("kasse1"));
    CHECK(s[QStringLiteral("password")].toString() == QStringLiteral("********"));
    CHECK(s[QStringLiteral("from_name")].toString() == QStringLiteral("Havblik Ærø"));
    CHECK_FALSE(r.out.contains(QStringLiteral("s3cret")));

    // Text output, without logging in, masks it too.
    r = runCli(
        {QStringLiteral("--db"), shop.file, QStringLiteral("mail"), QStringLiteral("settings")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("smtp.havblik.dk")));
    CHECK(r.out.contains(QStringLiteral("********")));
    CHECK_FALSE(r.out.contains(QStringLiteral("s3cret")));

    r = shop.run({QStringLiteral("mail"), QStringLiteral("settings"), QStringLiteral("--port"),
                  QStringLiteral("70000")});
    CHECK(r.exitCode == 1);
    CHECK(r.errorJson().object()[QStringLiteral("error")][QStringLiteral("field")].toString() ==
          QStringLiteral("port"));
    r = shop.run({QStringLiteral("mail"), QStringLiteral("settings"), QStringLiteral("--security"),
                  QStringLiteral("ssl")});
    CHECK(r.exitCode == 1);
    r = shop.run({QStringLiteral("mail"), QStringLiteral("settings")});
    CHECK(r.json().object()[QStringLiteral("port")].toInt() == 465);
    CHECK(shop.run({QStringLiteral("mail"), QStringLiteral("frobnicate")}).exitCode == 2);
}

TEST_CASE("mail send delivers the queued mail to the server", "[cli][mail]") {
    Shop shop;
    SmtpSink sink;
    auto r = shop.run({QStringLiteral("mail"), QStringLiteral("settings"), QStringLiteral("--host"),
                       QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                       QString::number(sink.port()), QStringLiteral("--security"),
                       QStringLiteral("none"), QStringLiteral("--from"),
                       QStringLiteral("regnskab@havblik.dk"), QStringLiteral("--retry-delay-ms"),
                       QStringLiteral("0")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    r = shop.run({QStringLiteral("mail"), QStringLiteral("send")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().array().isEmpty());

    {
        auto db = Database::open(shop.file, Database::OpenMode::Existing);
        MailMessage m;
        m.to = QStringLiteral("jens@hansen.dk");
        m.subject = QStringLiteral("Rykker 1");
        m.body = QStringLiteral("Betal venligst.");
        Outbox::enqueue(*db, m, QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    }
    r = shop.run({QStringLiteral("mail"), QStringLiteral("outbox"), QStringLiteral("--status"),
                  QStringLiteral("queued")});
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.json().array().size() == 1);
    CHECK(r.json().array()[0][QStringLiteral("to")].toString() == QStringLiteral("jens@hansen.dk"));

    r = shop.run({QStringLiteral("mail"), QStringLiteral("send")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray done = r.json().array();
    REQUIRE(done.size() == 1);
    CHECK(done[0][QStringLiteral("status")].toString() == QStringLiteral("sent"));
    CHECK(done[0][QStringLiteral("sent")].toString() == QStringLiteral("2026-11-23T10:00:00Z"));
    const auto received = sink.messages();
    REQUIRE(received.size() == 1);
    CHECK(received[0].from == QStringLiteral("regnskab@havblik.dk"));
    CHECK(received[0].recipients == QStringList{QStringLiteral("jens@hansen.dk")});
    CHECK(received[0].data.contains("Subject: Rykker 1\r\n"));

    r = shop.run({QStringLiteral("mail"), QStringLiteral("outbox"), QStringLiteral("--status"),
                  QStringLiteral("sent")});
    CHECK(r.json().array().size() == 1);
    CHECK(shop.run({QStringLiteral("mail"), QStringLiteral("outbox"), QStringLiteral("--status"),
                    QStringLiteral("lost")})
              .exitCode == 1);
}

TEST_CASE("mail send reports a server it cannot reach and keeps the mail", "[cli][mail]") {
    Shop shop;
    const int closed = SmtpSink::closedPort();
    REQUIRE(shop.run({QStringLiteral("mail"), QStringLiteral("settings"), QStringLiteral("--host"),
                      QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                      QString::number(closed), QStringLiteral("--security"), QStringLiteral("none"),
                      QStringLiteral("--from"), QStringLiteral("regnskab@havblik.dk"),
                      QStringLiteral("--attempts"), QStringLiteral("1")})
                .exitCode == 0);
    {
        auto db = Database::open(shop.file, Database::OpenMode::Existing);
        MailMessage m;
        m.to = QStringLiteral("jens@hansen.dk");
        m.subject = QStringLiteral("Rykker 1");
        Outbox::enqueue(*db, m, QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    }
    auto r = shop.run({QStringLiteral("mail"), QStringLiteral("send")});
    CHECK(r.exitCode == 1);
    const QJsonArray done = r.json().array();
    REQUIRE(done.size() == 1);
    CHECK(done[0][QStringLiteral("status")].toString() == QStringLiteral("failed"));
    CHECK(done[0][QStringLiteral("last_error")].toString().contains(
        QStringLiteral("127.0.0.1:%1").arg(closed)));
    // Not retried unless asked.
    CHECK(shop.run({QStringLiteral("mail"), QStringLiteral("send")}).json().array().isEmpty());
    CHECK(
        shop.run({QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("--retry-failed")})
            .json()
            .array()
            .size() == 1);
}
