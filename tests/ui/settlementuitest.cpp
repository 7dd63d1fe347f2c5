#include "core/ledger/ledgerservice.h"
#include "core/ledger/settlementservice.h"
#include "core/store/database.h"
#include "tests/core/receivables/receivablesfixture.h"
#include "ui/debtors/balancelistmodel.h"
#include "ui/debtors/balancelistpage.h"
#include "ui/debtors/paymentdialog.h"
#include "ui/debtors/settlementcandidatemodel.h"
#include "ui/debtors/settlementpage.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/moneyedit.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QTableView>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

TEST_CASE("a debtor payment settles the invoices picked; the rest stays", "[ui][settlement]") {
    TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    const Debtor d = addDebtor(context.session());
    const Invoice first = InvoiceService::createAndPost(
        context.session(), draftFor(d, {line("A", 1000, 10000)}, QDate(2026, 1, 1)));
    const Invoice second = InvoiceService::createAndPost(
        context.session(), draftFor(d, {line("B", 1000, 20000)}, QDate(2026, 2, 1)));
    PaymentDialog dialog(context, d.id);
    QTableWidget* table = dialog.invoiceTable();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QString::number(first.number));
    table->item(1, 0)->setCheckState(Qt::Checked);  // the payer says: invoice 2
    dialog.amountField()->setText(QStringLiteral("250.00"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto open = LedgerService::openInvoices(b.db(), d.id);
    REQUIRE(open.size() == 1);
    CHECK(open[0].docNumber == first.number);  // the older one is untouched
    const DebtorBalance bal = LedgerService::balance(b.db(), d.id);
    CHECK(bal.outstanding.minor() == 10000);
    CHECK(bal.prepayment.minor() == 5000);  // remaining amount
    CHECK(second.number == 2);
}

TEST_CASE("the settlement page settles the marked debtors", "[ui][settlement]") {
    TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    const Session& s = context.session();
    for (int i = 0; i < 3; ++i) {
        const Debtor d = addDebtor(s, QStringLiteral("D%1").arg(i));
        InvoiceService::createAndPost(s, draftFor(d, {line("A", 1000, 10000)}));
        LedgerService::registerPayment(s, d.id, dkk(4000), QDate(2026, 3, 3), {}, {});
    }
    auto st = b.db().prepare("SELECT id FROM settlement");
    std::vector<std::int64_t> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    for (std::int64_t id : ids)
        SettlementService::undo(s, id);
    SettlementPage page(context);
    page.applyFilter();
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.model()->rowCount() == 3);
    page.view()->selectRow(0);
    page.settleSelected();
    CHECK(page.model()->rowCount() == 2);
    page.view()->selectAll();
    page.settleSelected();
    CHECK(page.model()->rowCount() == 0);
}

TEST_CASE("the balance list page shows debtors as of the date chosen", "[ui][balancelist]") {
    TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    const Debtor d = addDebtor(context.session());
    InvoiceService::createAndPost(context.session(),
                                  draftFor(d, {line("A", 1000, 10000)}, QDate(2026, 1, 1)));
    LedgerService::registerPayment(context.session(), d.id, dkk(10000), QDate(2026, 2, 20), {}, {});
    BalanceListPage page(context);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.model()->rowCount() == 0);  // paid by today (2 March)
    page.asOfField()->setDate(QDate(2026, 2, 1));
    page.refresh();
    REQUIRE(page.model()->rowCount() == 1);
    // Due 15 January; 17 days overdue on 1 February.
    CHECK(page.model()
              ->data(page.model()->index(0, BalanceListModel::Bucket1),
                     BalanceListModel::RawValueRole)
              .toLongLong() == 10000);
    CHECK(page.model()->headerData(BalanceListModel::Bucket2, Qt::Horizontal).toString() ==
          QStringLiteral("31–60 days"));
}
