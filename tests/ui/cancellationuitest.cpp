#include "core/booking/availabilityservice.h"
#include "core/booking/bookingbilling.h"
#include "core/booking/bookingservice.h"
#include "core/booking/bookingstore.h"
#include "core/booking/cancellationservice.h"
#include "core/invoicing/invoiceservice.h"
#include "tests/core/booking/bookingfixture.h"
#include "tests/core/receivables/receivablesfixture.h"
#include "tests/support/modal.h"
#include "ui/bookings/bookingrowsmodel.h"
#include "ui/bookings/canceldialog.h"
#include "ui/bookings/ordereditordialog.h"
#include "ui/bookings/rowdialog.h"
#include "ui/shell/appcontext.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

// Clicks the confirmation's button whose text (without '&') starts with `text`.
void clickButton(QMessageBox* box, const QString& text) {
    for (QAbstractButton* b : box->buttons())
        if (b->text().remove(QLatin1Char('&')).startsWith(text)) {
            b->click();
            return;
        }
    FAIL("no button " << text.toStdString());
}

void giveReason(CancelDialog* d, const QString& reason, bool waive = false) {
    d->waiveBox()->setChecked(waive);
    d->reasonEdit()->setText(reason);
    d->okButton()->click();
}

std::int64_t selectRowOf(OrderEditorDialog& editor, std::int64_t rowId) {
    editor.rowsView()->selectRow(editor.rowsModel()->rowOf(rowId));
    return rowId;
}

}  // namespace

