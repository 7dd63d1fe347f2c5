#include "core/export/csvwriter.h"
#include "core/orders/orderlist.h"
#include "core/orders/orderservice.h"
#include "core/orders/orderstore.h"
#include "core/parties/customerservice.h"
#include "core/store/settings.h"
#include "tests/core/orders/orderfixture.h"
#include "tests/support/modal.h"
#include "tests/support/tempdir.h"
#include "ui/orders/onlineorderlistmodel.h"
#include "ui/orders/onlineorderspage.h"
#include "ui/orders/orderconfirmationdialog.h"
#include "ui/orders/orderimportwatcher.h"
#include "ui/shell/appcontext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

// One order of the webshop's format; `customer` is the JSON of its customer object.
QString orderJson(const QString& externalId, const QDateTime& created, const QString& customer,
                  const QString& lines) {
    return QStringLiteral(R"({"external_id": "%1", "created": "%2", "currency": "DKK",
  "customer": %3,
  "payment": {"type": "card", "gateway": "test", "transaction_id": "tx-%1"},
  "billing": {"name": "Mette Holm", "street": "Strandvejen 1", "postcode": "2100",
              "city": "København Ø", "country": "DK"},
  "lines": [%4]})")
        .arg(externalId, created.toString(Qt::ISODate), customer, lines);
}

QString person(const QString& name, const QString& email) {
    return QStringLiteral(R"({"name": "%1", "email": "%2"})").arg(name, email);
}

QByteArray orderFile(const QStringList& orders) {
    return QStringLiteral(R"({"format": "skranke-orders/1", "orders": [%1]})")
        .arg(orders.join(QStringLiteral(",\n")))
        .toUtf8();
}

