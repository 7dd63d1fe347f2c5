#include "core/dunning/reminderstore.h"
#include "core/mail/outbox.h"
#include "core/mail/smtpsettings.h"
#include "tests/core/dunning/dunningfixture.h"
#include "tests/support/smtpsink.h"
#include "ui/dunning/reminderproposalmodel.h"
#include "ui/dunning/reminderrunform.h"
#include "ui/dunning/reminderrunpage.h"
#include "ui/dunning/remindertextsdialog.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/outboxpanel.h"
#include "ui/widgets/moneyedit.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

// Two debtors overdue since 15 October: Hansen (business, with an email
// address) and Anna (no address). The clock says 2 March 2026, so the run
// date is set by hand.
struct RunFixture {
    TestBusiness b;
    AppContext context{b.db(), b.clock()};
    Debtor hansen;
    Debtor anna;
    TempDir dir;

    RunFixture() {
        context.setSession(b.owner());
        const Session& s = context.session();
        hansen = addDebtor(s);
        hansen.email = QStringLiteral("bogholderi@hansen-toemrer.dk");
        hansen = DebtorService::edit(s, hansen);
        anna.name = QStringLiteral("Anna Berg");
        anna = DebtorService::create(s, anna);
        invoiceDue(s, hansen, QDate(2025, 10, 15));
        invoiceDue(s, anna, QDate(2025, 10, 15), 50000);
    }

    void setUp(ReminderRunPage& page) {
        ReminderRunForm* form = page.form();
        form->toDateField()->setDate(QDate(2026, 2, 20));
        form->rateField()->setText(QStringLiteral("0.5"));
        form->compensationField()->setChecked(true);
        page.pdfFolderField()->setText(QFileInfo(dir.path("x")).absolutePath());
    }

    std::int64_t reminders() { return countRows(b.db(), "reminder"); }
};

// Unencrypted SMTP on this machine, as the test sink speaks it.
SmtpSettings plainSmtp(int port) {
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = SmtpSettings::Security::None;
    settings.fromAddress = QStringLiteral("regnskab@fjordlys.dk");
    settings.retryDelayMs = 0;
    return settings;
}

}  // namespace

TEST_CASE("the reminder page shows who would get what, and creates for the marked",
          "[ui][dunning]") {
    RunFixture f;
    ReminderRunPage page(f.context);
    page.show();
    f.setUp(page);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.showOverview();
    REQUIRE(page.model()->rowCount() == 2);
    const auto* model = page.model();
    CHECK(model->index(0, ReminderProposalModel::Name).data().toString() ==
          QStringLiteral("Hansen Tømrer ApS"));
    CHECK(model->index(1, ReminderProposalModel::Email).data().toString() ==
          ReminderProposalModel::tr("— (print)"));
    CHECK(model->index(0, ReminderProposalModel::Compensation).data().toString() !=
          QStringLiteral("0.00"));
    CHECK(model->index(1, ReminderProposalModel::Compensation).data().toString() ==
          QStringLiteral("0.00"));

    // Anna is left out this time.
    page.model()->setData(page.model()->index(1, ReminderProposalModel::Id), Qt::Unchecked,
                          Qt::CheckStateRole);
    page.postTillField()->setCurrentText(QStringLiteral("Kontor"));
    REQUIRE(page.createReminders(false));
    CHECK(f.reminders() == 1);
    const Reminder r = ReminderStore::list(f.b.db()).front();
    CHECK(r.debtorId == f.hansen.id);
    CHECK(r.tillRef == QStringLiteral("Kontor"));
    CHECK(r.compensation.minor() == 31000);
    const QDir folder(page.pdfFolderField()->text());
    CHECK(folder.exists(QStringLiteral("reminder-%1.pdf").arg(r.number)));
    CHECK(folder.exists(QStringLiteral("reminders-%1-%1.pdf").arg(r.number)));
    CHECK(page.resultLabel()->text().contains(QStringLiteral("1")));
    CHECK(page.model()->rowCount() == 0);  // the overview is spent

    // Hansen has had his first reminder; a new overview offers only Anna.
    page.showOverview();
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->proposal(0).debtorId == f.anna.id);
}

