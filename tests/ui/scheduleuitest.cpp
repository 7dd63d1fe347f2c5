#include "core/booking/bookingservice.h"
#include "core/booking/bookingstore.h"
#include "core/booking/bookingtime.h"
#include "core/catalog/catalogservice.h"
#include "core/money/currency.h"
#include "core/parties/customerservice.h"
#include "tests/ui/schedulefixture.h"
#include "ui/schedule/schedulegeometry.h"
#include "ui/schedule/schedulepage.h"
#include "ui/schedule/scheduleview.h"
#include "ui/shell/appcontext.h"

#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <catch2/catch.hpp>

using namespace skranke;
using skranke::test::day;
using skranke::test::Schedule;

namespace {

// A view of the week of 2 March, shown and active.
void showWeek(ScheduleView& view) {
    view.setErrorDialogsEnabled(false);
    view.resize(1240, 420);
    view.show();
    view.setZoom(ScheduleZoom::Week);
    view.setFirstDate(QDate(2026, 3, 2));
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    view.setFocus();
}

void drag(QWidget* w, QPoint from, QPoint to) {
    QTest::mousePress(w, Qt::LeftButton, {}, from);
    QTest::mouseMove(w, (from + to) / 2);
    QTest::mouseMove(w, to);
    QTest::mouseRelease(w, Qt::LeftButton, {}, to);
}

std::vector<ScheduleResource> sampleResources() {
    // As ScheduleQuery::resources() orders them: by category, sort order, name.
    return {{1, QStringLiteral("Canoe 1"), QStringLiteral("Boats"), 20, QStringLiteral("Canoe"),
             ProductKind::Rental},
            {2, QStringLiteral("Cabin 1"), QStringLiteral("Cabins"), 10, QStringLiteral("Cabin"),
             ProductKind::Accommodation},
            {3, QStringLiteral("Hut 1"), QStringLiteral("Cabins"), 11, QStringLiteral("Hut"),
             ProductKind::Accommodation},
            {4, QStringLiteral("Cabin 2"), QStringLiteral("Cabins"), 10, QStringLiteral("Cabin"),
             ProductKind::Accommodation}};
}

}  // namespace

TEST_CASE("schedule geometry: rows with group headers and free lines", "[ui][schedule]") {
    ScheduleGeometry g;
    g.setResources(sampleResources());
    using Kind = ScheduleRow::Kind;
    // Boats: Canoe 1, its free line; Cabins: Cabin 1 and 2 together, then Hut 1.
    const auto& rows = g.rows();
    REQUIRE(rows.size() == 9);
    const std::vector<Kind> kinds = {Kind::Group, Kind::Resource, Kind::Free,
                                     Kind::Group, Kind::Resource, Kind::Resource,
                                     Kind::Free,  Kind::Resource, Kind::Free};
    for (std::size_t i = 0; i < rows.size(); ++i)
        CHECK(rows[i].kind == kinds[i]);
    CHECK(rows[0].label == QStringLiteral("Boats"));
    CHECK(rows[5].label == QStringLiteral("Cabin 2"));
    CHECK(rows[6].label == QStringLiteral("Cabin"));
    CHECK(rows[6].productId == 10);
    CHECK(g.resources()[2].name == QStringLiteral("Cabin 2"));

    // Resource ↔ row ↔ y.
    CHECK(g.resourceIndex(4) == 2);
    CHECK(g.rowOfResource(g.resourceIndex(4)) == 5);
    CHECK(g.resourceIndex(99) == -1);
    const int y = ScheduleGeometry::GroupHeight * 2 + ScheduleGeometry::ResourceHeight * 2 +
                  ScheduleGeometry::FreeHeight;
    CHECK(rows[5].top == y);
    CHECK(g.rowAt(0) == 0);
    CHECK(g.rowAt(ScheduleGeometry::GroupHeight - 1) == 0);
    CHECK(g.rowAt(ScheduleGeometry::GroupHeight) == 1);
    CHECK(g.rowAt(y + ScheduleGeometry::ResourceHeight - 1) == 5);
    CHECK(g.rowAt(g.contentHeight()) == -1);
    CHECK(g.rowAt(-1) == -1);
    CHECK(g.contentHeight() == 3 * ScheduleGeometry::GroupHeight - ScheduleGeometry::GroupHeight +
                                   4 * ScheduleGeometry::ResourceHeight +
                                   3 * ScheduleGeometry::FreeHeight);
    // Resources whose rows overlap a band of y.
    CHECK(g.resourcesIn(0, ScheduleGeometry::GroupHeight + 1) == std::pair<int, int>(0, 1));
    CHECK(g.resourcesIn(y, y + 1) == std::pair<int, int>(2, 3));
    CHECK(g.resourcesIn(0, g.contentHeight()) == std::pair<int, int>(0, 4));
}

