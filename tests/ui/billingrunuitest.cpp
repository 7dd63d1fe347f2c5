#include "core/booking/bookingbilling.h"
#include "core/booking/bookingservice.h"
#include "core/booking/bookingstore.h"
#include "core/mail/smtpsettings.h"
#include "tests/core/booking/bookingfixture.h"
#include "tests/core/receivables/receivablesfixture.h"
#include "tests/support/smtpsink.h"
#include "ui/bookings/billingrundialog.h"
#include "ui/bookings/billingrunmodel.h"
#include "ui/shell/appcontext.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

TEST_CASE(
    "run billing: previewed, then invoices made and queued for email; overdue ones "
    "lead to reminders",
    "[ui][billing-run]") {
    BookingShop shop;
    const Session owner = shop.owner();
    AppContext context(shop.db(), shop.business.clock());
    context.setSession(owner);
    Booking header;
    header.customerId = shop.anna.id;  // anna@example.dk
    header.finalDue = QDate(2026, 3, 10);
    const Booking b = BookingService::create(owner, header);
    BookingService::addRow(owner, b.id, nights(shop.cabin, day(2026, 6, 1), day(2026, 6, 3)));

    // Mail is set up, but the server is down: mails wait in the outbox.
    SmtpSettings smtp;
    smtp.host = QStringLiteral("127.0.0.1");
    smtp.port = SmtpSink::closedPort();
    smtp.security = SmtpSettings::Security::None;
    smtp.fromAddress = QStringLiteral("booking@havblik.dk");
    smtp.retryDelayMs = 0;
    MailSettings::save(owner, smtp);

    BillingRunDialog dialog(context);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto cell = [&](int row, int column) {
        return dialog.model()->data(dialog.model()->index(row, column), Qt::DisplayRole).toString();
    };
    CHECK(dialog.dateEdit()->date() == QDate(2026, 3, 2));  // today, by the test clock
    REQUIRE(dialog.model()->rowCount() == 1);
    CHECK(cell(0, 1) == QString::number(b.id));
    CHECK(cell(0, 2) == shop.anna.name);
    CHECK(cell(0, 4) == QStringLiteral("Will be emailed."));
    CHECK(countRows(shop.db(), "invoice") == 0);
    REQUIRE(dialog.runButton()->isEnabled());

    QSignalSpy changed(&dialog, &BillingRunDialog::bookingsChanged);
    dialog.run();
    CHECK(changed.count() == 1);
    const auto invoices = BookingBilling::invoices(shop.db(), b.id);
    REQUIRE(invoices.size() == 1);
    CHECK(cell(0, 3) == QString::number(invoices[0].number));
    CHECK(dialog.summary()->text().contains(QStringLiteral("Done")));
    CHECK_FALSE(dialog.runButton()->isEnabled());
    // The email waits in the outbox (no mail server in tests).
    CHECK(cell(0, 4) == QStringLiteral("Emailed to the customer."));
    CHECK(countRows(shop.db(), "mail_outbox") == 1);
    CHECK(dialog.summary()->text().contains(QStringLiteral("outbox")));

    // After the due date the unpaid invoice is listed to remind.
    dialog.dateEdit()->setDate(QDate(2026, 3, 11));
    REQUIRE(dialog.model()->rowCount() == 1);
    CHECK(cell(0, 0) == QStringLiteral("Remind"));
    REQUIRE(dialog.remindersButton()->isEnabled());
    QSignalSpy remind(&dialog, &BillingRunDialog::remindRequested);
    dialog.remindersButton()->click();
    REQUIRE(remind.count() == 1);
    CHECK(remind.at(0).at(0).value<std::int64_t>() == invoices[0].debtorId);
}
