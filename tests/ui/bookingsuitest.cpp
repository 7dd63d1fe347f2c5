#include "core/booking/bookingbilling.h"
#include "core/booking/bookingservice.h"
#include "core/booking/bookingstore.h"
#include "core/journal/journal.h"
#include "tests/core/booking/bookingfixture.h"
#include "tests/support/modal.h"
#include "ui/bookings/bookingrowsmodel.h"
#include "ui/bookings/customerpickdialog.h"
#include "ui/bookings/ordereditordialog.h"
#include "ui/bookings/rowdialog.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/moneyedit.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

RowInput cabinNights(const BookingShop& shop) {
    RowInput in = nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 3));
    return in;
}

void okButton(QDialog* d) {
    d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

}  // namespace

TEST_CASE("order editor: customer, two cabins and a canoe, invoice, payment → final",
          "[ui][bookings]") {
    BookingShop shop;
    AppContext context(shop.db(), shop.business.clock());
    context.setSession(shop.owner());
    OrderEditorDialog editor(context, 0);
    editor.show();
    QAbstractItemModelTester tester(editor.rowsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(editor.bookingId() == 0);

    // Choose the customer by searching.
    whenOpen<CustomerPickDialog>([](CustomerPickDialog* d) {
        QTest::keyClicks(d->searchField(), QStringLiteral("østergaard"));
        REQUIRE(d->list()->count() == 1);
        QTest::keyClick(d->searchField(), Qt::Key_Return);
    });
    editor.chooseCustomer();
    CHECK(editor.customerLabel()->text().contains(QStringLiteral("Anna Østergaard")));

    // The first cabin with guests: the table's price is offered.
    whenOpen<RowDialog>([](RowDialog* d) {
        d->guestBox(QStringLiteral("adult"))->setValue(2);
        d->guestBox(QStringLiteral("child"))->setValue(1);
        CHECK(d->offerLabel()->text().contains(QStringLiteral("1")));
        CHECK_FALSE(d->overbookBox()->isChecked());
        d->accept();
        CHECK_FALSE(d->isVisible());
    });
    editor.addRow(cabinNights(shop));
    REQUIRE(editor.bookingId() > 0);  // saved with its first row
    CHECK(editor.rowsModel()->rowCount() == 1);
    whenOpen<RowDialog>([](RowDialog* d) { d->accept(); });
    editor.addRow(cabinNights(shop));
    // A third cabin does not fit: refused in the dialog, nothing saved.
    whenOpen<RowDialog>([](RowDialog* d) {
        d->accept();
        CHECK(d->isVisible());
        CHECK(d->errorLabel()->text().contains(QStringLiteral("overbooking")));
    });
    editor.addRow(cabinNights(shop));
    CHECK(editor.rowsModel()->rowCount() == 2);
    // The canoe for two hours, by the hour.
    whenOpen<RowDialog>([](RowDialog* d) {
        CHECK(d->arrivalEdit()->displayFormat().contains(QStringLiteral("HH:mm")));
        d->accept();
    });
    editor.addRow(nights(shop.canoe, at(2026, 12, 2, 10), at(2026, 12, 2, 12)));
    REQUIRE(editor.rowsModel()->rowCount() == 3);
    CHECK(editor.rowsModel()
              ->data(editor.rowsModel()->index(0, BookingRowsModel::Guests), Qt::DisplayRole)
              .toString()
              .contains(QStringLiteral("2")));

    // Invoice, then pay in full: every row turns final.
    whenOpen<QMessageBox>([](QMessageBox* box) {
        CHECK(box->text().contains(QStringLiteral("posted")));
        box->accept();
    });
    editor.generateInvoice();
    REQUIRE(editor.invoicesTable()->rowCount() == 1);
    whenOpen<QDialog>([](QDialog* d) {
        auto* amount = d->findChild<MoneyEdit*>();
        REQUIRE(amount);
        CHECK(amount->value().minor() == 4 * 80000 + 2 * 15000);
        okButton(d);
    });
    editor.manualPayment();
    CHECK(editor.paymentsTable()->rowCount() == 1);
    for (const BookingRow& r : BookingStore::rows(shop.db(), editor.bookingId()))
        CHECK(r.status == RowStatus::Final);
    CHECK(editor.rowsModel()->data(editor.rowsModel()->index(0, BookingRowsModel::Status),
                                   Qt::DisplayRole) == QStringLiteral("Final"));
    CHECK(editor.economyTable()->rowCount() == 2);  // the invoice and the payment
    bool paidInFull = false;
    for (int i = 0; i < editor.logTable()->rowCount(); ++i)
        paidInFull |= editor.logTable()->item(i, 2)->text() == QStringLiteral("Paid in full");
    CHECK(paidInFull);
}

TEST_CASE("order editor: a bad row names its field and a settled row cannot be opened",
          "[ui][bookings]") {
    BookingShop shop;
    AppContext context(shop.db(), shop.business.clock());
    context.setSession(
        shop.business.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk")));
    OrderEditorDialog editor(context, 0);
    editor.setCustomer(shop.anna.id);
    REQUIRE(editor.save());
    const auto rows = BookingStore::rows(shop.db(), editor.bookingId()).size();
    whenOpen<RowDialog>([](RowDialog* d) {
        CHECK_FALSE(d->overbookBox()->isEnabled());  // front desk lacks the right
        d->departureEdit()->setDate(QDate(2026, 11, 30));
        d->accept();
        CHECK(d->isVisible());
        CHECK_FALSE(d->errorLabel()->text().isEmpty());
    });
    editor.addRow(cabinNights(shop));
    CHECK(BookingStore::rows(shop.db(), editor.bookingId()).size() == rows);

    // The log takes a manual line.
    editor.tabs()->setCurrentIndex(4);
    editor.logLine()->setText(QStringLiteral("Ringede om parkering"));
    editor.addLogLine();
    bool found = false;
    for (int i = 0; i < editor.logTable()->rowCount(); ++i)
        found |= editor.logTable()->item(i, 3)->text() == QStringLiteral("Ringede om parkering");
    CHECK(found);
}

TEST_CASE("a new booking whose first row is refused leaves nothing behind", "[ui][bookings]") {
    BookingShop shop;
    AppContext context(shop.db(), shop.business.clock());
    context.setSession(shop.owner());
    const auto bookings = BookingStore::ofCustomer(shop.db(), shop.anna.id, 10).size();
    OrderEditorDialog editor(context, 0);
    editor.setCustomer(shop.anna.id);
    whenOpen<RowDialog>([](RowDialog* d) {
        d->quantityBox()->setValue(3);  // two cabins exist
        d->accept();
        CHECK(d->isVisible());
    });
    editor.addRow(cabinNights(shop));
    CHECK(editor.bookingId() == 0);
    CHECK(BookingStore::ofCustomer(shop.db(), shop.anna.id, 10).size() == bookings);
}

TEST_CASE("the editor opens prefilled from the schedule's unit and period", "[ui][bookings]") {
    BookingShop shop;
    AppContext context(shop.db(), shop.business.clock());
    context.setSession(shop.owner());
    whenOpen<RowDialog>([&](RowDialog* d) {
        CHECK(d->productBox()->currentData().toLongLong() == shop.canoe.id);
        CHECK(d->arrivalEdit()->dateTime() == QDateTime(QDate(2026, 7, 1), QTime(9, 0)));
        d->accept();
    });
    OrderEditorDialog* editor = OrderEditorDialog::forNewRow(
        context, shop.canoes[1].id, at(2026, 7, 1, 9), at(2026, 7, 1, 11), nullptr);
    editor->show();
    QTRY_VERIFY(editor->rowsModel()->rowCount() == 1);
    CHECK(editor->rowsModel()->row(0).resourceId == shop.canoes[1].id);
    editor->close();
}

TEST_CASE("order editor: a refund to a bank account checks the account", "[ui][bookings]") {
    BookingShop shop;
    AppContext context(shop.db(), shop.business.clock());
    const Session s = shop.owner();
    context.setSession(s);
    const Booking b = shop.newBooking(s);
    BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 2)));
    BookingBilling::generateInvoice(s, b.id, QDate(2026, 3, 2));
    BookingBilling::pay(s, b.id, Money(100000, shop.cabin.price.currency()), QDate(2026, 3, 2), {},
                        {}, {});
    OrderEditorDialog editor(context, b.id);
    whenOpen<QDialog>([](QDialog* d) {
        auto* amount = d->findChild<MoneyEdit*>();
        REQUIRE(amount);
        CHECK(amount->value().minor() == 20000);  // what was paid and not used
        const auto edits = d->findChildren<QLineEdit*>();
        QLineEdit* account = nullptr;
        for (QLineEdit* e : edits)
            if (e != amount && e->placeholderText().contains(QStringLiteral("IBAN")))
                account = e;
        REQUIRE(account);
        account->setText(QStringLiteral("12"));
        okButton(d);
        CHECK(d->isVisible());  // not an account: refused, nothing written
        account->setText(QStringLiteral("5470 0004567891"));
        okButton(d);
        CHECK_FALSE(d->isVisible());
    });
    editor.refund();
    REQUIRE(editor.paymentsTable()->rowCount() == 2);
    CHECK(BookingBilling::refundable(shop.db(), b.id).isZero());
}

