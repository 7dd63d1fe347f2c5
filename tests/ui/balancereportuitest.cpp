#include "tests/core/accounting/balancefixture.h"
#include "tests/support/pdftext.h"
#include "tests/support/tempdir.h"
#include "ui/accounting/balancedifferencemodel.h"
#include "ui/accounting/balancemethodmodel.h"
#include "ui/accounting/balancereportpage.h"
#include "ui/documents/accountingbalancedocument.h"
#include "ui/shell/appcontext.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QTest>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

int rowOf(QAbstractItemModel* model, const QString& raw) {
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(BalanceMethodModel::RawValueRole).toString() == raw)
            return r;
    return -1;
}

}  // namespace

TEST_CASE("the balance page shows this month per payment method and the differences",
          "[ui][balance-ui]") {
    BalanceBusiness biz;
    AppContext context(biz.b.db(), biz.b.clock());
    context.setSession(biz.owner);
    BalanceReportPage page(context);
    QAbstractItemModelTester methodsTester(page.methodModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester diffTester(page.differenceModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();
    CHECK(page.fromField()->date() == QDate(2026, 3, 1));
    CHECK(page.toField()->date() == QDate(2026, 3, 31));

    BalanceMethodModel* methods = page.methodModel();
    REQUIRE(methods->rowCount() == 7);  // six methods and the total
    const int card = rowOf(methods, QStringLiteral("card"));
    REQUIRE(card >= 0);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return methods->index(row, column).data(role);
    };
    CHECK(cell(card, BalanceMethodModel::Method).toString() == QStringLiteral("Card"));
    CHECK(cell(card, BalanceMethodModel::Paid).toString() == QStringLiteral("682.00"));
    CHECK(
        cell(card, BalanceMethodModel::NotPaidOut, BalanceMethodModel::RawValueRole).toLongLong() ==
        15000);
    // On invoice is marked as no money; bank transfer has no "not paid out".
    CHECK(cell(rowOf(methods, QStringLiteral("invoice")), BalanceMethodModel::Method)
              .toString()
              .endsWith(QStringLiteral(" *")));
    CHECK(cell(rowOf(methods, QStringLiteral("bank_transfer")), BalanceMethodModel::NotPaidOut)
              .toString()
              .isEmpty());
    const int total = rowOf(methods, QStringLiteral("total"));
    CHECK(total == 6);
    CHECK(cell(total, BalanceMethodModel::Paid).toString() == QStringLiteral("1,851.00"));
    // The amounts keep to their currency code with a no-break space.
    const QString summary = page.summaryLabel()->text().replace(QChar(0xa0), u' ');
    CHECK(summary.contains(QStringLiteral("Sold DKK 1,582.75")));
    CHECK(summary.contains(QStringLiteral("paid DKK 1,851.00")));

    BalanceDifferenceModel* diffs = page.differenceModel();
    REQUIRE(diffs->rowCount() == 4);
    const QModelIndex orders = diffs->index(0, 0);
    CHECK(orders.data().toString() == QStringLiteral("Orders without a payment"));
    CHECK(diffs->index(0, BalanceDifferenceModel::Amount).data().toString() ==
          QStringLiteral("200.00"));
    REQUIRE(diffs->rowCount(orders) == 1);
    CHECK(diffs->index(0, 0, orders).data().toString() == QStringLiteral("Order WEB-2"));
    const QModelIndex vouchers = diffs->index(3, 0);
    CHECK(diffs->rowCount(vouchers) == 2);
    CHECK(diffs->index(1, BalanceDifferenceModel::Text, vouchers)
              .data()
              .toString()
              .contains(QStringLiteral("Account missing")));

    // February: other numbers, read once the dates have settled, not per change.
    page.fromField()->setDate(QDate(2026, 2, 1));
    page.toField()->setDate(QDate(2026, 2, 28));
    CHECK(rowOf(methods, QStringLiteral("card")) >= 0);
    REQUIRE(QTest::qWaitFor([&] { return rowOf(methods, QStringLiteral("card")) == -1; }));
    CHECK(cell(rowOf(methods, QStringLiteral("cash")), BalanceMethodModel::Paid).toString() ==
          QStringLiteral("32.00"));

    // A period that ends before it begins is refused, the field marked.
    page.toField()->setDate(QDate(2026, 1, 15));
    REQUIRE(QTest::qWaitFor([&] { return page.messageLabel()->isVisible(); }));
    CHECK(page.messageLabel()->text() == QStringLiteral("The period ends before it begins."));
    CHECK(methods->rowCount() == 0);
}

TEST_CASE("the balance report PDF has the table, the differences and their sums",
          "[ui][balance-ui]") {
    BalanceBusiness biz;
    AppContext context(biz.b.db(), biz.b.clock());
    context.setSession(biz.owner);
    BalanceReportPage page(context);
    TempDir dir;
    const QString path = dir.path("balance.pdf");
    QString asked;
    page.setFileChooser([&](QWidget*, const QString&, const QString& name, const QString&) {
        asked = name;
        return path;
    });
    page.savePdfAs();
    CHECK(asked == QStringLiteral("balance-2026-03-01-2026-03-31.pdf"));
    CHECK(page.messageLabel()->text().startsWith(QStringLiteral("Saved")));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Balance report")));
    CHECK(text.contains(QStringLiteral("Payment method")));
    for (const char* title : {"Orders without a payment", "Payments without an order",
                              "Payouts not matched", "Vouchers not transferred"})
        CHECK(text.contains(QString::fromUtf8(title)));
    CHECK(text.contains(QStringLiteral("Order WEB-2")));
    CHECK(text.contains(QStringLiteral("Payout P-1, line 3")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("Sum, 2 item\\(s\\)\\s+319.00"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("Sold\\s+1,582.75"))));
    CHECK(pdfPages(path) == 1);
}

TEST_CASE("a long difference is cut at 200 items and says how many more", "[ui][balance-ui]") {
    BalanceReport r;
    r.from = QDate(2026, 3, 1);
    r.to = QDate(2026, 3, 31);
    r.companyName = QStringLiteral("Test ApS");
    r.currency = QStringLiteral("DKK");
    const Currency dkk = Currency::fromCode(r.currency);
    r.sold = r.soldInvoices = r.soldReceipts = r.soldOrders = r.paid = r.paidOut = r.fees =
        r.vouchered = r.transferred = Money::zero(dkk);
    BalanceDifference d;
    d.kind = BalanceDifferenceKind::VouchersNotTransferred;
    d.title = QStringLiteral("Vouchers not transferred");
    d.count = 1500;
    d.sum = Money(150000, dkk);
    for (int i = 1; i <= 1000; ++i)
        d.items.push_back(BalanceItem{i, QStringLiteral("Voucher %1").arg(i), r.from,
                                      Money(100, dkk), QStringLiteral("Receipt, pending")});
    r.differences.push_back(d);
    TempDir dir;
    const QString path = dir.path("long.pdf");
    AccountingBalanceDocument doc(r);
    doc.writePdf(path);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Voucher 200")));
    CHECK_FALSE(text.contains(QStringLiteral("Voucher 201")));
    // The count is grouped the way the default locale groups (other tests set it).
    CHECK(text.contains(QRegularExpression(QStringLiteral("… and 1\\D?300 more"))));
    CHECK(text.contains(QStringLiteral("1,500.00")));
    CHECK(pdfPages(path) == doc.pageCount());
    CHECK(doc.pageCount() >= 3);
    CHECK(text.contains(QStringLiteral("Page 3 of")));
}

TEST_CASE("amounts in the hundreds of millions stay apart in the PDF's method table",
          "[ui][balance-ui]") {
    BalanceReport r;
    r.from = QDate(2026, 1, 1);
    r.to = QDate(2026, 12, 31);
    r.companyName = QStringLiteral("Test ApS");
    r.currency = QStringLiteral("DKK");
    const Currency dkk = Currency::fromCode(r.currency);
    r.sold = r.soldInvoices = r.soldReceipts = r.soldOrders = r.paidOut = r.fees = r.vouchered =
        r.transferred = Money::zero(dkk);
    const auto method = [&dkk](const char* key, const char* label, std::int64_t kroner) {
        BalanceMethodRow row;
        row.method = QString::fromLatin1(key);
        row.label = QString::fromLatin1(label);
        row.paid = row.vouchered = row.transferred = Money(kroner * 100, dkk);
        row.paidOut = row.fees = row.notPaidOut = Money::zero(dkk);
        row.acquirerPaid = true;
        row.notPaidOut = Money(kroner * 100, dkk);
        return row;
    };
    r.rows = {method("card", "Card", 212345678),
              method("bank_transfer", "Bank transfer", 131107151)};
    r.paid = Money(Q_INT64_C(34345282900), dkk);
    TempDir dir;
    const QString path = dir.path("big.pdf");
    AccountingBalanceDocument(r).writePdf(path);
    // Not paid out, vouchered, transferred: three amounts, each on its own.
    CHECK(pdfText(path).contains(QRegularExpression(
        QStringLiteral("Total\\s+343,452,829.00\\s+0.00\\s+0.00\\s+343,452,829.00\\s+"
                       "343,452,829.00\\s+343,452,829.00"))));
}
