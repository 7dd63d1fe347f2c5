#include "core/mail/outbox.h"
#include "core/mail/smtpsender.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "tests/support/smtpsink.h"
#include "tests/support/testbusiness.h"

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
    s.attempts = 3;
    s.retryDelayMs = 0;
    return s;
}

MailMessage reminderMail(const QString& to = QStringLiteral("jens@hansen.dk")) {
    MailMessage m;
    m.fromAddress = QStringLiteral("regnskab@fjordlys.dk");
    m.to = to;
    m.subject = QStringLiteral("Rykker 1");
    m.body = QStringLiteral("Betal venligst.");
    m.attachments.push_back({QStringLiteral("rykker.pdf"), "application/pdf", "%PDF-1.4 …"});
    return m;
}

}  // namespace

TEST_CASE("queued mail joins the caller's transaction", "[mail]") {
    TestBusiness b;
    {
        Transaction tx(b.db());
        Outbox::enqueue(b.db(), reminderMail(), b.clock().now(), QStringLiteral("reminder"), 7);
        // not committed: the reminder and its email go together
    }
    CHECK(Outbox::list(b.db()).empty());

    Transaction tx(b.db());
    const auto id =
        Outbox::enqueue(b.db(), reminderMail(), b.clock().now(), QStringLiteral("reminder"), 7);
    tx.commit();
    const auto entries = Outbox::list(b.db(), QStringLiteral("queued"));
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].id == id);
    CHECK(entries[0].to == QStringLiteral("jens@hansen.dk"));
    CHECK(entries[0].subject == QStringLiteral("Rykker 1"));
    CHECK(entries[0].relatedKind == QStringLiteral("reminder"));
    CHECK(entries[0].relatedId == 7);
    CHECK(entries[0].createdMs == b.clock().nowMs());
    CHECK(entries[0].attempts == 0);
    CHECK_FALSE(entries[0].sentMs);
}

TEST_CASE("a bad recipient is refused and nothing is queued", "[mail]") {
    TestBusiness b;
    try {
        Outbox::enqueue(b.db(), reminderMail(QStringLiteral("jens")), b.clock().now());
        FAIL("queued mail to \"jens\"");
    } catch (const Error& e) {
        CHECK(e.field() == QStringLiteral("to"));
    }
    CHECK(Outbox::list(b.db()).empty());
}

TEST_CASE("delivering sends the queued bytes unchanged and records it", "[mail]") {
    TestBusiness b;
    SmtpSink sink;
    SmtpSender sender(sinkSettings(sink.port()), b.clock());
    const auto id = Outbox::enqueue(b.db(), reminderMail(), b.clock().now());
    b.clock().advanceMs(60'000);
    const Outbox::Entry e = Outbox::deliver(b.db(), sender, id, b.clock().now());
    CHECK(e.status == QStringLiteral("sent"));
    CHECK(e.attempts == 1);
    CHECK(e.sentMs == b.clock().nowMs());
    CHECK(e.lastError.isEmpty());
    REQUIRE(sink.messages().size() == 1);
    CHECK(sink.messages()[0].data == Outbox::mime(b.db(), id));
    CHECK(sink.messages()[0].from == QStringLiteral("regnskab@fjordlys.dk"));

    // Delivered mail is not delivered twice.
    CHECK(Outbox::deliver(b.db(), sender, id, b.clock().now()).attempts == 1);
    CHECK(Outbox::deliverPending(b.db(), sender, b.clock().now(), true).empty());
    CHECK(sink.messages().size() == 1);
}

TEST_CASE("a server busy twice still gets the mail, and the tries are recorded", "[mail]") {
    TestBusiness b;
    SmtpSink sink;
    sink.failNextData(2);
    SmtpSender sender(sinkSettings(sink.port()), b.clock());
    const auto id = Outbox::enqueue(b.db(), reminderMail(), b.clock().now());
    const Outbox::Entry e = Outbox::deliver(b.db(), sender, id, b.clock().now());
    CHECK(e.status == QStringLiteral("sent"));
    CHECK(e.attempts == 3);
    CHECK(sink.messages().size() == 1);
}

TEST_CASE("a permanent refusal fails at once with the server's code", "[mail]") {
    TestBusiness b;
    SmtpSink sink;
    sink.rejectAll(true);
    SmtpSender sender(sinkSettings(sink.port()), b.clock());
    const auto id = Outbox::enqueue(b.db(), reminderMail(), b.clock().now());
    const Outbox::Entry e = Outbox::deliver(b.db(), sender, id, b.clock().now());
    CHECK(e.status == QStringLiteral("failed"));
    CHECK(e.attempts == 1);
    CHECK(e.lastError.contains(QStringLiteral("550")));
    CHECK_FALSE(e.sentMs);
    CHECK(sink.dataCommands() == 1);
}

TEST_CASE("an unreachable server leaves the mail failed, kept and retryable", "[mail]") {
    TestBusiness b;
    const int closed = SmtpSink::closedPort();
    SmtpSender unreachable(sinkSettings(closed), b.clock());
    const auto first = Outbox::enqueue(b.db(), reminderMail(), b.clock().now());
    const Outbox::Entry e = Outbox::deliver(b.db(), unreachable, first, b.clock().now());
    CHECK(e.status == QStringLiteral("failed"));
    CHECK(e.attempts == 3);
    CHECK(e.lastError.contains(QStringLiteral("127.0.0.1:%1").arg(closed)));
    REQUIRE(Outbox::list(b.db(), QStringLiteral("failed")).size() == 1);

    // The outbox keeps what was queued: no deleting, no rewriting.
    CHECK_THROWS(b.db().exec("DELETE FROM mail_outbox"));
    CHECK_THROWS(b.db().exec("UPDATE mail_outbox SET to_address = 'x@y.dk'"));
    CHECK_THROWS(b.db().exec("UPDATE mail_outbox SET mime = X'00'"));

    const auto second =
        Outbox::enqueue(b.db(), reminderMail(QStringLiteral("anne@hansen.dk")), b.clock().now());
    SmtpSink sink;
    SmtpSender sender(sinkSettings(sink.port()), b.clock());
    auto done = Outbox::deliverPending(b.db(), sender, b.clock().now(), false);
    REQUIRE(done.size() == 1);
    CHECK(done[0].id == second);
    CHECK(Outbox::find(b.db(), first).status == QStringLiteral("failed"));

    done = Outbox::deliverPending(b.db(), sender, b.clock().now(), true);
    REQUIRE(done.size() == 1);
    CHECK(done[0].id == first);
    CHECK(done[0].status == QStringLiteral("sent"));
    CHECK(done[0].attempts == 4);
    CHECK(done[0].lastError.isEmpty());
    CHECK(sink.messages().size() == 2);
    CHECK_THROWS(b.db().exec("UPDATE mail_outbox SET status = 'queued'"));
}

TEST_CASE("mail without a sender takes the configured one, or is refused", "[mail]") {
    TestBusiness b;
    MailMessage m = reminderMail();
    m.fromAddress.clear();
    try {
        Outbox::enqueue(b.db(), m, b.clock().now());
        FAIL("queued mail without a sender");
    } catch (const Error& e) {
        CHECK(e.field() == QStringLiteral("from_address"));
    }
    MailSettings::save(b.owner(), sinkSettings(25));
    const auto id = Outbox::enqueue(b.db(), m, b.clock().now());
    CHECK(Outbox::mime(b.db(), id).contains("From: regnskab@fjordlys.dk\r\n"));
}