QDateTime utc(int month, int day, int hour, int minute = 0) {
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

std::int64_t idOf(Database& db, const char* externalId) {
    return *OrderStore::idOfExternal(db, QString::fromLatin1(externalId));
}

QString builtIn(Database& db, const char* externalId) {
    return OrderStore::require(db, idOf(db, externalId)).status.builtIn;
}

// WEB-1 … WEB-4, a day apart (WEB-4 newest), with different customers;
// WEB-4 is already effected.
void fourOrders(TestBusiness& shop, const Session& s) {
    QStringList orders;
    const QStringList names{QStringLiteral("Mette Holm"), QStringLiteral("Jens Lund"),
                            QStringLiteral("Sofie Berg"), QStringLiteral("Ole Dam")};
    for (int i = 0; i < 4; ++i)
        orders << orderJson(QStringLiteral("WEB-%1").arg(i + 1), utc(2, 25 + i, 10),
                            person(names[i], QStringLiteral("c%1@example.dk").arg(i + 1)),
                            goodsLine("100.00"));
    OrderImport::importJson(s, orderFile(orders));
    OrderService::setStatus(s, {idOf(shop.db(), "WEB-4")},
                            OrderStore::builtInStatus(shop.db(), QStringLiteral("effected")).id);
}

QStringList shownIds(const OnlineOrderListModel& model) {
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.row(r).externalId;
    return ids;
}

void selectRows(QTableView* view, std::initializer_list<int> rows) {
    view->selectionModel()->clearSelection();
    for (int r : rows)
        view->selectionModel()->select(view->model()->index(r, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

}  // namespace

TEST_CASE("the online order model pages through the orders 200 at a time", "[ui][orders-ui]") {
    TestBusiness shop;
    const Session s = shop.owner();
    QStringList orders;
    for (int i = 0; i < 450; ++i)
        orders << orderJson(QStringLiteral("WEB-%1").arg(i + 1, 3, 10, QLatin1Char('0')),
                            utc(2, 20, 0).addSecs(i * 60),
                            person(QStringLiteral("Kunde %1").arg(i + 1),
                                   QStringLiteral("k%1@example.dk").arg(i + 1)),
                            goodsLine("125.50", 2));
    REQUIRE(OrderImport::importJson(s, orderFile(orders)).imported.size() == 450);

    OnlineOrderListModel model(shop.db());
    OrderList::Filter filter;
    filter.from = QDate(2026, 2, 1);
    filter.to = QDate(2026, 3, 2);
    model.setFilter(filter);
    CHECK(model.columnCount() == OnlineOrderListModel::ColumnCount);
    REQUIRE(model.rowCount() == 200);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 400);
    // The tester fetches the rest, as a scrolling view would, checking each step.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 450);

    // Newest first, every order once.
    QStringList ids = shownIds(model);
    CHECK(ids.front() == QStringLiteral("WEB-450"));
    CHECK(ids.back() == QStringLiteral("WEB-001"));
    ids.removeDuplicates();
    CHECK(ids.size() == 450);

    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.data(model.index(0, column), role);
    };
    CHECK(cell(OnlineOrderListModel::Id).toString() == QStringLiteral("WEB-450"));
    CHECK(cell(OnlineOrderListModel::Customer).toString() == QStringLiteral("Kunde 450"));
    CHECK(cell(OnlineOrderListModel::Customer, Qt::ToolTipRole).isNull());  // not registered
    CHECK(cell(OnlineOrderListModel::Amount).toString() ==
          dkk(12550).formatWithCurrency(QLocale()));
    CHECK(cell(OnlineOrderListModel::Amount, OnlineOrderListModel::RawValueRole).toLongLong() ==
          12550);
    CHECK(qvariant_cast<Qt::Alignment>(cell(OnlineOrderListModel::Amount, Qt::TextAlignmentRole)) ==
          (Qt::AlignRight | Qt::AlignVCenter));
    CHECK(cell(OnlineOrderListModel::Date, OnlineOrderListModel::RawValueRole).toLongLong() ==
          utc(2, 20, 0).addSecs(449 * 60).toMSecsSinceEpoch());
    CHECK(cell(OnlineOrderListModel::PaymentType).toString() == QStringLiteral("Card"));
    CHECK(cell(OnlineOrderListModel::Paid).toString() == QStringLiteral("No (awaiting)"));
    CHECK(cell(OnlineOrderListModel::Items).toString() == QStringLiteral("MUG"));
    CHECK(cell(OnlineOrderListModel::Status).toString() == QStringLiteral("Not effected"));
    CHECK(cell(OnlineOrderListModel::Confirmation).toString() == QStringLiteral("Show"));
    CHECK(cell(OnlineOrderListModel::Edit).toString() == QStringLiteral("Edit"));
    CHECK(cell(OnlineOrderListModel::Edit, Qt::FontRole).value<QFont>().underline());
    CHECK(model.orderId(0) == idOf(shop.db(), "WEB-450"));
    CHECK(model.orderId(450) == 0);

    // A new filter starts again at the first page.
    filter.text = QStringLiteral("WEB-01");
    model.setFilter(filter);
    CHECK(model.rowCount() == 10);
    CHECK_FALSE(model.canFetchMore({}));
    // A bad period keeps what is shown.
    filter.from = QDate(2026, 3, 3);
    CHECK_THROWS(model.setFilter(filter));
    CHECK(model.rowCount() == 10);
}

TEST_CASE("a registered customer's order links to the customer", "[ui][orders-ui]") {
    TestBusiness shop;
    const Session s = shop.owner();
    Customer c;
    c.name = QStringLiteral("Anna Østergaard");
    c.email = QStringLiteral("anna@example.dk");
    c.phone = QStringLiteral("+45 20 30 40 50");
    c.addressLine1 = QStringLiteral("Havnegade 3");
    c.postcode = QStringLiteral("5000");
    c.city = QStringLiteral("Odense C");
    c = CustomerService::create(s, c);
    OrderImport::importJson(
        s, orderFile({orderJson(QStringLiteral("WEB-7"), utc(3, 1, 8),
                                QStringLiteral(R"({"id": %1})").arg(c.id), goodsLine("50.00"))}));
    AppContext context(shop.db(), shop.clock());
    context.setSession(s);
    OnlineOrdersPage page(context);
    OnlineOrderListModel* model = page.model();
    REQUIRE(model->rowCount() == 1);
    const QModelIndex customer = model->index(0, OnlineOrderListModel::Customer);
    CHECK(customer.data().toString() == QStringLiteral("Anna Østergaard"));
    CHECK(customer.data(Qt::ToolTipRole).toString() == QStringLiteral("Open customer"));
    CHECK(customer.data(Qt::FontRole).value<QFont>().underline());
    QSignalSpy customers(&page, &OnlineOrdersPage::openCustomerRequested);
    Q_EMIT page.view()->clicked(customer);
    REQUIRE(customers.size() == 1);
    CHECK(customers.front().front().toLongLong() == c.id);
}

TEST_CASE("the online orders page lists orders not yet effected and moves selected ones",
          "[ui][orders-ui]") {
    TestBusiness shop;
    const Session s = shop.owner();
    fourOrders(shop, s);
    AppContext context(shop.db(), shop.clock());
    context.setSession(s);
    OnlineOrdersPage page(context);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();
    // The last 30 days, in the company's time zone, not effected.
    CHECK(page.fromField()->date() == QDate(2026, 1, 31));
    CHECK(page.toField()->date() == QDate(2026, 3, 2));
    CHECK(page.statusFilter()->currentText() == QStringLiteral("Not effected"));
    CHECK(shownIds(*page.model()) ==
          QStringList{QStringLiteral("WEB-3"), QStringLiteral("WEB-2"), QStringLiteral("WEB-1")});

    // "All statuses" shows the effected one too.
    page.statusFilter()->setCurrentIndex(
        page.statusFilter()->findText(QStringLiteral("All statuses")));
    CHECK(page.model()->rowCount() == 4);
    page.statusFilter()->setCurrentIndex(
        page.statusFilter()->findText(QStringLiteral("Not effected")));
    REQUIRE(page.model()->rowCount() == 3);

    selectRows(page.view(), {0, 2});
    CHECK(page.newStatusBox()->currentText() == QStringLiteral("Effected"));
    page.findChild<QPushButton*>(QStringLiteral("applyStatus"))->click();
    CHECK(builtIn(shop.db(), "WEB-3") == QStringLiteral("effected"));
    CHECK(builtIn(shop.db(), "WEB-1") == QStringLiteral("effected"));
    CHECK(builtIn(shop.db(), "WEB-2") == QStringLiteral("not_effected"));
    CHECK(shownIds(*page.model()) == QStringList{QStringLiteral("WEB-2")});
}

TEST_CASE("the online orders page exports the selected orders as CSV", "[ui][orders-ui]") {
    TestBusiness shop;
    const Session s = shop.owner();
    fourOrders(shop, s);
    AppContext context(shop.db(), shop.clock());
    context.setSession(s);
    OnlineOrdersPage page(context);
    page.show();
    REQUIRE(page.model()->rowCount() == 3);
    TempDir dir;
    const QString path = dir.path("orders.csv");
    const auto readLines = [&] {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        return lines;
    };

    // Through the button: the chooser gives the file, the box the separator.
    selectRows(page.view(), {0, 2});
    page.setSaveFileChooser([&](QWidget*, const QString&, const QString& name, const QString&) {
        CHECK(name == QStringLiteral("online-orders-2026-03-02.csv"));
        return path;
    });
    page.separatorBox()->setCurrentIndex(page.separatorBox()->findText(QStringLiteral("Tab")));
    page.findChild<QPushButton*>(QStringLiteral("exportCsv"))->click();
    QStringList lines = readLines();
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == OrderList::csvHeader().join(QLatin1Char('\t')));
    const QStringList first = lines[1].split(QLatin1Char('\t'));
    CHECK(first.size() == OrderList::csvHeader().size());
    CHECK(first.front() == QStringLiteral("WEB-3"));
    CHECK(first[2] == QStringLiteral("Sofie Berg"));
    CHECK(lines[2].split(QLatin1Char('\t')).front() == QStringLiteral("WEB-1"));
    CHECK_FALSE(lines[1].contains(QLatin1Char(';')));

    // Nothing selected: every order of the filter.
    page.view()->selectionModel()->clearSelection();
    REQUIRE(page.exportCsvTo(path, QLatin1Char(';')));
    lines = readLines();
    REQUIRE(lines.size() == 4);
    CHECK(lines[3].split(QLatin1Char(';')).front() == QStringLiteral("WEB-1"));
}

