#include "core/accounting/accountingservice.h"
#include "core/accounting/accountingsettings.h"
#include "core/accounting/accountmapping.h"
#include "core/accounting/chartofaccounts.h"
#include "core/accounting/testtarget.h"
#include "core/accounting/voucherstore.h"
#include "core/store/transaction.h"
#include "tests/core/receivables/receivablesfixture.h"
#include "tests/support/testbusiness.h"
#include "ui/accounting/accountingpage.h"
#include "ui/accounting/transferworker.h"
#include "ui/accounting/voucherdialog.h"
#include "ui/accounting/voucherlistmodel.h"
#include "ui/accounting/voucherlistpage.h"
#include "ui/shell/appcontext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <catch2/catch.hpp>
#include <memory>

using namespace skranke;

namespace {

const QDate march2(2026, 3, 2);

// A cash sale of `kroner` on its accounts; a payment method without an
// account (swish in Denmark) leaves the payment line unmapped.
std::int64_t addSale(test::TestBusiness& b, const QDate& date, const QString& text,
                     std::int64_t kroner, const QString& method = QStringLiteral("cash"),
                     VoucherCategory category = VoucherCategory::Sale) {
    const Currency dkk = Currency::fromCode(QStringLiteral("DKK"));
    Voucher v;
    v.date = date;
    v.currency = QStringLiteral("DKK");
    v.sourceKind = QString::fromLatin1(VoucherSource::Receipt);
    v.category = category;
    v.method = method;
    v.text = text;
    v.createdMs = b.clock().nowMs();
    const QString payAccount = method == QLatin1String("cash") ? QStringLiteral("5700") : QString();
    const std::int64_t minor = kroner * 100;
    v.lines = {
        {QStringLiteral("payment"), method, payAccount, Money(minor, dkk), {}, {}, text},
        {QStringLiteral("revenue"), QStringLiteral("Cabins|25"), QStringLiteral("1010"),
         Money(-minor * 4 / 5, dkk), QStringLiteral("25"), QStringLiteral("U25"), text},
        {QStringLiteral("vat"), QStringLiteral("25"), QStringLiteral("6800"),
         Money(-minor / 5, dkk), QStringLiteral("25"), QStringLiteral("U25"), text},
    };
    static std::int64_t receipt = 100;
    v.sourceId = ++receipt;
    v.sourceRef = QStringLiteral("Receipt K1-%1").arg(receipt);
    Transaction tx(b.db());
    VoucherStore::insert(b.db(), v);
    tx.commit();
    return v.id;
}

void installChart(test::TestBusiness& b) {
    Transaction tx(b.db());
    ChartOfAccounts::installDefaults(b.db(), QStringLiteral("DK"));
    tx.commit();
}

std::int64_t localMs(int hour, int minute) {
    return QDateTime(march2, QTime(hour, minute), QTimeZone("Europe/Copenhagen"))
        .toMSecsSinceEpoch();
}

void markFailed(test::TestBusiness& b, std::int64_t id) {
    Transaction tx(b.db());
    VoucherStore::markFailed(
        b.db(), id, localMs(9, 20), FailKind::Mapping,
        AccountMapping::encodeMissing({{QStringLiteral("payment"), QStringLiteral("swish"), {}}}));
    tx.commit();
}

int rowOfNumber(const VoucherListModel& model, std::int64_t number) {
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.voucher(r).number == number)
            return r;
    return -1;
}