TEST_CASE("generate invoice on an overdue, fully invoiced booking leads to a reminder",
          "[ui][bookings]") {
    BookingShop shop;
    AppContext context(shop.db(), shop.business.clock());
    const Session s = shop.owner();
    context.setSession(s);
    const Booking b = shop.newBooking(s);
    BookingService::addRow(s, b.id, nights(shop.cabin, day(2026, 12, 1), day(2026, 12, 2)));
    // Invoiced in January, so it is overdue on the fixed clock's 2 March.
    const Invoice invoice = BookingBilling::generateInvoice(s, b.id, QDate(2026, 1, 5));
    REQUIRE(BookingBilling::overdueInvoice(shop.db(), b.id, QDate(2026, 3, 2)));
    OrderEditorDialog editor(context, b.id);
    QSignalSpy reminder(&editor, &OrderEditorDialog::reminderRequested);
    whenOpen<QMessageBox>([&](QMessageBox* box) {
        CHECK(box->text().contains(QString::number(invoice.number)));
        box->button(QMessageBox::Yes)->click();
    });
    editor.generateInvoice();
    REQUIRE(reminder.size() == 1);
    CHECK(reminder.at(0).at(0).toLongLong() == invoice.debtorId);
    CHECK(BookingBilling::invoices(shop.db(), b.id).size() == 1);  // no second invoice
}
