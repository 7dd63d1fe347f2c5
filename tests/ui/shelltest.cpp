#include "core/company/companyservice.h"
#include "core/invoicing/invoicingsettings.h"
#include "core/journal/journal.h"
#include "core/store/transaction.h"
#include "tests/support/testbusiness.h"
#include "ui/accounting/accountingpage.h"
#include "ui/bookings/cancellationlistpage.h"
#include "ui/bookings/ordereditordialog.h"
#include "ui/customers/customerspage.h"
#include "ui/debtors/balancelistpage.h"
#include "ui/debtors/debtoroverviewpage.h"
#include "ui/debtors/settlementpage.h"
#include "ui/dunning/reminderrunpage.h"
#include "ui/invoices/invoiceoverviewpage.h"
#include "ui/orders/onlineorderspage.h"
#include "ui/schedule/schedulepage.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/companysettingspage.h"
#include "ui/shell/invoicingsettingspage.h"
#include "ui/shell/journalmodel.h"
#include "ui/shell/journalpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settingspage.h"
#include "ui/shell/staffusermodel.h"
#include "ui/shell/userssettingspage.h"
#include "ui/till/tillpage.h"

#include <QCheckBox>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace skranke;

TEST_CASE("the main window offers exactly the areas that exist", "[ui]") {
    test::TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    MainWindow window(context);
    window.show();
    CHECK(window.areaTitles() ==
          QStringList{QStringLiteral("Till"), QStringLiteral("Schedule"),
                      QStringLiteral("Cancellations"), QStringLiteral("Online orders"),
                      QStringLiteral("Accounting"), QStringLiteral("Customers"),
                      QStringLiteral("Debtors"), QStringLiteral("Invoices"),
                      QStringLiteral("Settlement"), QStringLiteral("Reminders"),
                      QStringLiteral("Balance list"), QStringLiteral("Journal"),
                      QStringLiteral("Settings")});
    CHECK(qobject_cast<TillPage*>(window.currentPage()));

    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(sidebar);
    sidebar->setFocus();
    QTest::keyClick(sidebar, Qt::Key_Down);
    CHECK(qobject_cast<SchedulePage*>(window.currentPage()));
    QTest::keyClick(sidebar, Qt::Key_Down);
    CHECK(qobject_cast<CancellationListPage*>(window.currentPage()));
    QTest::keyClick(sidebar, Qt::Key_Down);
    CHECK(qobject_cast<OnlineOrdersPage*>(window.currentPage()));
    QTest::keyClick(sidebar, Qt::Key_Down);
    CHECK(qobject_cast<AccountingPage*>(window.currentPage()));
    QTest::keyClick(sidebar, Qt::Key_Down);
    CHECK(qobject_cast<CustomersPage*>(window.currentPage()));
    QTest::keyClick(sidebar, Qt::Key_Down);
    CHECK(qobject_cast<DebtorOverviewPage*>(window.currentPage()));
    QTest::keyClick(sidebar, Qt::Key_Down);
    CHECK(qobject_cast<InvoiceOverviewPage*>(window.currentPage()));
    QTest::keyClick(sidebar, Qt::Key_Down);
    CHECK(qobject_cast<SettlementPage*>(window.currentPage()));
    QTest::keyClick(sidebar, Qt::Key_Down);
    CHECK(qobject_cast<ReminderRunPage*>(window.currentPage()));
    QTest::keyClick(sidebar, Qt::Key_Down);
    CHECK(qobject_cast<BalanceListPage*>(window.currentPage()));
    QTest::keyClick(sidebar, Qt::Key_Down);
    CHECK(qobject_cast<JournalPage*>(window.currentPage()));
    QTest::keyClick(sidebar, Qt::Key_Down);
    CHECK(qobject_cast<SettingsPage*>(window.currentPage()));
    QTest::keyClick(sidebar, Qt::Key_Up);
    CHECK(qobject_cast<JournalPage*>(window.currentPage()));

    bool statusShowsUser = false;
    for (QLabel* l : window.findChildren<QLabel*>())
        statusShowsUser |= l->text().contains(QStringLiteral("Olivia Owner (Owner)"));
    CHECK(statusShowsUser);
}