void selectRows(QTableView* view, std::initializer_list<int> rows) {
    view->clearSelection();
    for (int r : rows)
        view->selectionModel()->select(view->model()->index(r, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void useTestTarget(test::TestBusiness& b, bool automatic = false) {
    AccountingSettings settings;
    settings.target = QStringLiteral("test");
    settings.autoTransfer = automatic;
    if (automatic)
        settings.autoFrom = QDate(2026, 1, 1);
    AccountingSettingsStore::save(b.owner(), settings);
}

}  // namespace

TEST_CASE("the voucher list pages 450 vouchers 200 at a time, in number order", "[accounting-ui]") {
    test::TestBusiness b;
    installChart(b);
    for (int i = 0; i < 450; ++i)
        addSale(b, march2, QStringLiteral("Sale %1").arg(i), 100 + i);
    VoucherListModel model(b.db());
    model.setFilter({});
    CHECK(model.rowCount() == 200);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 400);
    // The tester fetches the rest, as a scrolling view would, checking each step.
    auto tester = std::make_unique<QAbstractItemModelTester>(
        &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    for (int r = 1; r < model.rowCount(); ++r)
        REQUIRE(model.voucher(r).number > model.voucher(r - 1).number);
    const QModelIndex last = model.index(449, VoucherListModel::Amount);
    CHECK(last.data().toString() == QStringLiteral("549.00"));  // the debits, in the locale
    CHECK(model.index(449, VoucherListModel::Text).data().toString() == QStringLiteral("Sale 449"));
    // The method as the till names it, not the key it is stored under.
    CHECK(model.index(449, VoucherListModel::Method).data().toString() == QStringLiteral("Cash"));

    // Reloading keeps the rows loaded; fetchAll stops at its cap and says so.
    model.reload();
    CHECK(model.rowCount() == 450);
    tester.reset();  // it would fetch during the next reset
    model.setFilter({});
    CHECK_FALSE(model.fetchAll(300));
    CHECK(model.rowCount() == 300);
    CHECK(model.fetchAll(1000));
    CHECK(model.rowCount() == 450);
}

TEST_CASE("the Transfer column shows each voucher's state", "[accounting-ui]") {
    test::TestBusiness b;
    installChart(b);
    const auto pending = addSale(b, march2, QStringLiteral("Cabin 1"), 500);
    const auto queued = addSale(b, march2, QStringLiteral("Cabin 2"), 500);
    const auto transferred = addSale(b, march2, QStringLiteral("Cabin 3"), 500);
    const auto failed = addSale(b, march2, QStringLiteral("Cabin 4"), 500, QStringLiteral("swish"));
    {
        Transaction tx(b.db());
        VoucherStore::markQueued(b.db(), queued, localMs(9, 14));
        VoucherStore::markTransferred(b.db(), transferred, localMs(9, 15), QStringLiteral("test"),
                                      QStringLiteral("TEST-7"));
        tx.commit();
    }
    markFailed(b, failed);

    VoucherListModel model(b.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter({});
    REQUIRE(model.rowCount() == 4);
    const auto cell = [&model](std::int64_t id, int column, int role = Qt::DisplayRole) {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.voucherId(r) == id)
                return model.index(r, column).data(role);
        return QVariant();
    };
    using M = VoucherListModel;
    CHECK(cell(pending, M::Transfer).toString() == QStringLiteral("—"));
    CHECK(cell(pending, M::Transfer, Qt::ToolTipRole).toString() ==
          QStringLiteral("Not marked for transfer"));
    CHECK(cell(pending, M::Transfer, Qt::DecorationRole).isNull());

    CHECK_FALSE(cell(queued, M::Transfer, Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(cell(queued, M::Transfer, Qt::ToolTipRole).toString() ==
          QStringLiteral("Queued 2026-03-02 09:14"));

    CHECK(cell(transferred, M::Transfer).toString() == QStringLiteral("TEST-7"));
    CHECK_FALSE(cell(transferred, M::Transfer, Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(cell(transferred, M::Transfer, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("2026-03-02 09:15")));

    CHECK(cell(failed, M::Transfer).toString() == QStringLiteral("Failed"));
    CHECK(cell(failed, M::Transfer, Qt::ForegroundRole).value<QBrush>().color() ==
          QColor(0xc0, 0x39, 0x2b));
    CHECK(cell(failed, M::Reason).toString() ==
          QStringLiteral("Missing mapping: payment method “swish”"));
    CHECK(cell(failed, M::Transfer, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Missing mapping: payment method “swish”")));
    CHECK(cell(pending, M::Reason).toString().isEmpty());
}

TEST_CASE("selected pending vouchers are queued; failed ones restarted once mapped",
          "[accounting-ui]") {
    test::TestBusiness b;
    installChart(b);
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    const auto first = addSale(b, march2, QStringLiteral("Cabin 1"), 500);
    const auto second = addSale(b, march2, QStringLiteral("Cabin 2"), 600);
    const auto third = addSale(b, march2, QStringLiteral("Cabin 3"), 700);
    const auto swish = addSale(b, march2, QStringLiteral("Canoe"), 300, QStringLiteral("swish"));
    markFailed(b, swish);

    AccountingPage area(context);
    area.show();
    VoucherListPage* sales = area.sales();
    REQUIRE(sales->model()->rowCount() == 4);
    // Nothing selected: nothing to transfer or restart.
    CHECK(sales->markAllButton()->isEnabled());
    CHECK_FALSE(sales->transferButton()->isEnabled());
    CHECK_FALSE(sales->restartButton()->isEnabled());
    CHECK_FALSE(sales->sendNowButton()->isEnabled());  // no target, nothing queued

    selectRows(sales->view(), {0, 2});
    CHECK(sales->transferButton()->isEnabled());
    QTest::mouseClick(sales->transferButton(), Qt::LeftButton);
    CHECK(VoucherStore::require(b.db(), first).state == VoucherState::Queued);
    CHECK(VoucherStore::require(b.db(), second).state == VoucherState::Pending);
    CHECK(VoucherStore::require(b.db(), third).state == VoucherState::Queued);
    CHECK(sales->messageLabel()->text() == QStringLiteral("2 voucher(s) queued for transfer."));
    CHECK(sales->model()->voucher(0).state == VoucherState::Queued);  // the list shows it

    // The failed one: still no account for swish, so it fails again.
    area.tabs()->setCurrentWidget(area.failed());
    VoucherListPage* failed = area.failed();
    REQUIRE(failed->model()->rowCount() == 1);
    CHECK_FALSE(failed->stateFilter()->isEnabled());
    CHECK(failed->fromField()->date() < QDate(2026, 1, 1));  // every failed one, not this month's
    REQUIRE(failed->restartAllButton());
    CHECK(failed->restartAllButton()->isEnabled());
    CHECK(failed->restartAll() == 0);
    CHECK(VoucherStore::require(b.db(), swish).state == VoucherState::Failed);
    CHECK(failed->model()->rowCount() == 1);

    AccountMapping::set(b.owner(), QStringLiteral("payment"), QStringLiteral("swish"),
                        QStringLiteral("5740"));
    QTest::mouseClick(failed->restartAllButton(), Qt::LeftButton);
    const Voucher restarted = VoucherStore::require(b.db(), swish);
    CHECK(restarted.state == VoucherState::Queued);
    CHECK(restarted.lines.front().account == QStringLiteral("5740"));
    CHECK(failed->model()->rowCount() == 0);
    CHECK_FALSE(failed->restartAllButton()->isEnabled());
}

TEST_CASE("Send now transfers the queue to the test accounting program in number order",
          "[accounting-ui]") {
    test::TestBusiness b;
    installChart(b);
    useTestTarget(b);
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 3; ++i)
        ids.push_back(addSale(b, march2, QStringLiteral("Cabin %1").arg(i), 400 + i));

    VoucherListPage page(context, std::nullopt);
    page.show();
    CHECK_FALSE(page.sendNowButton()->isEnabled());  // nothing queued yet
    QTest::mouseClick(page.markAllButton(), Qt::LeftButton);
    CHECK(page.view()->selectionModel()->selectedRows().size() == 3);
    QTest::mouseClick(page.transferButton(), Qt::LeftButton);
    REQUIRE(page.sendNowButton()->isEnabled());
    QSignalSpy finished(&page, &VoucherListPage::sendFinished);
    QTest::mouseClick(page.sendNowButton(), Qt::LeftButton);
    // It sends on the worker's thread: the window goes on meanwhile.
    CHECK(page.messageLabel()->text() ==
          QStringLiteral("Sending 3 voucher(s) to the accounting program …"));
    CHECK_FALSE(page.sendNowButton()->isEnabled());
    REQUIRE(finished.wait(10000));
    CHECK(page.messageLabel()->text() == QStringLiteral("3 voucher(s) transferred."));

    std::int64_t lastEntry = 0;
    for (std::int64_t id : ids) {  // ids are in number order
        const Voucher v = VoucherStore::require(b.db(), id);
        REQUIRE(v.state == VoucherState::Transferred);
        const auto entry = TestTarget::entry(b.db(), v.uidText());
        REQUIRE(entry);
        CHECK(entry->entryNo > lastEntry);
        lastEntry = entry->entryNo;
        CHECK(v.targetRef == TestTarget::reference(entry->entryNo));
        const int row = rowOfNumber(*page.model(), v.number);
        CHECK(page.model()->index(row, VoucherListModel::Transfer).data().toString() ==
              v.targetRef);
    }
    CHECK_FALSE(page.sendNowButton()->isEnabled());
}

TEST_CASE("the voucher lists filter by period, state and text", "[accounting-ui]") {
    test::TestBusiness b;
    installChart(b);
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    addSale(b, QDate(2026, 2, 27), QStringLiteral("Cabin 12, February"), 500);
    const auto cabin = addSale(b, march2, QStringLiteral("Cabin 12, March"), 500);
    addSale(b, march2, QStringLiteral("Canoe"), 200);
    addSale(b, march2, QStringLiteral("Debtor payment"), 900, QStringLiteral("cash"),
            VoucherCategory::Payment);
    {
        Transaction tx(b.db());
        VoucherStore::markQueued(b.db(), cabin, b.clock().nowMs());
        tx.commit();
    }

    AccountingPage area(context);
    area.show();
    VoucherListPage* sales = area.sales();
    // This month by default; the payment is on the Payments tab only.
    CHECK(sales->fromField()->date() == QDate(2026, 3, 1));
    CHECK(sales->toField()->date() == QDate(2026, 3, 31));
    CHECK(sales->model()->rowCount() == 2);
    area.tabs()->setCurrentWidget(area.payments());
    CHECK(area.payments()->model()->rowCount() == 1);
    area.tabs()->setCurrentWidget(area.all());
    CHECK(area.all()->model()->rowCount() == 3);
    area.tabs()->setCurrentWidget(sales);

    sales->fromField()->setDate(QDate(2026, 2, 1));
    CHECK(sales->model()->rowCount() == 3);
    sales->stateFilter()->setCurrentIndex(
        sales->stateFilter()->findData(VoucherTexts::stateKey(VoucherState::Queued)));
    REQUIRE(sales->model()->rowCount() == 1);
    CHECK(sales->model()->voucherId(0) == cabin);
    sales->stateFilter()->setCurrentIndex(0);
    CHECK(sales->model()->rowCount() == 3);

    QTest::keyClicks(sales->searchField(), QStringLiteral("Cabin 12"));
    QTest::keyClick(sales->searchField(), Qt::Key_Return);
    CHECK(sales->model()->rowCount() == 2);
    CHECK(sales->countLabel()->text() == QStringLiteral("2 voucher(s)"));
    sales->searchField()->clear();
    QTest::keyClick(sales->searchField(), Qt::Key_Return);
    CHECK(sales->model()->rowCount() == 3);
}

TEST_CASE("the voucher dialog shows the accounts, texts and totals", "[accounting-ui]") {
    test::TestBusiness b;
    installChart(b);
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    const auto swish = addSale(b, march2, QStringLiteral("Canoe"), 300, QStringLiteral("swish"));
    markFailed(b, swish);
    VoucherListPage page(context, std::nullopt);
    page.show();
    REQUIRE(page.model()->rowCount() == 1);
    VoucherDialog* dialog = page.openVoucher(swish);
    REQUIRE(dialog);
    CHECK(dialog->headerValue(QStringLiteral("State")) == QStringLiteral("Failed"));
    CHECK(dialog->headerValue(QStringLiteral("Reason")) ==
          QStringLiteral("Missing mapping: payment method “swish”"));
    CHECK(dialog->headerValue(QStringLiteral("Document")).startsWith(QStringLiteral("Receipt")));
    CHECK(dialog->headerValue(QStringLiteral("Method")) == QStringLiteral("Swish"));
    QTableWidget* lines = dialog->lineTable();
    REQUIRE(lines->rowCount() == 4);  // three lines and the totals
    CHECK(lines->item(0, VoucherDialog::AccountName)->text() ==
          QStringLiteral("No account for payment method “swish”"));
    CHECK(lines->item(1, VoucherDialog::Account)->text() == QStringLiteral("1010"));
    CHECK(lines->item(1, VoucherDialog::AccountName)->text() ==
          QStringLiteral("Salg af varer og ydelser m/moms"));
    CHECK(lines->item(1, VoucherDialog::VatCode)->text() == QStringLiteral("U25"));
    CHECK(lines->item(1, VoucherDialog::Credit)->text() == QStringLiteral("240.00"));
    CHECK(lines->item(0, VoucherDialog::Debit)->text() == QStringLiteral("300.00"));
    CHECK(lines->item(3, VoucherDialog::Debit)->text() == QStringLiteral("300.00"));
    CHECK(lines->item(3, VoucherDialog::Credit)->text() == QStringLiteral("300.00"));
    dialog->close();
}

TEST_CASE("front-desk staff see the vouchers but cannot move them", "[accounting-ui]") {
    test::TestBusiness b;
    installChart(b);
    AppContext context(b.db(), b.clock());
    context.setSession(b.userWithRole(QStringLiteral("frida"), QStringLiteral("front_desk")));
    addSale(b, march2, QStringLiteral("Cabin 1"), 500);
    VoucherListPage page(context, std::nullopt);
    page.show();
    REQUIRE(page.model()->rowCount() == 1);
    selectRows(page.view(), {0});
    CHECK_FALSE(page.transferButton()->isEnabled());
    CHECK_FALSE(page.markAllButton()->isEnabled());
}

TEST_CASE("the transfer worker sends the queue on its own thread and reports back",
          "[accounting-ui]") {
    test::TestBusiness b;
    installChart(b);
    useTestTarget(b, true);
    const auto id = addSale(b, march2, QStringLiteral("Cabin 1"), 500);
    {
        Transaction tx(b.db());
        VoucherStore::markQueued(b.db(), id, b.clock().nowMs());
        tx.commit();
    }
    TransferWorker worker(b.path(), b.clock());
    QSignalSpy spy(&worker, &TransferWorker::ran);
    REQUIRE(worker.runNow());
    CHECK_FALSE(worker.runNow());  // never two at once
    REQUIRE(spy.wait(10000));
    CHECK_FALSE(worker.isBusy());
    CHECK(spy.at(0).at(0).toInt() == 1);
    CHECK(spy.at(0).at(1).toInt() == 0);
    CHECK(VoucherStore::require(b.db(), id).state == VoucherState::Transferred);

    // Ticking on a timer, stopped cleanly while idle or mid-tick.
    worker.setInterval(20);
    worker.start();
    CHECK(worker.isActive());
    REQUIRE(spy.wait(10000));
    worker.stop();
    CHECK_FALSE(worker.isActive());
    CHECK_FALSE(worker.isBusy());
}

TEST_CASE("showing a voucher list makes the new vouchers on the worker's thread",
          "[accounting-ui]") {
    test::TestBusiness b;
    const Session owner = b.owner();
    const Debtor debtor = test::addDebtor(owner);
    for (int i = 0; i < 3; ++i)
        InvoiceService::createAndPost(
            owner, test::draftFor(debtor, {test::line("Hytte", 1000, 50000 + i)}));
    AppContext context(b.db(), b.clock());
    context.setSession(owner);

    AccountingPage area(context);
    TransferWorker* worker = area.transferWorker();
    QSignalSpy made(worker, &TransferWorker::vouchersMade);
    area.show();
    // Asked for, not made on the GUI thread: the window goes on meanwhile.
    CHECK(worker->isMakingVouchers());
    REQUIRE(made.wait(10000));
    CHECK(made.at(0).at(0).toLongLong() == 3);
    CHECK(made.at(0).at(1).toString().isEmpty());
    CHECK_FALSE(worker->isMakingVouchers());
    // The list read them when they were made.
    REQUIRE(area.sales()->model()->rowCount() == 3);
    // In the company's language: the accountant reads them.
    CHECK(area.sales()->model()->voucher(0).sourceRef.startsWith(QStringLiteral("Faktura ")));
    CHECK(area.sales()->countLabel()->text() == QStringLiteral("3 voucher(s)"));

    // Showing it again finds nothing new.
    area.tabs()->setCurrentWidget(area.all());
    REQUIRE(made.wait(10000));
    CHECK(made.at(1).at(0).toLongLong() == 0);
    CHECK(area.all()->model()->rowCount() == 3);
}

TEST_CASE("Send now asked for while the worker makes vouchers follows that run",
          "[accounting-ui]") {
    test::TestBusiness b;
    installChart(b);
    useTestTarget(b);
    const auto id = addSale(b, march2, QStringLiteral("Cabin 1"), 500);
    {
        Transaction tx(b.db());
        VoucherStore::markQueued(b.db(), id, b.clock().nowMs());
        tx.commit();
    }
    TransferWorker worker(b.path(), b.clock());
    QSignalSpy made(&worker, &TransferWorker::vouchersMade);
    QSignalSpy sent(&worker, &TransferWorker::sent);
    worker.makeVouchers();
    REQUIRE(worker.isBusy());
    CHECK(worker.sendNow());        // waits for the run going on
    CHECK_FALSE(worker.sendNow());  // once
    REQUIRE(sent.wait(10000));
    CHECK(made.count() == 1);  // the vouchers first
    CHECK(sent.at(0).at(0).value<TransferRun>().transferred == 1);
    CHECK(VoucherStore::require(b.db(), id).state == VoucherState::Transferred);
    CHECK_FALSE(worker.isBusy());
}

TEST_CASE("a tick sending a long queue ends early for vouchers someone waits for; the next goes on",
          "[accounting-ui]") {
    test::TestBusiness b;
    installChart(b);
    useTestTarget(b, true);
    constexpr int Queued = 1500;  // a catch-up: seconds of sending
    {
        Transaction tx(b.db());
        for (int i = 0; i < Queued; ++i)
            VoucherStore::markQueued(b.db(), addSale(b, march2, QStringLiteral("Cabin"), 100),
                                     b.clock().nowMs());
        tx.commit();
    }
    auto queued = [&b] {
        auto st = b.db().prepare("SELECT count(*) FROM voucher WHERE state = 'queued'");
        st.step();
        return st.int64(0);
    };
    TransferWorker worker(b.path(), b.clock());
    QSignalSpy ran(&worker, &TransferWorker::ran);
    QSignalSpy made(&worker, &TransferWorker::vouchersMade);
    REQUIRE(worker.runNow());
    worker.makeVouchers();  // a voucher list is shown
    REQUIRE(made.wait(10000));
    REQUIRE(ran.count() == 1);
    CHECK(ran.at(0).at(0).toInt() < Queued);
    CHECK(queued() > 0);
    REQUIRE(worker.runNow());
    REQUIRE(ran.wait(30000));
    CHECK(ran.at(0).at(0).toInt() + ran.at(1).at(0).toInt() == Queued);
    CHECK(queued() == 0);
}

TEST_CASE("long bank references and failure reasons leave the voucher text room to read",
          "[accounting-ui]") {
    test::TestBusiness b;
    installChart(b);
    const QString fik = QStringLiteral("Receipt +71<000000002186583+85274196< FIK 2026-11-03");
    const auto failed = addSale(b, march2, QStringLiteral("Cabin weekend, Hansen Tømrer ApS"), 500,
                                QStringLiteral("swish"));
    {
        Transaction tx(b.db());
        b.db().exec("UPDATE voucher SET source_ref = '" + fik.toStdString() + "'");
        tx.commit();
    }
    markFailed(b, failed);
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    AccountingPage area(context);
    area.resize(1100, 600);
    area.show();
    VoucherListPage* page = area.all();
    area.tabs()->setCurrentWidget(page);
    REQUIRE(QTest::qWaitFor([page] { return page->model()->rowCount() == 1; }, 10000));
    QTableView* view = page->view();
    using M = VoucherListModel;
    CHECK(view->columnWidth(M::Text) >= view->columnWidth(M::Document));
    CHECK(view->columnWidth(M::Text) >= view->columnWidth(M::Reason));
    // What does not fit is in the tooltips.
    CHECK(page->model()->index(0, M::Document).data(Qt::ToolTipRole).toString().endsWith(fik));
    CHECK(page->model()->index(0, M::Text).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Cabin weekend, Hansen Tømrer ApS"));
    CHECK(page->model()
              ->index(0, M::Reason)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("payment method “swish”")));
}
