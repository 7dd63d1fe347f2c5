#include "core/mail/smtpsender.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "tests/core/mail/mimeparts.h"
#include "tests/support/smtpsink.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

SmtpSettings sinkSettings(int port) {
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = SmtpSettings::Security::None;
    s.fromAddress = QStringLiteral("regnskab@fjordlys.dk");
    s.fromName = QStringLiteral("Fjordlys Ærø");
    s.attempts = 3;
    s.retryDelayMs = 0;
    return s;
}

MailMessage withPdf(const QByteArray& pdf) {
    MailMessage m;
    m.to = QStringLiteral("jens@hansen.dk");
    m.toName = QStringLiteral("Jens Hansen");
    m.subject = QStringLiteral("Påmindelse");
    m.body = QStringLiteral("Se vedhæftet.\n.\n..punktum først\n");
    m.attachments.push_back({QStringLiteral("rykker.pdf"), "application/pdf", pdf});
    return m;
}

const FixedClock fixedClock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));

}  // namespace

TEST_CASE("a message reaches the SMTP server with its envelope and attachment", "[mail]") {
    SmtpSink sink;
    QByteArray pdf = "%PDF-1.4\n.\r\n.leading dot\r\n";
    for (int i = 0; i < 256; ++i)
        pdf += char(i);
    SmtpSender sender(sinkSettings(sink.port()), fixedClock);
    sender.send(withPdf(pdf));

    const auto received = sink.messages();
    REQUIRE(received.size() == 1);
    CHECK(received[0].from == QStringLiteral("regnskab@fjordlys.dk"));
    CHECK(received[0].recipients == QStringList{QStringLiteral("jens@hansen.dk")});
    const MimeMessage m = parseMime(received[0].data);
    CHECK(m.top.headers.value("from") == QStringLiteral("Fjordlys Ærø <regnskab@fjordlys.dk>"));
    CHECK(m.top.headers.value("subject") == QStringLiteral("Påmindelse"));
    CHECK(m.top.headers.value("message-id").endsWith(QStringLiteral("@fjordlys.dk>")));
    REQUIRE(m.parts.size() == 2);
    CHECK(QString::fromUtf8(m.parts[0].decodedBody()) ==
          QStringLiteral("Se vedhæftet.\r\n.\r\n..punktum først\r\n"));
    CHECK(m.parts[1].decodedBody() == pdf);
}

TEST_CASE("a server that says 451 is tried again until it takes the message", "[mail]") {
    SmtpSink sink;
    sink.failNextData(2);
    SmtpSender sender(sinkSettings(sink.port()), fixedClock);
    const SendResult r =
        sender.sendRaw(QStringLiteral("jens@hansen.dk"), "Subject: x\r\n\r\nhello\r\n");
    CHECK(r.sent);
    CHECK(r.tries == 3);
    CHECK(r.error.isEmpty());
    CHECK(sink.dataCommands() == 3);
    REQUIRE(sink.messages().size() == 1);
    CHECK(sink.messages()[0].data == "Subject: x\r\n\r\nhello\r\n");
}

TEST_CASE("a transient failure on every try gives up after the set number of tries", "[mail]") {
    SmtpSink sink;
    sink.failNextData(5);
    SmtpSettings s = sinkSettings(sink.port());
    s.attempts = 2;
    SmtpSender sender(s, fixedClock);
    const SendResult r = sender.sendRaw(QStringLiteral("jens@hansen.dk"), "x\r\n");
    CHECK_FALSE(r.sent);
    CHECK(r.tries == 2);
    INFO(r.error.toStdString());
    CHECK(r.error.contains(QStringLiteral("451 try again later")));
    CHECK(sink.messages().empty());
}

TEST_CASE("a server that says 550 is not asked again", "[mail]") {
    SmtpSink sink;
    sink.rejectAll(true);
    SmtpSender sender(sinkSettings(sink.port()), fixedClock);
    const SendResult r = sender.sendRaw(QStringLiteral("jens@hansen.dk"), "x\r\n");
    CHECK_FALSE(r.sent);
    CHECK(r.tries == 1);
    CHECK(sink.dataCommands() == 1);
    CHECK(r.error.contains(QStringLiteral("550")));
    CHECK(r.error.contains(QStringLiteral("127.0.0.1:%1").arg(sink.port())));
}

TEST_CASE("send() throws a storage error naming the server it could not reach", "[mail]") {
    const int port = SmtpSink::closedPort();
    SmtpSender sender(sinkSettings(port), fixedClock);
    try {
        sender.send(withPdf("pdf"));
        FAIL("sent to a closed port");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Storage);
        CHECK(e.message().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    }
}

TEST_CASE("a sender is not made from unusable settings", "[mail]") {
    SmtpSettings s = sinkSettings(25);
    s.fromAddress.clear();
    try {
        SmtpSender sender(s, fixedClock);
        FAIL("made a sender without a sender address");
    } catch (const Error& e) {
        CHECK(e.field() == QStringLiteral("from_address"));
    }
}