TEST_CASE("the online orders search finds order number, customer and email", "[ui][orders-ui]") {
    TestBusiness shop;
    const Session s = shop.owner();
    fourOrders(shop, s);
    AppContext context(shop.db(), shop.clock());
    context.setSession(s);
    OnlineOrdersPage page(context);
    page.show();
    QTest::keyClicks(page.searchField(), QStringLiteral("lund"));
    QTest::keyClick(page.searchField(), Qt::Key_Return);
    CHECK(shownIds(*page.model()) == QStringList{QStringLiteral("WEB-2")});
    page.searchField()->setText(QStringLiteral("c3@example"));
    // Typing searches by itself once the user pauses.
    const QStringList web3{QStringLiteral("WEB-3")};
    CHECK(QTest::qWaitFor([&] { return shownIds(*page.model()) == web3; }, 3000));
    page.searchField()->setText(QStringLiteral("WEB-4"));  // effected: not in this status
    page.refresh();
    CHECK(page.model()->rowCount() == 0);
    page.searchField()->clear();
    page.refresh();
    CHECK(page.model()->rowCount() == 3);
}

TEST_CASE("the order confirmation shows the customer, the lines and the total", "[ui][orders-ui]") {
    TestBusiness shop;
    const Session s = shop.owner();
    OrderImport::importJson(
        s, cardOrderJson("WEB-20", "tx-20",
                         goodsLine("200.00", 2) + QLatin1Char(',') + valueCardLine("500.00")));
    AppContext context(shop.db(), shop.clock());
    context.setSession(s);
    OnlineOrdersPage page(context);
    page.show();
    REQUIRE(page.model()->rowCount() == 1);

    QString text;
    whenOpen<OrderConfirmationDialog>(
        [&](OrderConfirmationDialog* dialog) { text = dialog->browser()->toPlainText(); });
    // Clicking "Show" in the Confirmation column opens it.
    Q_EMIT page.view()->clicked(page.model()->index(0, OnlineOrderListModel::Confirmation));
    // toPlainText() turns the amounts' no-break spaces into spaces.
    const auto amount = [](std::int64_t minor) {
        return dkk(minor).formatWithCurrency(QLocale()).replace(QChar::Nbsp, QLatin1Char(' '));
    };
    CHECK(text.contains(QStringLiteral("Order confirmation")));
    CHECK(text.contains(QStringLiteral("WEB-20")));
    CHECK(text.contains(QStringLiteral("Mette Holm")));
    CHECK(text.contains(QStringLiteral("mette@example.dk")));
    CHECK(text.contains(QStringLiteral("Strandvejen 1")));
    CHECK(text.contains(QStringLiteral("2 × Mug")));
    CHECK(text.contains(QStringLiteral("1 × Gift card")));
    CHECK(text.contains(amount(20000)));
    CHECK(text.contains(QStringLiteral("Total incl. VAT")));
    CHECK(text.contains(amount(70000)));
    // 25 % VAT on the mugs only: a value card carries none. 200 · 25/125 = 40.
    CHECK(text.contains(QStringLiteral("Of which VAT 25 %")));
    CHECK(text.contains(amount(4000)));
    CHECK(text.contains(QStringLiteral("Card")));

    // Stored text is shown as text, never as markup.
    Order order = OrderStore::require(shop.db(), idOf(shop.db(), "WEB-20"));
    order.customerName = QStringLiteral("<b>Eve</b> & co");
    const QString html = OrderConfirmationDialog::html(shop.db(), order);
    CHECK(html.contains(QStringLiteral("&lt;b&gt;Eve&lt;/b&gt; &amp; co")));
}