TEST_CASE("schedule geometry: time and x at every zoom", "[ui][schedule]") {
    ScheduleGeometry g;
    g.setResources(sampleResources());
    g.setRange(QDate(2026, 1, 1), 400);
    const std::vector<std::pair<ScheduleZoom, int>> zooms = {{ScheduleZoom::Day, 60},
                                                             {ScheduleZoom::Week, 144},
                                                             {ScheduleZoom::Month, 36},
                                                             {ScheduleZoom::Quarter, 12}};
    for (const auto& [zoom, column] : zooms) {
        g.setZoom(zoom);
        CAPTURE(int(zoom));
        CHECK(g.columnWidth() == column);
        CHECK(g.contentWidth() == 400 * g.dayWidth());
        CHECK(g.xOf(g.originMinute()) == 0);
        for (int x : {0, 1, 7, 143, 1000, 12345, g.contentWidth() - 1})
            CHECK(g.xOf(g.minuteAt(x)) == x);
        for (std::int64_t m : {day(3, 2), day(3, 2, 10), day(6, 30, 22), day(1, 1)})
            CHECK(g.minuteAt(g.xOf(m)) == m);
        // A day is dayWidth wide; columns are hours (Day) or days.
        CHECK(g.xOf(day(3, 3)) - g.xOf(day(3, 2)) == g.dayWidth());
        CHECK(g.columnStart(day(3, 2, 10, 40)) ==
              (zoom == ScheduleZoom::Day ? day(3, 2, 10) : day(3, 2)));
        // Between two pixels a minute maps to the pixel on its left.
        const int mpp = ScheduleGeometry::minutesPerPixel(zoom);
        CHECK(g.xOf(day(3, 2) + mpp - 1) == g.xOf(day(3, 2)));
    }
    // The zoom's period fits the usual viewport.
    g.setZoom(ScheduleZoom::Week);
    CHECK(ScheduleGeometry::spanDays(ScheduleZoom::Week) * g.dayWidth() == 1008);
}

