#include "core/booking/bookingstore.h"
#include "core/booking/cancellation.h"
#include "tests/support/modal.h"
#include "tests/ui/schedulefixture.h"
#include "ui/bookings/canceldialog.h"
#include "ui/bookings/cancellationlistmodel.h"
#include "ui/bookings/cancellationlistpage.h"
#include "ui/schedule/schedulepage.h"
#include "ui/schedule/scheduleview.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace skranke;
using skranke::test::Schedule;

TEST_CASE("schedule page: A cancels the selected booking after confirmation and a reason",
          "[ui][schedule][cancel]") {
    Schedule s;
    SchedulePage page(s.context);
    page.resize(1300, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    ScheduleView* view = page.view();
    const auto shows = [&](std::int64_t rowId) {
        for (const ScheduleBlock& b : view->visibleBlocks())
            if (b.rowId == rowId)
                return true;
        return false;
    };
    REQUIRE(shows(s.anna));
    CHECK_FALSE(page.cancelButton()->isEnabled());
    view->selectRow(s.anna);
    CHECK(page.cancelButton()->isEnabled());
    view->setFocus();

    test::whenOpen<QMessageBox>([](QMessageBox* box) {
        CHECK(box->text().contains(QStringLiteral("Cabin 1")));
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
    });
    test::whenOpen<CancelDialog>([](CancelDialog* d) {
        d->reasonEdit()->setText(QStringLiteral("Guest called: ill"));
        d->okButton()->click();
    });
    QTest::keyClick(view, Qt::Key_A);

    CHECK(BookingStore::requireRow(s.b.db(), s.anna).status == RowStatus::Cancelled);
    CHECK_FALSE(shows(s.anna));
    CHECK(shows(s.bo));
    CHECK(view->selectedRowId() == 0);
    const auto recorded = CancellationStore::ofBooking(s.b.db(), s.bookingOf(s.anna));
    REQUIRE(recorded.size() == 1);
    CHECK(recorded[0].reason == QStringLiteral("Guest called: ill"));
    // … and it is on this week's cancellation list.
    CancellationListPage list(s.context);
    list.refresh();
    REQUIRE(list.model()->rowCount() == 1);
    const auto listed = [&](int column) {
        return list.model()->data(list.model()->index(0, column), Qt::DisplayRole).toString();
    };
    CHECK(listed(CancellationListModel::Booking) == QString::number(s.bookingOf(s.anna)));
    CHECK(listed(CancellationListModel::Reason) == QStringLiteral("Guest called: ill"));

    // The button does the same, and "Keep it" keeps the booking.
    view->selectRow(s.bo);
    test::whenOpen<QMessageBox>([](QMessageBox* box) {
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::RejectRole)
                b->click();
    });
    page.cancelButton()->click();
    CHECK(BookingStore::requireRow(s.b.db(), s.bo).status == RowStatus::Final);
    CHECK(shows(s.bo));
}
