#include "core/journal/journal.h"
#include "core/mail/smtpsettings.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "tests/support/testbusiness.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace skranke;

namespace {

SmtpSettings good() {
    SmtpSettings s;
    s.host = QStringLiteral("smtp.fjordlys.dk");
    s.port = 587;
    s.security = SmtpSettings::Security::StartTls;
    s.user = QStringLiteral("till1");
    s.password = QStringLiteral("hemmeligt æøå");
    s.fromAddress = QStringLiteral("regnskab@fjordlys.dk");
    s.fromName = QStringLiteral("Fjordlys Ferie");
    return s;
}

QString fieldRefused(const SmtpSettings& s) {
    try {
        MailSettings::validate(s);
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(e.message().isEmpty());
        return e.field();
    }
    return {};
}

}  // namespace

TEST_CASE("mail settings validation names the wrong field", "[mail]") {
    CHECK(fieldRefused(good()).isEmpty());
    const std::pair<const char*, std::function<void(SmtpSettings&)>> cases[] = {
        {"host", [](SmtpSettings& s) { s.host = QStringLiteral("  "); }},
        {"host", [](SmtpSettings& s) { s.host = QStringLiteral("smtp.x.dk/evil"); }},
        {"port", [](SmtpSettings& s) { s.port = 0; }},
        {"port", [](SmtpSettings& s) { s.port = 65536; }},
        {"from_address", [](SmtpSettings& s) { s.fromAddress = QStringLiteral("regnskab"); }},
        {"from_name", [](SmtpSettings& s) { s.fromName = QStringLiteral("A\nBcc: x@y.dk"); }},
        {"attempts", [](SmtpSettings& s) { s.attempts = 0; }},
        {"attempts", [](SmtpSettings& s) { s.attempts = 11; }},
        {"retry_delay_ms", [](SmtpSettings& s) { s.retryDelayMs = -1; }},
    };
    for (const auto& [field, spoil] : cases) {
        SmtpSettings s = good();
        spoil(s);
        CHECK(fieldRefused(s) == QLatin1String(field));
    }
}

TEST_CASE("bad mail settings write nothing", "[mail]") {
    test::TestBusiness b;
    const auto journalBefore = Journal::count(b.db());
    SmtpSettings s = good();
    s.port = 70000;
    CHECK_THROWS_AS(MailSettings::save(b.owner(), s), Error);
    CHECK_FALSE(Settings::get(b.db(), QStringLiteral("mail.smtp.host")));
    CHECK_FALSE(MailSettings::configured(b.db()));
    CHECK(Journal::count(b.db()) == journalBefore);
}

TEST_CASE("mail settings round-trip, are journaled without the password", "[mail]") {
    test::TestBusiness b;
    CHECK(MailSettings::load(b.db()).port == 587);  // defaults before anything is saved
    SmtpSettings s = good();
    s.security = SmtpSettings::Security::Tls;
    s.port = 465;
    s.attempts = 5;
    s.retryDelayMs = 0;
    const auto journalBefore = Journal::count(b.db());
    MailSettings::save(b.owner(), s);
    const SmtpSettings back = MailSettings::load(b.db());
    CHECK(back.host == s.host);
    CHECK(back.port == 465);
    CHECK(back.security == SmtpSettings::Security::Tls);
    CHECK(back.user == s.user);
    CHECK(back.password == s.password);
    CHECK(back.fromAddress == s.fromAddress);
    CHECK(back.fromName == s.fromName);
    CHECK(back.attempts == 5);
    CHECK(back.retryDelayMs == 0);
    CHECK(MailSettings::configured(b.db()));
    REQUIRE(Journal::count(b.db()) == journalBefore + 1);
    const JournalEntry e = Journal::page(b.db(), 0, 1).front();
    CHECK(e.payload.contains(QStringLiteral("mail.smtp")));
    CHECK(e.payload.contains(QStringLiteral("\"password_set\":true")));
    CHECK_FALSE(e.payload.contains(QStringLiteral("hemmeligt")));
    CHECK(Journal::verify(b.db()).ok());
}

TEST_CASE("changing mail settings needs the settings right", "[mail]") {
    test::TestBusiness b;
    const Session desk = b.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    try {
        MailSettings::save(desk, good());
        FAIL("front desk changed the mail settings");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Forbidden);
    }
    CHECK_FALSE(MailSettings::configured(b.db()));
}

TEST_CASE("security names parse both ways", "[mail]") {
    for (auto s : {SmtpSettings::Security::None, SmtpSettings::Security::StartTls,
                   SmtpSettings::Security::Tls})
        CHECK(MailSettings::parseSecurity(MailSettings::securityName(s)) == s);
    CHECK(MailSettings::parseSecurity(QStringLiteral("STARTTLS")) ==
          SmtpSettings::Security::StartTls);
    CHECK_FALSE(MailSettings::parseSecurity(QStringLiteral("ssl")));
}