TEST_CASE("schedule geometry: hit testing and snapping", "[ui][schedule]") {
    ScheduleGeometry g;
    g.setResources(sampleResources());
    g.setRange(QDate(2026, 2, 1), 120);
    g.setZoom(ScheduleZoom::Week);
    ScheduleBlock cabin;
    cabin.rowId = 7;
    cabin.resourceId = 2;  // Cabin 1
    cabin.start = day(3, 3);
    cabin.end = day(3, 5);
    ScheduleBlock elsewhere = cabin;  // on another unit: never hit on Cabin 1's row
    elsewhere.rowId = 8;
    elsewhere.resourceId = 4;
    const std::vector<ScheduleBlock> blocks = {elsewhere, cabin};

    const QRect r = g.blockRect(cabin);
    CHECK(r.left() == g.xOf(day(3, 3)));
    CHECK(r.width() == 2 * g.dayWidth());
    CHECK(r.top() == g.rows()[g.rowOfResource(1)].top + ScheduleGeometry::BlockInset);

    ScheduleHit hit = g.hitTest(r.center(), blocks);
    CHECK(hit.part == ScheduleHit::Part::Body);
    CHECK(hit.block == 1);
    CHECK(hit.rowId == 7);
    CHECK(hit.resource == 1);
    CHECK(hit.minute == g.minuteAt(r.center().x()));
    hit = g.hitTest(QPoint(r.left() + 1, r.center().y()), blocks);
    CHECK(hit.part == ScheduleHit::Part::LeftEdge);
    hit = g.hitTest(QPoint(r.right() - 1, r.center().y()), blocks);
    CHECK(hit.part == ScheduleHit::Part::RightEdge);
    hit = g.hitTest(QPoint(r.right() + 10, r.center().y()), blocks);
    CHECK(hit.part == ScheduleHit::Part::Cell);
    CHECK_FALSE(hit.onBlock());
    CHECK(hit.resource == 1);
    // Above and below the block inside its row: the cell, not the block.
    hit = g.hitTest(QPoint(r.center().x(), r.top() - 1), blocks);
    CHECK(hit.part == ScheduleHit::Part::Cell);
    CHECK(g.hitTest(QPoint(5, 1), blocks).part == ScheduleHit::Part::Group);
    CHECK(g.hitTest(QPoint(5, g.rows()[2].top + 2), blocks).part == ScheduleHit::Part::Free);
    CHECK(g.hitTest(QPoint(-1, r.center().y()), blocks).part == ScheduleHit::Part::Outside);
    CHECK(g.hitTest(QPoint(5, g.contentHeight() + 3), blocks).part == ScheduleHit::Part::Outside);
    CHECK(g.cellRect(1, day(3, 6, 13)) == QRect(g.xOf(day(3, 6)), g.rows()[g.rowOfResource(1)].top,
                                                g.dayWidth(), ScheduleGeometry::ResourceHeight));

    // Night products snap to whole days.
    const ProductKind night = ProductKind::Accommodation;
    CHECK(g.snapStep(night) == BookingTime::MinutesPerDay);
    CHECK(g.snap(day(3, 3, 13), night) == day(3, 4));
    CHECK(g.snap(day(3, 3, 11), night) == day(3, 3));
    CHECK(g.snapDown(day(3, 3, 23), night) == day(3, 3));
    CHECK(g.snapUp(day(3, 3, 1), night) == day(3, 4));
    CHECK(g.snapUp(day(3, 3), night) == day(3, 3));
    CHECK(g.snapDelta(-BookingTime::MinutesPerDay - 100, night) == -BookingTime::MinutesPerDay);
    // Time products to whole hours, or 15 minutes in the Day zoom.
    const ProductKind time = ProductKind::Rental;
    CHECK(g.snap(day(3, 3, 10, 20), time) == day(3, 3, 10));
    CHECK(g.snapUp(day(3, 3, 10, 20), time) == day(3, 3, 11));
    CHECK(g.snapDelta(-50, time) == -60);
    g.setZoom(ScheduleZoom::Day);
    CHECK(g.snapStep(time) == 15);
    CHECK(g.snap(day(3, 3, 10, 20), time) == day(3, 3, 10, 15));
    CHECK(g.snapUp(day(3, 3, 10, 20), time) == day(3, 3, 10, 30));
    CHECK(g.snapDown(day(3, 3, 10, 20), time) == day(3, 3, 10, 15));
    CHECK(g.snapStep(night) == BookingTime::MinutesPerDay);
}

