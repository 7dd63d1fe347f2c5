#include "core/invoicing/invoiceservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/parties/debtorservice.h"
#include "core/store/settings.h"
#include "tests/core/receivables/receivablesfixture.h"
#include "ui/debtors/debtordialog.h"
#include "ui/debtors/debtoroverviewmodel.h"
#include "ui/debtors/debtoroverviewpage.h"
#include "ui/debtors/paymentdialog.h"
#include "ui/debtors/postingmodel.h"
#include "ui/invoices/creditnotedialog.h"
#include "ui/invoices/invoiceeditordialog.h"
#include "ui/invoices/invoicelistmodel.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/moneyedit.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

void invoiceMany(const Session& s, const Debtor& d, int n) {
    for (int i = 0; i < n; ++i)
        InvoiceService::createAndPost(
            s, draftFor(d, {line("Hytte", 1000, 10000 + i)}, QDate(2026, 2, 1).addDays(i % 28)));
}

}  // namespace

TEST_CASE("the debtor overview pages, filters and passes the model tester", "[ui][model]") {
    TestBusiness b;
    const Session s = b.owner();
    std::vector<Debtor> debtors;
    for (int i = 0; i < 450; ++i)
        debtors.push_back(addDebtor(s, QStringLiteral("Debitor %1").arg(i)));
    invoiceMany(s, debtors[3], 2);
    DebtorOverviewModel model(b.db());
    CHECK(model.rowCount() == 1);  // only debtors with outstanding, by default
    DebtorOverview::Filter all;
    all.onlyOutstanding = false;
    model.setFilter(all);
    CHECK(model.rowCount() == DebtorOverviewModel::PageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 450);
    all.search = QStringLiteral("Debitor 44");
    model.setFilter(all);
    CHECK(model.rowCount() == 11);  // 44 and 440–449
}

TEST_CASE("creating a debtor in the dialog, and a bad GLN marked", "[ui]") {
    TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    DebtorDialog dialog(context, 0);
    dialog.field(QStringLiteral("company_name"))->setText(QStringLiteral("Skagen Kommune"));
    dialog.field(QStringLiteral("gln"))->setText(QStringLiteral("5790000000006"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.field(QStringLiteral("gln"))->styleSheet().isEmpty());
    CHECK(DebtorService::search(b.db(), QString(), 10).empty());
    dialog.field(QStringLiteral("gln"))->setText(QStringLiteral("5790000000005"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(DebtorService::require(b.db(), dialog.debtor().id).companyName ==
          QStringLiteral("Skagen Kommune"));
}

TEST_CASE("invoice, pay and credit from the dialogs; the overview shows the outstanding", "[ui]") {
    TestBusiness b;
    AppContext context(b.db(), b.clock());
    context.setSession(b.owner());
    const Debtor d = addDebtor(context.session());
    // Staff type amounts as Danish users do.
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    struct RestoreLocale {
        ~RestoreLocale() { QLocale::setDefault(QLocale::c()); }
    } restore;

    InvoiceEditorDialog editor(context, d.id);
    editor.setLine(0, {QStringLiteral("Hytte"), QStringLiteral("2"), QStringLiteral("895,00"),
                       QStringLiteral("25"), QStringLiteral("0")});
    editor.setLine(1, {QStringLiteral("Kano"), QStringLiteral("1,5"), QStringLiteral("abc"),
                       QStringLiteral("25"), QStringLiteral("0")});
    CHECK_FALSE(editor.postInvoice());  // a bad price names its line; nothing posted
    CHECK(InvoiceService::byNumber(b.db(), Invoice::Kind::Invoice, 1) == std::nullopt);
    editor.setLine(1, {QStringLiteral("Kano"), QStringLiteral("1,5"), QStringLiteral("150,00"),
                       QStringLiteral("25"), QStringLiteral("0")});
    REQUIRE(editor.postInvoice());
    CHECK(editor.invoice().number == 1);
    CHECK(editor.invoice().total.minor() == 201500);

    PaymentDialog pay(context, d.id);
    pay.amountField()->setText(QStringLiteral("1.000,00"));
    pay.accept();
    CHECK(pay.result() == QDialog::Accepted);

    CreditNoteDialog credit(context, 1);
    credit.byAmount()->setChecked(true);
    credit.amountField()->setText(QStringLiteral("15,00"));
    credit.accept();
    CHECK(credit.result() == QDialog::Accepted);
    CHECK(credit.creditNote().total.minor() == 1500);

    DebtorOverviewPage page(context);
    REQUIRE(page.model()->rowCount() == 1);
    // 2015.00 invoiced − 1000.00 paid − 15.00 credited
    CHECK(page.model()
              ->data(page.model()->index(0, DebtorOverviewModel::Outstanding),
                     DebtorOverviewModel::RawValueRole)
              .toLongLong() == 100000);
}

TEST_CASE("the invoice list expands to lines and passes the model tester", "[ui][model]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    invoiceMany(s, d, 230);
    InvoiceListModel model(b.db());
    CHECK(model.rowCount() == InvoiceListModel::PageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex first = model.index(0, 0);
    CHECK(model.hasChildren(first));
    if (model.canFetchMore(first))  // the tester may have opened it already
        model.fetchMore(first);
    REQUIRE(model.rowCount(first) == 1);
    CHECK(model.data(model.index(0, InvoiceListModel::Debtor, first)).toString() ==
          QStringLiteral("Hytte"));
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 230);
}

TEST_CASE("the postings model shows the running balance", "[ui][model]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    invoiceMany(s, d, 3);
    LedgerService::registerPayment(s, d.id, dkk(5000), QDate(2026, 3, 1), QStringLiteral("bank"),
                                   {});
    PostingModel model(b.db(), d.id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.data(model.index(3, PostingModel::Balance), PostingModel::RawValueRole)
              .toLongLong() == LedgerService::balance(b.db(), d.id).balance().minor());
    CHECK(
        model.data(model.index(2, PostingModel::Balance), PostingModel::RawValueRole).toLongLong() -
            model.data(model.index(3, PostingModel::Balance), PostingModel::RawValueRole)
                .toLongLong() ==
        5000);
    CHECK(model.data(model.index(3, PostingModel::PaymentType)).toString() ==
          QStringLiteral("bank"));
}