TEST_CASE("an unlawful fee is marked on its field and nothing is created", "[ui][dunning]") {
    RunFixture f;
    ReminderRunPage page(f.context);
    page.show();
    f.setUp(page);
    page.form()->feeField()->setText(QStringLiteral("100.01"));
    page.showOverview();
    CHECK(page.model()->rowCount() == 0);
    CHECK(page.errorLabel()->isVisible());
    CHECK(page.errorLabel()->text().contains(QStringLiteral("100")));
    CHECK_FALSE(page.createReminders(false));
    CHECK(f.reminders() == 0);
}

TEST_CASE("create + send email mails the PDF; a debtor without address is told apart",
          "[ui][dunning][mail]") {
    RunFixture f;
    SmtpSink sink;
    MailSettings::save(f.context.session(), plainSmtp(sink.port()));

    ReminderRunPage page(f.context);
    page.show();
    f.setUp(page);
    page.showOverview();
    REQUIRE(page.createReminders(true, QStringLiteral("Rykker {reminder.number}"),
                                 QStringLiteral("Hej {debtor.name}, se vedhæftede rykker.")));
    CHECK(f.reminders() == 2);
    const auto messages = sink.messages();
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].recipients == QStringList{QStringLiteral("bogholderi@hansen-toemrer.dk")});
    const QByteArray& data = messages[0].data;
    CHECK(data.contains("Subject: Rykker "));
    CHECK(data.contains("application/pdf"));
    CHECK(data.contains("reminder-"));
    CHECK(page.resultLabel()->text().contains(QStringLiteral("Anna")) == false);
    CHECK(page.resultLabel()->text().contains(QStringLiteral("no email address")));
}

TEST_CASE("a mail server that is down never costs a reminder", "[ui][dunning][mail]") {
    RunFixture f;
    SmtpSettings settings = plainSmtp(SmtpSink::closedPort());
    settings.attempts = 1;
    MailSettings::save(f.context.session(), settings);
    ReminderRunPage page(f.context);
    page.show();
    f.setUp(page);
    page.showOverview();
    REQUIRE(page.createReminders(true));
    CHECK(f.reminders() == 2);
    const auto failed = Outbox::list(f.b.db(), QStringLiteral("failed"));
    REQUIRE(failed.size() == 1);
    CHECK(failed[0].relatedKind == QStringLiteral("reminder"));
    CHECK(page.resultLabel()->text().contains(QStringLiteral("outbox")));

    // The server is back: the outbox sends what waited.
    SmtpSink sink;
    settings.port = sink.port();
    MailSettings::save(f.context.session(), settings);
    OutboxPanel outbox(f.context);
    outbox.reload();
    CHECK(outbox.table()->rowCount() == 1);
    CHECK(outbox.sendWaiting() == 1);
    CHECK(sink.messages().size() == 1);
    CHECK(outbox.table()->rowCount() == 0);
    CHECK(Outbox::list(f.b.db(), QStringLiteral("sent")).size() == 1);
}

TEST_CASE("reminder texts are edited per level and language; a bad placeholder is refused",
          "[ui][dunning]") {
    RunFixture f;
    ReminderTextsDialog dialog(f.context, 2);
    CHECK(dialog.headingField()->text() == QStringLiteral("2. rykker"));
    dialog.headingField()->setText(QStringLiteral("Anden rykker {navn}"));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("{navn}")));
    CHECK(ReminderTextStore::load(f.b.db(), 2, QStringLiteral("da")).heading ==
          QStringLiteral("2. rykker"));
    dialog.headingField()->setText(QStringLiteral("Anden rykker"));
    REQUIRE(dialog.save());
    CHECK(ReminderTextStore::load(f.b.db(), 2, QStringLiteral("da")).heading ==
          QStringLiteral("Anden rykker"));
    dialog.languageField()->setCurrentIndex(dialog.languageField()->findData(QStringLiteral("sv")));
    CHECK(dialog.headingField()->text() == QStringLiteral("Andra påminnelsen"));
    dialog.resetToBuiltIn();
    dialog.languageField()->setCurrentIndex(dialog.languageField()->findData(QStringLiteral("da")));
    CHECK(dialog.headingField()->text() == QStringLiteral("Anden rykker"));
}