TEST_CASE("schedule view: the visible bookings, painted over the background", "[ui][schedule]") {
    Schedule s;
    ScheduleView view(s.context);
    showWeek(view);

    std::vector<std::int64_t> shown;
    for (const ScheduleBlock& b : view.visibleBlocks())
        shown.push_back(b.rowId);
    std::sort(shown.begin(), shown.end());
    CHECK(shown == std::vector<std::int64_t>{s.anna, s.bo, s.carl, s.dora});
    const ScheduleBlock* anna = nullptr;
    const auto blocks = view.visibleBlocks();
    for (const ScheduleBlock& b : blocks)
        if (b.rowId == s.anna)
            anna = &b;
    REQUIRE(anna);
    CHECK(anna->customerName == QStringLiteral("Anna Østergaard"));
    CHECK(anna->start == day(3, 3));

    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    {
        QPainter p(&image);
        view.renderViewport(p, image.rect());
    }
    const QRect annaRect = view.blockViewportRect(s.anna);
    REQUIRE(annaRect.isValid());
    CHECK(annaRect.left() == ScheduleView::HeaderWidth + view.geometry().dayWidth());
    CHECK(QColor(image.pixel(annaRect.topLeft() + QPoint(2, 2))) ==
          ScheduleView::statusColor(RowStatus::Reservation));
    const QRect boRect = view.blockViewportRect(s.bo);
    CHECK(QColor(image.pixel(boRect.topLeft() + QPoint(2, 2))) ==
          ScheduleView::statusColor(RowStatus::Final));
    // Cabin 2 on Friday 6 March is free: the plain background.
    const QPoint empty = view.viewportPoint(s.cabin2, day(3, 6, 12));
    CHECK(QColor(image.pixel(empty)) == QColor(Qt::white));
    // Saturday's cells are shaded, and differ from the booking colours.
    const QPoint weekend = view.viewportPoint(s.cabin2, day(3, 7, 12));
    CHECK(QColor(image.pixel(weekend)) != QColor(Qt::white));
    CHECK(QColor(image.pixel(weekend)) != ScheduleView::statusColor(RowStatus::Reservation));

    // The line for now (10:00 in Copenhagen) crosses Cabin 2's empty Monday.
    const QColor now(image.pixel(view.viewportPoint(s.cabin2, view.nowMinute())));
    CHECK(view.nowMinute() == day(3, 2, 10));
    CHECK(now.red() > 200);
    CHECK(now.green() < 100);

    // Painting a part paints the same pixels there.
    QImage part(image.size(), image.format());
    part.fill(Qt::black);
    {
        QPainter p(&part);
        view.renderViewport(p, annaRect);
    }
    CHECK(part.pixel(annaRect.topLeft() + QPoint(2, 2)) ==
          image.pixel(annaRect.topLeft() + QPoint(2, 2)));
    CHECK(QColor(part.pixel(empty)) == QColor(Qt::black));

    // A tooltip names the customer, the booking and the unit.
    QHelpEvent help(QEvent::ToolTip, annaRect.center(),
                    view.viewport()->mapToGlobal(annaRect.center()));
    QApplication::sendEvent(view.viewport(), &help);
    const QString tip = QToolTip::text();
    CHECK(tip.contains(QStringLiteral("Anna Østergaard")));
    CHECK(tip.contains(QString::number(s.bookingOf(s.anna))));
    CHECK(tip.contains(QStringLiteral("Cabin 1")));
    CHECK(tip.contains(QStringLiteral("2 night")));

    // The cabins' free line: none free on Wednesday 4 March, one on Tuesday.
    int freeRow = -1;
    for (std::size_t i = 0; i < view.geometry().rows().size(); ++i)
        if (view.geometry().rows()[i].kind == ScheduleRow::Kind::Free &&
            view.geometry().rows()[i].productId == s.cabin.id)
            freeRow = int(i);
    REQUIRE(freeRow >= 0);
    auto freeTip = [&](std::int64_t minute) {
        const QPoint at = view.toViewport(
            QPoint(view.geometry().xOf(minute), view.geometry().rows()[freeRow].top + 4));
        QHelpEvent e(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
        QApplication::sendEvent(view.viewport(), &e);
        return QToolTip::text();
    };
    CHECK(freeTip(day(3, 4, 12)).startsWith(QStringLiteral("0 of Cabin free")));
    CHECK(freeTip(day(3, 3, 12)).startsWith(QStringLiteral("1 of Cabin free")));
}

TEST_CASE("schedule view: keyboard selects, opens and moves bookings", "[ui][schedule]") {
    Schedule s;
    ScheduleView view(s.context);
    showWeek(view);
    QSignalSpy opened(&view, &ScheduleView::openBookingRequested);
    QSignalSpy selected(&view, &ScheduleView::selectionChanged);

    view.selectRow(s.anna);
    CHECK(view.selectedRowId() == s.anna);
    CHECK(selected.count() == 1);
    QTest::keyClick(&view, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).value<std::int64_t>() == s.bookingOf(s.anna));

    // Ctrl+Right: a day later (a night product).
    QTest::keyClick(&view, Qt::Key_Right, Qt::ControlModifier);
    CHECK(BookingStore::requireRow(s.b.db(), s.anna).start == day(3, 4));
    CHECK(BookingStore::requireRow(s.b.db(), s.anna).end == day(3, 6));
    CHECK(view.selectedRowId() == s.anna);
    // Ctrl+Down: to the next unit (Cabin 2, where Bo is: still 2 cabins for 2 bookings).
    QTest::keyClick(&view, Qt::Key_Down, Qt::ControlModifier);
    CHECK(BookingStore::requireRow(s.b.db(), s.anna).resourceId == s.cabin2);
    QTest::keyClick(&view, Qt::Key_Up, Qt::ControlModifier);
    CHECK(BookingStore::requireRow(s.b.db(), s.anna).resourceId == s.cabin1);

    // Right: the next booking on the row; Down: the unit below at that time.
    QTest::keyClick(&view, Qt::Key_Right);
    CHECK(view.selectedRowId() == s.dora);
    QTest::keyClick(&view, Qt::Key_Left);
    CHECK(view.selectedRowId() == s.anna);
    QTest::keyClick(&view, Qt::Key_Down);
    CHECK(view.selectedRowId() == s.bo);
    // Right past Bo's last booking: a free cell, then Enter asks for a booking there.
    QSignalSpy create(&view, &ScheduleView::createBookingRequested);
    QTest::keyClick(&view, Qt::Key_Right);
    CHECK(view.selectedRowId() == 0);
    QTest::keyClick(&view, Qt::Key_Enter);
    REQUIRE(create.count() == 1);
    CHECK(create.at(0).at(0).value<std::int64_t>() == s.cabin2);
    CHECK(create.at(0).at(1).value<std::int64_t>() == day(3, 6));
    CHECK(create.at(0).at(2).value<std::int64_t>() == day(3, 7));

    // The canoe moves by the hour.
    view.selectRow(s.carl);
    QTest::keyClick(&view, Qt::Key_Left, Qt::ControlModifier);
    CHECK(BookingStore::requireRow(s.b.db(), s.carl).start == day(3, 2, 9));
    CHECK(BookingStore::requireRow(s.b.db(), s.carl).end == day(3, 2, 11));
}

