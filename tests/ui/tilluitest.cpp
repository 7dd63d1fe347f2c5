#include "core/catalog/catalogservice.h"
#include "core/journal/journal.h"
#include "core/store/database.h"
#include "core/till/saleservice.h"
#include "core/till/tillservice.h"
#include "tests/core/receivables/receivablesfixture.h"
#include "ui/shell/appcontext.h"
#include "ui/till/cartmodel.h"
#include "ui/till/returndialog.h"
#include "ui/till/tenderdialog.h"
#include "ui/till/tillpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

struct TillFixture {
    TestBusiness b;
    AppContext context{b.db(), b.clock()};

    TillFixture() {
        context.setSession(b.owner());
        const Session& s = context.session();
        TillService::createTill(s, QStringLiteral("K1"), QStringLiteral("Reception"));
        CatalogService::createProduct(
            s, NewProduct{QStringLiteral("C1"), QStringLiteral("Kaffe"), ProductKind::Goods,
                          QStringLiteral("Café"), QStringLiteral("32.00"), QStringLiteral("25"),
                          QStringLiteral("5701234567899"), 1});
        CatalogService::createProduct(s, NewProduct{QStringLiteral("C2"),
                                                    QStringLiteral("Bolle"),
                                                    ProductKind::Goods,
                                                    QStringLiteral("Café"),
                                                    QStringLiteral("18.75"),
                                                    QStringLiteral("25"),
                                                    {},
                                                    1});
    }
};

void type(QWidget* w, const QString& text) {
    QTest::keyClicks(w, text);
    QTest::keyClick(w, Qt::Key_Return);
}

// Answers the tender dialog that Enter opens: the keys typed into its amount
// field, then `last` (Enter for cash, F2 for card).
void whenPaying(const std::vector<std::pair<QString, Qt::Key>>& steps) {
    QTimer::singleShot(0, [steps] {
        auto* dialog = qobject_cast<TenderDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        for (const auto& [text, key] : steps) {
            dialog->amountField()->selectAll();
            QTest::keyClicks(dialog->amountField(), text);
            QTest::keyClick(dialog->amountField(), key);
        }
        if (dialog->isVisible())
            dialog->reject();  // a step was refused: do not hang the test
    });
}

}  // namespace

TEST_CASE("a keyboard-only sale: scan, quantity, void, pay cash, change", "[ui][till]") {
    TillFixture f;
    TillPage page(f.context);
    page.show();
    QAbstractItemModelTester tester(page.cart(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.openShift(dkk(50000)));
    CHECK(page.productTabs()->count() == 1);  // one category: Café

    QLineEdit* scan = page.scanField();
    type(scan, QStringLiteral("2*5701234567899"));
    type(scan, QStringLiteral("C2"));
    type(scan, QStringLiteral("C1"));
    REQUIRE(page.cart()->rowCount() == 3);
    CHECK(page.cart()->receipt().total.minor() == 6400 + 1875 + 3200);
    const auto journal = Journal::count(f.b.db());
    QTest::keyClick(scan, Qt::Key_Delete);  // takes the last line off, journaled
    CHECK(page.cart()->rowCount() == 2);
    CHECK(Journal::count(f.b.db()) == journal + 1);
    type(scan, QStringLiteral("nope"));
    CHECK(page.messageLabel()->text().contains(QStringLiteral("nope")));
    CHECK(page.cart()->rowCount() == 2);

    whenPaying({{QStringLiteral("100"), Qt::Key_Return}});
    QTest::keyClick(scan, Qt::Key_Return);  // Enter on an empty field: pay
    CHECK(page.cart()->rowCount() == 0);
    const Receipt r = SaleService::load(f.b.db(), QStringLiteral("K1"), 1);
    CHECK(r.total.minor() == 8275);
    CHECK(r.tenders[0].amount.minor() == 8300);  // 82.75 in cash is 83.00
    CHECK(r.tenders[0].change.minor() == 1700);
    CHECK(page.messageLabel()->text().contains(QStringLiteral("17.00")));
}

TEST_CASE("a split payment: part by card (F2), the rest in cash", "[ui][till]") {
    TillFixture f;
    TillPage page(f.context);
    page.show();
    REQUIRE(page.openShift(dkk(0)));
    type(page.scanField(), QStringLiteral("3*C1"));
    whenPaying({{QStringLiteral("50"), Qt::Key_F2}, {QStringLiteral("50"), Qt::Key_Return}});
    QTest::keyClick(page.scanField(), Qt::Key_Return);
    const Receipt r = SaleService::load(f.b.db(), QStringLiteral("K1"), 1);
    REQUIRE(r.tenders.size() == 2);
    CHECK(r.tenders[0].kind == TenderKind::Card);
    CHECK(r.tenders[0].amount.minor() == 5000);
    CHECK(r.tenders[1].amount.minor() == 4600);
    CHECK(r.tenders[1].change.minor() == 400);
}

TEST_CASE("without an open shift the sale is refused and the cart kept", "[ui][till]") {
    TillFixture f;
    TillPage page(f.context);
    page.show();
    type(page.scanField(), QStringLiteral("C2"));
    CHECK_FALSE(page.completeSale({TenderInput{TenderKind::Card, dkk(1875), {}}}));
    CHECK(page.cart()->rowCount() == 1);
    CHECK(page.messageLabel()->text().contains(QStringLiteral("K1")));
    REQUIRE(page.openShift(dkk(10000)));
    REQUIRE(page.completeSale({TenderInput{TenderKind::Card, dkk(1875), {}}}));
    CHECK(page.closeShift(dkk(10000)));
    CHECK(page.messageLabel()->text().contains(QStringLiteral("Z report 1")));
}

TEST_CASE("a return pays back what comes back, never more than was sold", "[ui][till]") {
    TillFixture f;
    TillPage page(f.context);
    page.show();
    REQUIRE(page.openShift(dkk(50000)));
    type(page.scanField(), QStringLiteral("2*C1"));
    type(page.scanField(), QStringLiteral("C2"));
    REQUIRE(page.completeSale({TenderInput{TenderKind::Card, dkk(8275), {}}}));

    ReturnDialog dialog(f.context, QStringLiteral("K1"));
    dialog.receiptField()->setValue(1);
    dialog.findReceipt();
    QTableWidget* lines = dialog.linesTable();
    REQUIRE(lines->rowCount() == 2);
    lines->item(0, 3)->setText(QStringLiteral("3"));  // only 2 were sold
    lines->item(1, 3)->setText(QStringLiteral("0"));
    dialog.accept();
    CHECK_FALSE(dialog.created());
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("2")));
    lines->item(0, 3)->setText(QStringLiteral("1"));
    dialog.accept();  // cash: 32.00 back
    REQUIRE(dialog.created());
    CHECK(dialog.created()->number == 2);
    CHECK(dialog.created()->total.minor() == -3200);
    CHECK(dialog.created()->tenders[0].amount.minor() == -3200);

    ReturnDialog again(f.context, QStringLiteral("K1"));
    again.receiptField()->setValue(1);
    again.findReceipt();
    CHECK(again.linesTable()->item(0, 2)->text() == QStringLiteral("1"));  // one left
}
