#include "core/booking/cancellationservice.h"
#include "core/company/companyservice.h"
#include "tests/core/booking/bookingfixture.h"
#include "tests/support/pdftext.h"
#include "tests/support/tempdir.h"
#include "ui/bookings/cancellationlistmodel.h"
#include "ui/bookings/cancellationlistpage.h"
#include "ui/documents/cancellationlistdocument.h"
#include "ui/shell/appcontext.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

std::int64_t utc(int y, int m, int d, int h, int min) {
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toMSecsSinceEpoch();
}

// Cancels a cabin night of a new booking for Anna at `whenMs`, then puts the
// clock back to the test business's Monday, 2026-03-02 09:00 UTC.
std::int64_t cancelAt(BookingShop& shop, std::int64_t whenMs, const char* reason, int day = 10) {
    const Session s = shop.owner();
    const std::int64_t now = shop.business.clock().nowMs();
    shop.business.clock().set(whenMs);
    const Booking b = shop.newBooking(s);
    const BookingRow row = BookingService::addRow(
        s, b.id, nights(shop.cabin, test::day(2026, 6, day), test::day(2026, 6, day + 2)));
    CancelRequest r;
    r.reason = QString::fromUtf8(reason);
    CancellationService::cancelRow(s, row.id, r);
    shop.business.clock().set(now);
    return b.id;
}

}  // namespace

TEST_CASE("the cancellation list page shows this week's cancellations with totals",
          "[ui][cancellations]") {
    BookingShop shop;
    cancelAt(shop, utc(2026, 2, 27, 12, 0), "Last week");
    const std::int64_t booking = cancelAt(shop, utc(2026, 3, 2, 8, 0), "Guest is ill");
    cancelAt(shop, utc(2026, 3, 5, 16, 0), "Storm, \"orange\" warning\nferry cancelled", 20);
    AppContext context(shop.db(), shop.business.clock());
    context.setSession(shop.owner());

    CancellationListPage page(context);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();
    // The clock's Monday, to its Sunday.
    CHECK(page.fromField()->date() == QDate(2026, 3, 2));
    CHECK(page.toField()->date() == QDate(2026, 3, 8));
    CancellationListModel* model = page.model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->columnCount() == CancellationListModel::ColumnCount);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model->data(model->index(row, column), role);
    };
    CHECK(cell(0, CancellationListModel::Booking).toString() == QString::number(booking));
    CHECK(cell(0, CancellationListModel::Customer).toString() == QStringLiteral("Anna Østergaard"));
    CHECK(cell(0, CancellationListModel::Product).toString() ==
          QStringLiteral("Hytte, 4 personer"));
    CHECK(cell(0, CancellationListModel::Reason).toString() == QStringLiteral("Guest is ill"));
    CHECK(cell(0, CancellationListModel::Quantity).toInt() == 1);
    CHECK(cell(0, CancellationListModel::User).toString() == QStringLiteral("Olivia Owner"));
    CHECK(cell(0, CancellationListModel::When, CancellationListModel::RawValueRole).toLongLong() ==
          utc(2026, 3, 2, 8, 0));
    CHECK(cell(0, CancellationListModel::Fee, CancellationListModel::RawValueRole).toLongLong() ==
          0);
    // The table keeps a reason on one line; its tooltip has all of it.
    CHECK(cell(1, CancellationListModel::Reason).toString() ==
          QStringLiteral("Storm, \"orange\" warning ferry cancelled"));
    CHECK(cell(1, CancellationListModel::Reason, Qt::ToolTipRole)
              .toString()
              .contains(QLatin1Char('\n')));
    CHECK(model->headerData(CancellationListModel::Reason, Qt::Horizontal).toString() ==
          QStringLiteral("Reason"));
    CHECK(page.totalsLabel()->text().startsWith(QStringLiteral("Cancellations: 2 · units: 2")));

    // Activating a line asks for its booking.
    auto* view = page.findChild<QTableView*>();
    REQUIRE(view);
    QSignalSpy open(&page, &CancellationListPage::openBookingRequested);
    Q_EMIT view->activated(view->model()->index(0, CancellationListModel::Customer));
    REQUIRE(open.size() == 1);
    CHECK(open.front().front().toLongLong() == booking);

    // A bad interval names the field and shows nothing.
    page.toField()->setDate(QDate(2026, 3, 1));
    CHECK(model->rowCount() == 0);
    CHECK(page.messageLabel()->isVisibleTo(&page));
    CHECK(page.messageLabel()->text().contains(QStringLiteral("before")));
    CHECK_FALSE(page.toField()->styleSheet().isEmpty());
    page.fromField()->setDate(QDate(2026, 2, 23));
    CHECK(model->rowCount() == 1);  // 23 February to 1 March
    page.toField()->setDate(QDate(2026, 3, 8));
    CHECK(model->rowCount() == 3);
    CHECK_FALSE(page.messageLabel()->isVisibleTo(&page));
    CHECK(page.toField()->styleSheet().isEmpty());
}