TEST_CASE("the import watcher imports what lands in the import folder", "[ui][orders-ui]") {
    TestBusiness shop;
    AppContext context(shop.db(), shop.clock());
    TempDir dir;
    const QString folder = dir.path("inbox");
    REQUIRE(QDir().mkpath(folder));
    Settings::set(shop.db(), QString::fromLatin1(OrderImport::FolderSetting), folder);
    QFile file(QDir(folder).filePath(QStringLiteral("web-30.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(cardOrderJson("WEB-30", "tx-30", goodsLine("80.00")));
    file.close();

    OrderImportWatcher watcher(context);
    QSignalSpy imported(&watcher, &OrderImportWatcher::imported);
    CHECK(watcher.folder() == folder);
    watcher.check();  // nobody signed in: the file waits
    CHECK(imported.isEmpty());
    CHECK(QFile::exists(file.fileName()));

    context.setSession(shop.owner());
    watcher.check();  // just written, perhaps not finished: it waits
    CHECK(imported.isEmpty());
    CHECK(QFile::exists(file.fileName()));

    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60),
                             QFileDevice::FileModificationTime));
    file.close();
    watcher.check();
    REQUIRE(imported.size() == 1);
    const QStringList lines = imported.front().front().toStringList();
    CHECK(lines.contains(QStringLiteral("Imported: WEB-30")));
    CHECK_FALSE(QFile::exists(file.fileName()));
    CHECK(QFile::exists(QDir(folder).filePath(QStringLiteral("imported/web-30.json"))));
    CHECK(OrderStore::idOfExternal(shop.db(), QStringLiteral("WEB-30")));
    watcher.check();  // nothing new: nothing said
    CHECK(imported.size() == 1);
}