TEST_CASE("schedule view: dragging creates, moves and resizes", "[ui][schedule]") {
    Schedule s;
    ScheduleView view(s.context);
    showWeek(view);
    QWidget* vp = view.viewport();

    // Over free cells of Cabin 2 from Saturday to Sunday: two nights asked for.
    QSignalSpy create(&view, &ScheduleView::createBookingRequested);
    drag(vp, view.viewportPoint(s.cabin2, day(3, 7, 12)),
         view.viewportPoint(s.cabin2, day(3, 8, 12)));
    REQUIRE(create.count() == 1);
    CHECK(create.at(0).at(0).value<std::int64_t>() == s.cabin2);
    CHECK(create.at(0).at(1).value<std::int64_t>() == day(3, 7));
    CHECK(create.at(0).at(2).value<std::int64_t>() == day(3, 9));
    // On the canoe's row at hour steps.
    drag(vp, view.viewportPoint(s.canoe1, day(3, 4, 13, 30)),
         view.viewportPoint(s.canoe1, day(3, 4, 20, 10)));
    REQUIRE(create.count() == 2);
    CHECK(create.at(1).at(0).value<std::int64_t>() == s.canoe1);
    CHECK(create.at(1).at(1).value<std::int64_t>() == day(3, 4, 13));
    CHECK(create.at(1).at(2).value<std::int64_t>() == day(3, 4, 21));

    // Dora's body dragged a day on and onto Cabin 2.
    const QRect dora = view.blockViewportRect(s.dora);
    const QPoint grab = dora.center();
    const QPoint to(grab.x() + view.geometry().dayWidth(),
                    view.viewportPoint(s.cabin2, day(3, 7)).y());
    drag(vp, grab, to);
    BookingRow row = BookingStore::requireRow(s.b.db(), s.dora);
    CHECK(row.start == day(3, 8));
    CHECK(row.end == day(3, 9));
    CHECK(row.resourceId == s.cabin2);
    CHECK(view.selectedRowId() == s.dora);
    CHECK(create.count() == 2);

    // Anna's right edge one day further: three nights.
    const QRect anna = view.blockViewportRect(s.anna);
    const QPoint edge(anna.right() - 1, anna.center().y());
    drag(vp, edge, edge + QPoint(view.geometry().dayWidth(), 0));
    row = BookingStore::requireRow(s.b.db(), s.anna);
    CHECK(row.start == day(3, 3));
    CHECK(row.end == day(3, 6));
    // And the left edge a day earlier.
    const QRect anna2 = view.blockViewportRect(s.anna);
    const QPoint left(anna2.left() + 1, anna2.center().y());
    drag(vp, left, left - QPoint(view.geometry().dayWidth(), 0));
    row = BookingStore::requireRow(s.b.db(), s.anna);
    CHECK(row.start == day(3, 2));
    CHECK(row.end == day(3, 6));
    CHECK(view.blockViewportRect(s.anna).width() == 4 * view.geometry().dayWidth());
}