TEST_CASE("the cancellation list page saves the list as PDF and CSV", "[ui][cancellations]") {
    BookingShop shop;
    cancelAt(shop, utc(2026, 3, 3, 9, 30), "Guest is ill");
    AppContext context(shop.db(), shop.business.clock());
    context.setSession(shop.owner());
    CancellationListPage page(context);
    TempDir dir;

    const QString pdf = dir.path(QStringLiteral("week.pdf"));
    REQUIRE(page.savePdf(pdf));
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK(pdfPages(pdf) == 1);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Fjordlys Test")));
    CHECK(text.contains(QStringLiteral("Guest is ill")));
    CHECK(text.contains(QStringLiteral("Anna Østergaard")));
    CHECK(text.contains(QStringLiteral("02.03.2026 – 08.03.2026")));  // Danish, the company's

    // The buttons ask for the file through the chooser.
    QString asked;
    page.setFileChooser([&](QWidget*, const QString&, const QString& name, const QString&) {
        asked = name;
        return dir.path(QStringLiteral("week.csv"));
    });
    page.findChild<QPushButton*>(QStringLiteral("saveCsv"))->click();
    CHECK(asked == QStringLiteral("cancellations-2026-03-02-2026-03-08.csv"));
    QFile csv(dir.path(QStringLiteral("week.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral(";Guest is ill;")));
    CHECK(page.messageLabel()->text().contains(QStringLiteral("week.csv")));

    // Cancelling the dialog writes nothing.
    page.setFileChooser(
        [](QWidget*, const QString&, const QString&, const QString&) { return QString(); });
    page.findChild<QPushButton*>(QStringLiteral("savePdf"))->click();
    CHECK(QDir(QFileInfo(pdf).absolutePath()).entryList(QDir::Files).size() == 2);

    // A folder that does not exist is an error on the page, not a crash.
    CHECK_FALSE(page.savePdf(dir.path(QStringLiteral("missing/week.pdf"))));
    CHECK(page.messageLabel()->isVisibleTo(&page));
}

TEST_CASE("the cancellation list document runs over pages with totals on the last",
          "[ui][cancellations]") {
    BookingShop shop;
    for (int i = 0; i < 45; ++i)
        cancelAt(shop, utc(2026, 3, 2, 8, i),
                 i % 5 == 0 ? "A long reason that takes more than one line in the reason column "
                              "of the list, so the rows differ in height"
                            : "Ill",
                 1 + i % 20);
    const auto list = CancellationList::load(shop.db(), QDate(2026, 3, 2), QDate(2026, 3, 8));
    REQUIRE(list.lines.size() == 45);
    CancellationListDocument doc(QStringLiteral("Fjordlys Test"), list, QStringLiteral("da"));
    CHECK(doc.pageCount() >= 2);
    TempDir dir;
    const QString pdf = dir.path(QStringLiteral("long.pdf"));
    doc.writePdf(pdf);
    CHECK(pdfPages(pdf) == doc.pageCount());
    const QString text = pdfText(pdf);
    CHECK(text.count(QStringLiteral("Anna Østergaard")) == 45);

    // An empty week still prints its title, period and zero totals.
    const auto none = CancellationList::load(shop.db(), QDate(2026, 3, 9), QDate(2026, 3, 15));
    CancellationListDocument empty(QStringLiteral("Fjordlys Test"), none, QStringLiteral("en"));
    CHECK(empty.pageCount() == 1);
    CHECK(empty.pdf().startsWith("%PDF"));
}
