#include "core/journal/journal.h"
#include "core/mail/smtpsettings.h"
#include "core/store/settings.h"
#include "tests/support/smtpsink.h"
#include "tests/support/testbusiness.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/mailsettingspage.h"
#include "ui/shell/settingspage.h"

#include <QComboBox>
#include <QLineEdit>
#include <catch2/catch.hpp>

using namespace skranke;

namespace {

void fill(MailSettingsPage& page, const QString& port) {
    page.field(QStringLiteral("host"))->setText(QStringLiteral("127.0.0.1"));
    page.securityBox()->setCurrentIndex(
        page.securityBox()->findData(int(SmtpSettings::Security::None)));
    page.field(QStringLiteral("port"))->setText(port);
    page.field(QStringLiteral("from_address"))->setText(QStringLiteral("regnskab@fjordlys.dk"));
    page.field(QStringLiteral("from_name"))->setText(QStringLiteral("Fjordlys Ærø"));
}

}  // namespace

TEST_CASE("a bad port on the email page is marked and nothing is saved", "[ui][mail]") {
    test::TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    MailSettingsPage page(context);
    page.show();
    const auto journalBefore = Journal::count(b.db());
    CHECK(page.field(QStringLiteral("password"))->echoMode() == QLineEdit::Password);

    for (const char* bad : {"70000", "smtp"}) {
        fill(page, QString::fromLatin1(bad));
        CHECK_FALSE(page.save());
        CHECK(page.errorField() == QStringLiteral("port"));
        CHECK_FALSE(page.field(QStringLiteral("port"))->styleSheet().isEmpty());
        CHECK(page.field(QStringLiteral("port"))->text() == QLatin1String(bad));  // kept
    }
    CHECK_FALSE(Settings::get(b.db(), QStringLiteral("mail.smtp.host")));
    CHECK(Journal::count(b.db()) == journalBefore);
}

TEST_CASE("good values on the email page are saved and loaded again", "[ui][mail]") {
    test::TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    {
        MailSettingsPage page(context);
        fill(page, QStringLiteral("2525"));
        page.field(QStringLiteral("password"))->setText(QStringLiteral("hemmelig"));
        REQUIRE(page.save());
        CHECK(page.errorField().isEmpty());
    }
    const SmtpSettings s = MailSettings::load(b.db());
    CHECK(s.host == QStringLiteral("127.0.0.1"));
    CHECK(s.port == 2525);
    CHECK(s.security == SmtpSettings::Security::None);
    CHECK(s.password == QStringLiteral("hemmelig"));
    CHECK(s.fromName == QStringLiteral("Fjordlys Ærø"));

    SettingsPage settings(context);
    REQUIRE(settings.mail());
    CHECK(settings.indexOf(settings.mail()) >= 0);
    CHECK(settings.mail()->field(QStringLiteral("port"))->text() == QStringLiteral("2525"));
}

TEST_CASE("the test email goes out with the form's settings, or says why not", "[ui][mail]") {
    test::TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    test::SmtpSink sink;
    MailSettingsPage page(context);
    fill(page, QString::number(sink.port()));
    REQUIRE(page.sendTestTo(QStringLiteral("olivia@fjordlys.dk")));
    CHECK(page.resultText().contains(QStringLiteral("olivia@fjordlys.dk")));
    REQUIRE(sink.messages().size() == 1);
    CHECK(sink.messages()[0].recipients == QStringList{QStringLiteral("olivia@fjordlys.dk")});

    CHECK_FALSE(page.sendTestTo(QStringLiteral("olivia")));
    CHECK_FALSE(page.errorText().isEmpty());

    const int closed = test::SmtpSink::closedPort();
    fill(page, QString::number(closed));
    // One try is enough to show the answer; the stored default would try three times.
    MailSettings::save(b.owner(), [&] {
        SmtpSettings s = MailSettings::load(b.db());
        s.host = QStringLiteral("127.0.0.1");
        s.fromAddress = QStringLiteral("regnskab@fjordlys.dk");
        s.attempts = 1;
        return s;
    }());
    CHECK_FALSE(page.sendTestTo(QStringLiteral("olivia@fjordlys.dk")));
    CHECK(page.errorText().contains(QStringLiteral("127.0.0.1:%1").arg(closed)));
    CHECK(sink.messages().size() == 1);
}