TEST_CASE("a bad CVR in the company settings is marked and nothing is written", "[ui]") {
    test::TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    CompanySettingsPage page(context);
    page.show();
    const auto journalBefore = Journal::count(b.db());
    page.field(QStringLiteral("org_number"))->setText(QStringLiteral("13585629"));
    page.field(QStringLiteral("city"))->setText(QStringLiteral("Skagen"));
    CHECK_FALSE(page.save());
    CHECK_FALSE(page.field(QStringLiteral("org_number"))->styleSheet().isEmpty());
    CHECK(page.field(QStringLiteral("city"))->text() == QStringLiteral("Skagen"));  // kept
    CHECK(CompanyService::require(b.db()).city.isEmpty());
    CHECK(Journal::count(b.db()) == journalBefore);

    page.field(QStringLiteral("org_number"))->setText(QStringLiteral("13585628"));
    CHECK(page.save());
    CHECK(page.field(QStringLiteral("org_number"))->styleSheet().isEmpty());
    CHECK(CompanyService::require(b.db()).city == QStringLiteral("Skagen"));
}

TEST_CASE("front-desk staff see the company settings read-only", "[ui]") {
    test::TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.userWithRole(QStringLiteral("frida"), QStringLiteral("front_desk")));
    SettingsPage page(context);
    CHECK(page.company()->field(QStringLiteral("name"))->isReadOnly());
    for (QPushButton* button : page.company()->findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("&Save"))
            CHECK_FALSE(button->isEnabled());
}

TEST_CASE("the journal model pages through the journal", "[ui][model]") {
    test::TestBusiness b;
    const Session owner = b.owner();
    for (int i = 0; i < 450; ++i) {
        Transaction tx(b.db());
        owner.journal(QStringLiteral("test"), {}, QStringLiteral("tick"),
                      {{QStringLiteral("i"), i}});
        tx.commit();
    }
    const auto total = Journal::count(b.db());
    JournalModel model(b.db(), QTimeZone("Europe/Copenhagen"));
    CHECK(model.rowCount() == JournalModel::PageSize);  // one page, not the whole table
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.data(model.index(0, JournalModel::Id), JournalModel::RawValueRole).toLongLong() ==
          total);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == total);
    CHECK(model.data(model.index(int(total) - 1, JournalModel::Id), JournalModel::RawValueRole)
              .toLongLong() == 1);
    // 2026-03-02 09:00 UTC is 10:00 in Copenhagen.
    CHECK(model.data(model.index(0, JournalModel::Time))
              .toString()
              .contains(QStringLiteral("10:00")));
}

TEST_CASE("the staff user model lists users and passes the model tester", "[ui][model]") {
    test::TestBusiness b;
    b.userWithRole(QStringLiteral("frida"), QStringLiteral("front_desk"));
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    StaffUserModel model(context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2);
    model.reload();
    CHECK(model.data(model.index(0, StaffUserModel::Login)).toString() == QStringLiteral("frida"));
    CHECK(model.data(model.index(0, StaffUserModel::Role)).toString() ==
          QStringLiteral("Front desk"));
}

TEST_CASE("switching invoicing off hides the debtor features", "[ui]") {
    test::TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    MainWindow window(context);
    auto* settings = window.findChild<SettingsPage*>();
    REQUIRE(settings);
    settings->invoicing()->enabledBox()->setChecked(false);
    REQUIRE(settings->invoicing()->save());
    CHECK_FALSE(InvoicingSettings::enabled(b.db()));
    CHECK(window.areaTitles() ==
          QStringList{QStringLiteral("Till"), QStringLiteral("Schedule"),
                      QStringLiteral("Cancellations"), QStringLiteral("Online orders"),
                      QStringLiteral("Accounting"), QStringLiteral("Customers"),
                      QStringLiteral("Journal"), QStringLiteral("Settings")});
    MainWindow again(context);  // and it stays so at the next start
    CHECK(again.areaTitles() ==
          QStringList{QStringLiteral("Till"), QStringLiteral("Schedule"),
                      QStringLiteral("Cancellations"), QStringLiteral("Online orders"),
                      QStringLiteral("Accounting"), QStringLiteral("Customers"),
                      QStringLiteral("Journal"), QStringLiteral("Settings")});
    settings->invoicing()->enabledBox()->setChecked(true);
    REQUIRE(settings->invoicing()->save());
    CHECK(window.areaTitles().size() == 13);
}

TEST_CASE("Ctrl+B opens a new booking from the till's scan field", "[ui][bookings]") {
    test::TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    MainWindow window(context);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(qobject_cast<QLineEdit*>(focus));  // the scan field
    QTest::keyClick(focus, Qt::Key_B, Qt::ControlModifier);
    QApplication::processEvents();
    auto editors = window.findChildren<OrderEditorDialog*>();
    REQUIRE(editors.size() == 1);
    CHECK(editors.front()->isVisible());
    CHECK(editors.front()->bookingId() == 0);
}
