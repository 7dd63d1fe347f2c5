#include "core/accounting/payoutimport.h"
#include "core/accounting/payoutstore.h"
#include "core/accounting/voucherstore.h"
#include "core/store/transaction.h"
#include "tests/core/receivables/receivablesfixture.h"
#include "tests/support/modal.h"
#include "tests/support/tempdir.h"
#include "tests/support/testbusiness.h"
#include "ui/accounting/payoutdialog.h"
#include "ui/accounting/payoutlistmodel.h"
#include "ui/accounting/payoutspage.h"
#include "ui/shell/appcontext.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

const QByteArray report =
    "payout_id;payout_date;currency;type;reference;transaction_date;amount;fee;text\n"
    "P-100;2026-02-27;DKK;transaction;tx-1;2026-02-25;500.00;7.25;\n"
    "P-100;2026-02-27;DKK;fee;;;;99.00;Monthly terminal fee\n"
    "P-101;2026-03-01;DKK;transaction;tx-2;2026-02-28;1234.56;17.28;\n"
    "P-101;2026-03-01;DKK;transaction;tx-3;2026-02-28;-34.56;0;\n";

QString writeFile(const TempDir& dir, const char* name, const QByteArray& content) {
    const QString path = dir.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole) {
    return model.data(model.index(row, column), role).toString();
}

// A pending voucher for the payout, as the voucher generator would make it.
void voucherFor(Database& db, const Payout& p) {
    Voucher v;
    v.date = p.date;
    v.currency = p.currency;
    v.sourceKind = QString::fromLatin1(VoucherSource::Payout);
    v.sourceId = p.id;
    v.sourceRef = QStringLiteral("Payout %1").arg(p.reference);
    v.category = VoucherCategory::Payout;
    v.text = v.sourceRef;
    v.createdMs = 1;
    v.lines = {{QStringLiteral("bank"), {}, {}, p.net, {}, {}, {}},
               {QStringLiteral("card_fee"), {}, {}, p.fee, {}, {}, {}},
               {QStringLiteral("card_clearing"), {}, {}, -p.gross, {}, {}, {}}};
    Transaction tx(db);
    VoucherStore::insert(db, v);
    tx.commit();
}

}  // namespace