TEST_CASE("schedule view: a move that would overbook is refused without the right",
          "[ui][schedule]") {
    Schedule s;
    s.context.setSession(s.b.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk")));
    ScheduleView view(s.context);
    showWeek(view);
    QSignalSpy errors(&view, &ScheduleView::errorShown);
    bool asked = false;
    view.setOverbookConfirm([&](const QString&) {
        asked = true;
        return true;
    });

    // Dora onto Wednesday 4 March, when both cabins are taken (Anna, Bo).
    const QRect dora = view.blockViewportRect(s.dora);
    drag(view.viewport(), dora.center(), dora.center() - QPoint(3 * view.geometry().dayWidth(), 0));
    REQUIRE(errors.count() == 1);
    CHECK(errors.at(0).at(0).toString().contains(QStringLiteral("fully booked")));
    CHECK_FALSE(asked);
    BookingRow row = BookingStore::requireRow(s.b.db(), s.dora);
    CHECK(row.start == day(3, 7));
    CHECK(row.end == day(3, 8));
    CHECK(view.blockViewportRect(s.dora) == dora);  // drawn where it was

    // The same by keyboard.
    view.selectRow(s.dora);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&view, Qt::Key_Left, Qt::ControlModifier);
    CHECK(BookingStore::requireRow(s.b.db(), s.dora).start == day(3, 5));
    CHECK(errors.count() == 2);

    // The owner (booking.overbook) is asked, and may.
    s.context.setSession(s.b.owner());
    QTest::keyClick(&view, Qt::Key_Left, Qt::ControlModifier);
    CHECK(asked);
    row = BookingStore::requireRow(s.b.db(), s.dora);
    CHECK(row.start == day(3, 4));
    CHECK(row.overbooked);
    CHECK(errors.count() == 2);
    bool overbookedShown = false;
    for (const ScheduleBlock& b : view.visibleBlocks())
        overbookedShown = overbookedShown || (b.rowId == s.dora && b.overbooked);
    CHECK(overbookedShown);
    // Saying no leaves it.
    view.setOverbookConfirm([](const QString&) { return false; });
    view.selectRow(s.bo);
    CHECK_FALSE(view.moveBlock(s.bo, day(3, 3), day(3, 5), s.cabin2));
    CHECK(BookingStore::requireRow(s.b.db(), s.bo).start == day(3, 4));
}