TEST_CASE("order editor: a row is cancelled after confirmation and a reason, with its fee",
          "[ui][cancel]") {
    BookingShop shop;
    const Session owner = shop.owner();
    CancellationRules::set(owner, shop.cabin.id, CancellationRules::parse(QStringLiteral("30:50")));
    AppContext context(shop.db(), shop.business.clock());
    context.setSession(
        shop.business.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk")));
    const Booking b = shop.newBooking(owner);
    const BookingRow row =
        BookingService::addRow(owner, b.id, nights(shop.cabin, day(2026, 3, 20), day(2026, 3, 22)));
    OrderEditorDialog editor(context, b.id);
    selectRowOf(editor, row.id);

    // "Keep it" at the confirmation: nothing happens.
    whenOpen<QMessageBox>([](QMessageBox* box) { clickButton(box, QStringLiteral("Keep")); });
    editor.cancelCurrentRow();
    CHECK(BookingStore::requireRow(shop.db(), row.id).status == RowStatus::Reservation);

    // Confirm, try without a reason (refused, stays open), then give one.
    whenOpen<QMessageBox>([](QMessageBox* box) { clickButton(box, QStringLiteral("Cancel row")); });
    whenOpen<CancelDialog>([](CancelDialog* d) {
        // 18 days before arrival: 50 % of two nights.
        CHECK(d->feeLabel()->text().contains(QStringLiteral("800")));
        CHECK(d->waiveBox()->isEnabled());
        giveReason(d, QStringLiteral("  "));
        CHECK(d->isVisible());
        CHECK_FALSE(d->errorLabel()->text().isEmpty());
        giveReason(d, QStringLiteral("Guest is ill"), true);
        CHECK_FALSE(d->isVisible());
    });
    editor.cancelCurrentRow();
    CHECK(BookingStore::requireRow(shop.db(), row.id).status == RowStatus::Cancelled);
    const auto recorded = CancellationStore::ofBooking(shop.db(), b.id);
    REQUIRE(recorded.size() == 1);
    CHECK(recorded[0].reason == QStringLiteral("Guest is ill"));
    CHECK(recorded[0].waivedBy == QStringLiteral("desk"));
    CHECK(recorded[0].suggestedFee == dkk(80000));
    // The editor's rows show it cancelled.
    CHECK(editor.rowsModel()->row(editor.rowsModel()->rowOf(row.id)).status ==
          RowStatus::Cancelled);
}

TEST_CASE("order editor: a package asks whether its parts go too", "[ui][cancel]") {
    BookingShop shop;
    const Session owner = shop.owner();
    AppContext context(shop.db(), shop.business.clock());
    context.setSession(owner);
    const Booking b = shop.newBooking(owner);
    const BookingRow cabin =
        BookingService::addRow(owner, b.id, nights(shop.cabin, day(2026, 3, 20), day(2026, 3, 22)));
    RowInput canoe = nights(shop.canoe, at(2026, 3, 20, 10), at(2026, 3, 20, 12));
    canoe.parentId = cabin.id;
    const BookingRow part = BookingService::addRow(owner, b.id, canoe);
    OrderEditorDialog editor(context, b.id);

    selectRowOf(editor, cabin.id);
    whenOpen<QMessageBox>([](QMessageBox* box) {
        CHECK(box->buttons().size() == 3);
        clickButton(box, QStringLiteral("Cancel it and its 1 part"));
    });
    whenOpen<CancelDialog>(
        [](CancelDialog* d) { giveReason(d, QStringLiteral("Whole stay called off")); });
    editor.cancelCurrentRow();
    CHECK(BookingStore::requireRow(shop.db(), cabin.id).status == RowStatus::Cancelled);
    CHECK(BookingStore::requireRow(shop.db(), part.id).status == RowStatus::Cancelled);
}

TEST_CASE("order editor: lowering a row's quantity asks why and cancels the surplus",
          "[ui][cancel]") {
    BookingShop shop;
    const Session owner = shop.owner();
    AppContext context(shop.db(), shop.business.clock());
    context.setSession(owner);
    const Booking b = shop.newBooking(owner);
    const BookingRow row = BookingService::addRow(
        owner, b.id, nights(shop.canoe, at(2026, 3, 20, 10), at(2026, 3, 20, 12), 3));
    OrderEditorDialog editor(context, b.id);
    selectRowOf(editor, row.id);

    whenOpen<RowDialog>([](RowDialog* d) {
        d->quantityBox()->setValue(1);
        whenOpen<CancelDialog>([](CancelDialog* c) {
            CHECK(c->unitsBox()->value() == 2);
            CHECK_FALSE(c->unitsBox()->isEnabled());
            giveReason(c, QStringLiteral("Two fewer canoes"));
        });
        d->accept();
    });
    editor.editCurrentRow();
    CHECK(BookingStore::requireRow(shop.db(), row.id).quantity == 1);
    const auto recorded = CancellationStore::ofBooking(shop.db(), b.id);
    REQUIRE(recorded.size() == 1);
    CHECK(recorded[0].quantity == 2);
    CHECK(recorded[0].reason == QStringLiteral("Two fewer canoes"));
    CHECK(AvailabilityService::freeUnits(shop.db(), shop.canoe.id, at(2026, 3, 20, 10),
                                         at(2026, 3, 20, 12)) == 2);
}

TEST_CASE("a billed row is refused for front desk and cancelled by a manager", "[ui][cancel]") {
    BookingShop shop;
    const Session owner = shop.owner();
    const Booking b = shop.newBooking(owner);
    const BookingRow row =
        BookingService::addRow(owner, b.id, nights(shop.cabin, day(2026, 3, 20), day(2026, 3, 22)));
    BookingBilling::generateInvoice(owner, b.id, QDate(2026, 3, 2));

    AppContext desk(shop.db(), shop.business.clock());
    desk.setSession(
        shop.business.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk")));
    QString refusal;
    whenOpen<QMessageBox>([&](QMessageBox* box) {
        refusal = box->text();
        box->accept();
    });
    CHECK(CancelFlow::cancelRow(desk, row.id, nullptr).empty());
    CHECK(refusal.contains(QStringLiteral("credit")));
    CHECK(BookingStore::requireRow(shop.db(), row.id).status == RowStatus::Reservation);

    AppContext manager(shop.db(), shop.business.clock());
    manager.setSession(
        shop.business.userWithRole(QStringLiteral("boss"), QStringLiteral("manager")));
    whenOpen<QMessageBox>([](QMessageBox* box) { clickButton(box, QStringLiteral("Cancel row")); });
    whenOpen<CancelDialog>([](CancelDialog* d) {
        CHECK(d->feeLabel()->text().contains(QStringLiteral("purchase stands")));
        giveReason(d, QStringLiteral("No-show, paid anyway"));
    });
    const auto done = CancelFlow::cancelRow(manager, row.id, nullptr);
    REQUIRE(done.size() == 1);
    CHECK(done[0].debited);
}

TEST_CASE("order editor: the whole booking is cancelled with one reason", "[ui][cancel]") {
    BookingShop shop;
    const Session owner = shop.owner();
    AppContext context(shop.db(), shop.business.clock());
    context.setSession(owner);
    const Booking b = shop.newBooking(owner);
    BookingService::addRow(owner, b.id, nights(shop.cabin, day(2026, 3, 20), day(2026, 3, 22)));
    BookingService::addRow(owner, b.id,
                           nights(shop.canoe, at(2026, 3, 20, 10), at(2026, 3, 20, 12)));
    OrderEditorDialog editor(context, b.id);
    whenOpen<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    whenOpen<CancelDialog>([](CancelDialog* d) { giveReason(d, QStringLiteral("Wedding off")); });
    editor.cancelBooking();
    for (const BookingRow& r : BookingStore::rows(shop.db(), b.id))
        CHECK(r.status == RowStatus::Cancelled);
    CHECK(CancellationStore::ofBooking(shop.db(), b.id).size() == 2);
}

TEST_CASE("after a credit note of a booking's invoice, staff are asked to cancel the booking",
          "[ui][cancel]") {
    BookingShop shop;
    const Session owner = shop.owner();
    AppContext context(shop.db(), shop.business.clock());
    context.setSession(owner);
    const Booking b = shop.newBooking(owner);
    const BookingRow row =
        BookingService::addRow(owner, b.id, nights(shop.cabin, day(2026, 3, 20), day(2026, 3, 22)));
    const Invoice invoice = BookingBilling::generateInvoice(owner, b.id, QDate(2026, 3, 2));
    InvoiceService::creditNote(owner, invoice.number, {});

    // "Keep it": the booking stands.
    whenOpen<QMessageBox>([](QMessageBox* box) { clickButton(box, QStringLiteral("Keep")); });
    CHECK(CancelFlow::offerAfterCredit(context, invoice.id, nullptr).empty());
    CHECK(BookingStore::requireRow(shop.db(), row.id).status == RowStatus::Reservation);

    whenOpen<QMessageBox>(
        [](QMessageBox* box) { clickButton(box, QStringLiteral("Cancel booking")); });
    whenOpen<CancelDialog>([](CancelDialog* d) { giveReason(d, QStringLiteral("Credited")); });
    const auto done = CancelFlow::offerAfterCredit(context, invoice.id, nullptr);
    REQUIRE(done.size() == 1);
    CHECK_FALSE(done[0].debited);  // credited first: not billed any more
    // Nothing left to ask about.
    CHECK(CancelFlow::offerAfterCredit(context, invoice.id, nullptr).empty());
}
