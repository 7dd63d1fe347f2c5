#include "core/parties/customerservice.h"
#include "tests/support/testbusiness.h"
#include "ui/customers/customerdialog.h"
#include "ui/customers/customerlistmodel.h"
#include "ui/customers/customerspage.h"
#include "ui/shell/appcontext.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace skranke;

namespace {

void fill(CustomerDialog* d, const char* name, const char* email) {
    d->field(QStringLiteral("name"))->setText(QString::fromUtf8(name));
    d->field(QStringLiteral("email"))->setText(QString::fromUtf8(email));
    d->field(QStringLiteral("phone"))->setText(QStringLiteral("+45 20304050"));
    d->field(QStringLiteral("address_line1"))->setText(QStringLiteral("Strandvejen 4"));
    d->field(QStringLiteral("postcode"))->setText(QStringLiteral("9990"));
    d->field(QStringLiteral("city"))->setText(QStringLiteral("Skagen"));
}

}  // namespace

TEST_CASE("customers: search, create with the required fields, edit", "[ui][customers]") {
    test::TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    CustomersPage page(context);
    page.show();
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.model()->rowCount() == 0);

    // Ctrl+N: a missing city is named and nothing is saved; then it is.
    QTimer::singleShot(0, [] {
        auto* d = qobject_cast<CustomerDialog*>(QApplication::activeModalWidget());
        REQUIRE(d);
        fill(d, "Anna Østergaard", "anna@example.dk");
        d->field(QStringLiteral("city"))->clear();
        d->accept();
        CHECK(d->isVisible());
        bool said = false;
        for (QLabel* l : d->findChildren<QLabel*>())
            said = said || l->text().contains(QStringLiteral("city"));
        CHECK(said);
        d->field(QStringLiteral("city"))->setText(QStringLiteral("Skagen"));
        d->accept();
        CHECK_FALSE(d->isVisible());
    });
    page.createCustomer();
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->customerAt(0).city == QStringLiteral("Skagen"));

    CustomerService::create(context.session(), [] {
        Customer c;
        c.name = QStringLiteral("Bo Hansen");
        c.noEmail = true;
        c.addressLine1 = c.postcode = c.city = c.phone = QStringLiteral("-");
        return c;
    }());
    page.searchField()->setText(QStringLiteral("ØSTER"));
    page.search();
    REQUIRE(page.model()->rowCount() == 1);
    page.searchField()->clear();
    page.search();
    CHECK(page.model()->rowCount() == 2);
    CHECK(page.model()->data(page.model()->index(1, CustomerListModel::Email)).toString() ==
          QStringLiteral("(no email)"));

    // Enter on a row edits it.
    page.view()->setCurrentIndex(page.model()->index(0, 0));
    QTimer::singleShot(0, [] {
        auto* d = qobject_cast<CustomerDialog*>(QApplication::activeModalWidget());
        REQUIRE(d);
        d->noEmailBox()->setChecked(true);
        CHECK(d->field(QStringLiteral("email"))->text().isEmpty());
        d->accept();
    });
    page.editCurrent();
    CHECK(page.model()->customerAt(0).noEmail);
}