TEST_CASE("schedule view: scrolling reads only what comes into view", "[ui][schedule]") {
    Schedule s;
    ScheduleView view(s.context);
    showWeek(view);
    QScrollBar* h = view.horizontalScrollBar();
    const int day = view.geometry().dayWidth();
    const int before = view.blockQueryCount();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    auto paint = [&] {
        QPainter p(&image);
        view.renderViewport(p, image.rect());
    };
    paint();
    CHECK(view.blockQueryCount() == before);
    // Within the cached window (a week either side): nothing is read.
    h->setValue(h->value() + day);
    paint();
    h->setValue(h->value() - 3 * day);
    paint();
    view.verticalScrollBar()->setValue(10);
    paint();
    CHECK(view.blockQueryCount() == before);
    // Two weeks on: the new days are read, once.
    h->setValue(h->value() + 16 * day);
    paint();
    CHECK(view.blockQueryCount() == before + 1);
    // Far away: one read of the new window.
    h->setValue(h->value() + 90 * day);
    paint();
    CHECK(view.blockQueryCount() == before + 2);
    CHECK(view.visibleBlocks().empty());
    // And back to the bookings: they show again.
    view.setFirstDate(QDate(2026, 3, 2));
    CHECK(view.blockQueryCount() == before + 3);
    CHECK(view.visibleBlocks().size() == 4);
}

TEST_CASE("schedule page: zoom, periods, category filter and forwarded signals", "[ui][schedule]") {
    Schedule s;
    SchedulePage page(s.context);
    page.resize(1300, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    ScheduleView* view = page.view();
    CHECK(view->zoom() == ScheduleZoom::Week);
    CHECK(view->firstVisibleDate() == QDate(2026, 3, 2));  // today's week, from Monday

    page.zoomBox()->setCurrentIndex(page.zoomBox()->findData(int(ScheduleZoom::Month)));
    CHECK(view->zoom() == ScheduleZoom::Month);
    CHECK(view->firstVisibleDate() == QDate(2026, 3, 1));
    page.goNext();
    CHECK(view->firstVisibleDate() == QDate(2026, 4, 1));
    page.goPrevious();
    page.goPrevious();
    CHECK(view->firstVisibleDate() == QDate(2026, 2, 1));
    page.zoomBox()->setCurrentIndex(page.zoomBox()->findData(int(ScheduleZoom::Quarter)));
    CHECK(view->firstVisibleDate() == QDate(2026, 1, 1));
    page.zoomBox()->setCurrentIndex(page.zoomBox()->findData(int(ScheduleZoom::Day)));
    page.goToday();
    CHECK(view->firstVisibleDate() == QDate(2026, 3, 2));
    // 10:00 in Copenhagen is in view in the Day zoom.
    const int nowX = view->geometry().xOf(view->nowMinute());
    CHECK(nowX >= view->horizontalScrollBar()->value());
    CHECK(nowX < view->horizontalScrollBar()->value() + view->viewport()->width());

    // Categories: all, then only the boats.
    QComboBox* categories = page.categoryBox();
    REQUIRE(categories->count() == 3);
    CHECK(categories->itemText(0) == QStringLiteral("All categories"));
    CHECK(view->geometry().resources().size() == 3);
    categories->setCurrentIndex(categories->findText(QStringLiteral("Boats")));
    CHECK(view->category() == QStringLiteral("Boats"));
    REQUIRE(view->geometry().resources().size() == 1);
    CHECK(view->geometry().resources()[0].id == s.canoe1);

    // A booking made elsewhere shows when the page is shown again.
    const std::int64_t eva = s.book(s.canoe.id, s.canoe1, day(3, 2, 14), day(3, 2, 15), "Eva");
    page.hide();
    page.show();
    bool found = false;
    for (const ScheduleBlock& b : view->visibleBlocks())
        found = found || b.rowId == eva;
    CHECK(found);
    CHECK(categories->currentText() == QStringLiteral("Boats"));

    // The view's requests come out of the page.
    QSignalSpy open(&page, &SchedulePage::openBookingRequested);
    QSignalSpy create(&page, &SchedulePage::createBookingRequested);
    view->selectRow(s.carl);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).toLongLong() == s.bookingOf(s.carl));
    Q_EMIT view->createBookingRequested(s.canoe1, day(3, 3, 9), day(3, 3, 10));
    REQUIRE(create.count() == 1);
    CHECK(create.at(0).at(2).toLongLong() == day(3, 3, 10));
}