TEST_CASE("the payouts model shows totals, unmatched in red and the transfer state",
          "[ui][payouts-ui]") {
    TestBusiness b;
    const Session s = b.owner();
    const PayoutImportReport r = PayoutImport::importCsv(s, report, QStringLiteral("r.csv"));
    REQUIRE(r.imported.size() == 2);

    PayoutListModel model(b.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter(QDate(2026, 2, 1), QDate(2026, 3, 31), {});
    CHECK(model.columnCount() == PayoutListModel::ColumnCount);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.headerData(PayoutListModel::Unmatched, Qt::Horizontal).toString() ==
          QStringLiteral("Unmatched"));
    CHECK(model.headerData(PayoutListModel::Transfer, Qt::Horizontal).toString() ==
          QStringLiteral("Transfer"));
    // Newest first.
    CHECK(cell(model, 0, PayoutListModel::Reference) == QStringLiteral("P-101"));
    CHECK(cell(model, 0, PayoutListModel::Transactions) == QStringLiteral("2"));
    CHECK(model.data(model.index(0, PayoutListModel::Gross), PayoutListModel::RawValueRole)
              .toLongLong() == 120000);
    CHECK(model.data(model.index(0, PayoutListModel::Net), PayoutListModel::RawValueRole)
              .toLongLong() == 118272);
    CHECK(cell(model, 1, PayoutListModel::Fees) == dkk(10625).formatWithCurrency(QLocale()));
    CHECK(cell(model, 1, PayoutListModel::Unmatched) == QStringLiteral("1"));
    const auto red = model.data(model.index(1, PayoutListModel::Unmatched), Qt::ForegroundRole)
                         .value<QBrush>()
                         .color();
    CHECK(red.red() > 150);
    CHECK(red.green() < 100);
    CHECK(cell(model, 1, PayoutListModel::Transfer) == QStringLiteral("—"));

    voucherFor(b.db(), PayoutStore::require(b.db(), r.imported[0].id));
    model.reload();
    CHECK(cell(model, 1, PayoutListModel::Transfer) == QStringLiteral("Pending"));
    CHECK(cell(model, 0, PayoutListModel::Transfer) == QStringLiteral("—"));

    model.setFilter(QDate(2026, 2, 1), QDate(2026, 3, 31), QStringLiteral("tx-3"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.payoutId(0) == r.imported[1].id);
    model.setFilter(QDate(2026, 3, 2), QDate(2026, 3, 31), {});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the payouts page imports a settlement report and refuses a bad one",
          "[ui][payouts-ui]") {
    TestBusiness b;
    const Session s = b.owner();
    AppContext context(b.db(), b.clock());
    context.setSession(s);
    PayoutsPage page(context);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();
    // Two months back, to the end of this month.
    CHECK(page.fromField()->date() == QDate(2026, 1, 1));
    CHECK(page.toField()->date() == QDate(2026, 3, 31));
    CHECK(page.acquirerBox()->currentText() == QStringLiteral("nets"));
    CHECK(page.model()->rowCount() == 0);

    TempDir dir;
    const QString good = writeFile(dir, "settlement.csv", report);
    // Through the button, with the file chooser answered.
    page.setFileChooser([&](QWidget*, const QString&, const QString&) { return good; });
    page.findChild<QPushButton*>(QStringLiteral("import"))->click();
    REQUIRE(page.model()->rowCount() == 2);
    CHECK(
        page.messageLabel()->text().contains(QStringLiteral("Imported 2 payout(s): P-100, P-101")));
    CHECK(page.messageLabel()->text().contains(QStringLiteral("3 transaction(s) are not matched")));

    // The same file again: nothing new, and it says so.
    REQUIRE(page.importFile(good, QStringLiteral("nets")));
    CHECK(page.model()->rowCount() == 2);
    CHECK(page.messageLabel()->text().contains(QStringLiteral("Already imported before")));

    // A bad file: a message box lists each problem; nothing is written.
    const QString bad =
        writeFile(dir, "bad.csv",
                  "payout_id;payout_date;currency;type;reference;transaction_date;amount;fee;text\n"
                  "P-200;2026-03-01;DKK;transaction;tx-9;2026-02-28;12.345;0;\n"
                  "P-200;2026-03-01;SEK;refund;tx-9;2026-02-28;1.00;0;\n");
    QString shown;
    whenOpen<QMessageBox>([&](QMessageBox* box) {
        shown = box->text();
        box->accept();
    });
    CHECK_FALSE(page.importFile(bad, QStringLiteral("nets")));
    CHECK(shown.contains(QStringLiteral("line 2, amount:")));
    CHECK(shown.contains(QStringLiteral("line 3, currency:")));
    CHECK(shown.contains(QStringLiteral("line 3, type:")));
    CHECK(page.model()->rowCount() == 2);
    CHECK(PayoutStore::list(b.db(), {}, {}).size() == 2);

    whenOpen<QMessageBox>([&](QMessageBox* box) {
        shown = box->text();
        box->accept();
    });
    CHECK_FALSE(page.importFile(dir.path("missing.csv"), QStringLiteral("nets")));
    CHECK(shown.contains(QStringLiteral("missing.csv")));

    // Another acquirer's report is its own; the box offers it next time.
    REQUIRE(page.importFile(good, QStringLiteral("Swedbank")));
    CHECK(page.model()->rowCount() == 4);
    CHECK(page.acquirerBox()->findText(QStringLiteral("swedbank")) >= 0);

    CHECK(page.matchAgain() == 0);
    CHECK(page.messageLabel()->text().contains(QStringLiteral("No new payments")));
}

TEST_CASE("a payout's dialog shows its lines and what is not matched", "[ui][payouts-ui]") {
    TestBusiness b;
    const Session s = b.owner();
    const PayoutImportReport r = PayoutImport::importCsv(s, report, QStringLiteral("r.csv"));
    REQUIRE(r.imported.size() == 2);

    PayoutDialog dialog(b.db(), r.imported[0].id);
    QTableWidget* table = dialog.table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, PayoutDialog::Type)->text() == QStringLiteral("Payment"));
    CHECK(table->item(0, PayoutDialog::Reference)->text() == QStringLiteral("tx-1"));
    QTableWidgetItem* notMatched = table->item(0, PayoutDialog::MatchedTo);
    CHECK(notMatched->text() == QStringLiteral("Not matched"));
    CHECK(notMatched->foreground().color().red() > 150);
    CHECK(table->item(1, PayoutDialog::Type)->text() == QStringLiteral("Fee"));
    CHECK(table->item(1, PayoutDialog::MatchedTo)->text().isEmpty());
    CHECK(table->item(1, PayoutDialog::Text)->text() == QStringLiteral("Monthly terminal fee"));
    CHECK(dialog.summary()->text().contains(QStringLiteral("1 transaction(s) not matched")));

    // The page opens it on a double-click (activated).
    AppContext context(b.db(), b.clock());
    context.setSession(s);
    PayoutsPage page(context);
    page.show();
    REQUIRE(page.model()->rowCount() == 2);
    QString title;
    int rows = 0;
    whenOpen<PayoutDialog>([&](PayoutDialog* d) {
        title = d->windowTitle();
        rows = d->table()->rowCount();
    });
    Q_EMIT page.view()->activated(page.model()->index(0, 0));
    CHECK(title == QStringLiteral("Payout P-101"));
    CHECK(rows == 2);
}
