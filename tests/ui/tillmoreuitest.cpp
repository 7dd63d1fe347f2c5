// The till page's keyboard flows beyond a plain sale: a customer and an
// invoice sale (F5, F4), a debtor's payment (F8), parking and recalling
// (F6, F7), paying with a value card (F3) and printing without a printer.
#include "core/catalog/catalogservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/store/database.h"
#include "core/till/saleservice.h"
#include "core/till/tillpayments.h"
#include "core/till/tillreport.h"
#include "core/till/tillservice.h"
#include "core/till/valuecards.h"
#include "tests/core/receivables/receivablesfixture.h"
#include "tests/support/modal.h"
#include "ui/debtors/paymentdialog.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/tillsettingspage.h"
#include "ui/till/cartmodel.h"
#include "ui/till/debtorpickdialog.h"
#include "ui/till/recalldialog.h"
#include "ui/till/tenderdialog.h"
#include "ui/till/tillpage.h"
#include "ui/till/tillprinter.h"
#include "ui/till/valuecarddialog.h"
#include "ui/widgets/moneyedit.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using namespace skranke;
using namespace skranke::test;

namespace {

const QString K1 = QStringLiteral("K1");

struct Fixture {
    TestBusiness b;
    AppContext context{b.db(), b.clock()};
    Debtor debtor;

    Fixture() {
        context.setSession(b.owner());
        const Session& s = context.session();
        TillService::createTill(s, K1, QStringLiteral("Reception"));
        CatalogService::createProduct(
            s, NewProduct{QStringLiteral("C1"), QStringLiteral("Kaffe"), ProductKind::Goods,
                          QStringLiteral("Café"), QStringLiteral("32.00"), QStringLiteral("25"),
                          QStringLiteral("5701234567899"), 1});
        debtor = addDebtor(s);
    }
    // Sells a value card with this number and amount (a product "GK" at 0 %).
    void sellGiftCard(const QString& number, std::int64_t minor) {
        const Session& s = context.session();
        if (!CatalogService::productByNumber(b.db(), QStringLiteral("GK")))
            CatalogService::createProduct(s, NewProduct{QStringLiteral("GK"),
                                                        QStringLiteral("Gavekort"),
                                                        ProductKind::ValueCard,
                                                        QStringLiteral("Gavekort"),
                                                        QStringLiteral("0.00"),
                                                        QStringLiteral("0"),
                                                        {},
                                                        1});
        SaleLineInput line = SaleService::lineFor(b.db(), QStringLiteral("GK"), 1000, dkk(minor));
        line.cardNumber = number;
        SaleService::sell(s, K1, {line}, {TenderInput{TenderKind::Cash, dkk(minor), {}}});
    }
};

void type(QWidget* w, const QString& text) {
    QTest::keyClicks(w, text);
    QTest::keyClick(w, Qt::Key_Return);
}

struct Page {
    TillPage page;
    explicit Page(Fixture& f) : page(f.context) {
        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
        REQUIRE(page.openShift(dkk(10000)));
    }
    QLineEdit* scan() { return page.scanField(); }
    // A function key on the page. The page's shortcuts work in the active
    // window, as after a dialog closes on a real screen.
    void press(Qt::Key key) {
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
        QTest::keyClick(scan(), key);
    }
};

}  // namespace

TEST_CASE("F5 attaches a debtor and F4 puts the sale on an invoice", "[ui][till]") {
    Fixture f;
    Page p(f);
    whenOpen<DebtorPickDialog>(
        [&](DebtorPickDialog* d) { type(d->searchField(), QStringLiteral("Hansen")); });
    p.press(Qt::Key_F5);
    CHECK(p.page.party().debtorId == f.debtor.id);
    CHECK(p.page.customerLabel()->text().contains(QStringLiteral("Hansen")));
    type(p.scan(), QStringLiteral("2*C1"));
    whenOpen<TenderDialog>([](TenderDialog* d) { QTest::keyClick(d->amountField(), Qt::Key_F4); });
    QTest::keyClick(p.scan(), Qt::Key_Return);
    CHECK(p.page.cart()->isEmpty());
    const Receipt r = SaleService::load(f.b.db(), K1, 1);
    REQUIRE(r.invoiceNumber > 0);
    CHECK(r.tenders[0].kind == TenderKind::Invoice);
    CHECK(LedgerService::balance(f.b.db(), f.debtor.id).outstanding.minor() == 6400);
    CHECK(p.page.party().isEmpty());  // the next sale starts without a customer
    CHECK(p.page.messageLabel()->text().contains(QString::number(r.invoiceNumber)));
}

TEST_CASE("without a customer the invoice tender is refused in the dialog", "[ui][till]") {
    Fixture f;
    Page p(f);
    type(p.scan(), QStringLiteral("C1"));
    whenOpen<TenderDialog>([](TenderDialog* d) {
        QTest::keyClick(d->amountField(), Qt::Key_F4);
        CHECK(d->isVisible());
        CHECK(d->tenders().empty());
    });
    QTest::keyClick(p.scan(), Qt::Key_Return);
    CHECK(p.page.cart()->rowCount() == 1);
}

TEST_CASE("F8 takes a debtor's payment into the drawer", "[ui][till]") {
    Fixture f;
    Page p(f);
    const Invoice inv = InvoiceService::createAndPost(
        f.context.session(), draftFor(f.debtor, {line("Hytte", 1000, 30000)}));
    whenOpen<DebtorPickDialog>([](DebtorPickDialog* d) {
        whenOpen<PaymentDialog>([](PaymentDialog* pay) {
            CHECK(pay->amountField()->value().minor() == 30000);  // what is outstanding
            QTest::keyClick(pay->amountField(), Qt::Key_Return);
        });
        type(d->searchField(), QStringLiteral("Hansen"));
    });
    p.press(Qt::Key_F8);
    CHECK(LedgerService::balance(f.b.db(), f.debtor.id).outstanding.isZero());
    const TillReport x = TillReports::x(f.context.session(), K1);
    CHECK(x.debtorPayments == 1);
    CHECK(x.expectedCash.minor() == 40000);
    CHECK(p.page.messageLabel()->text().contains(QStringLiteral("300")));
    // The debtor's payment slip went to the printer, or here as a PDF.
    CHECK(p.page.messageLabel()->text().contains(QStringLiteral("payment-K1-1.pdf")));
}

TEST_CASE("F6 parks the sale and F7 brings it back", "[ui][till]") {
    Fixture f;
    Page p(f);
    whenOpen<DebtorPickDialog>(
        [&](DebtorPickDialog* d) { type(d->searchField(), QStringLiteral("Hansen")); });
    p.press(Qt::Key_F5);
    type(p.scan(), QStringLiteral("3*C1"));
    whenOpen<QInputDialog>([](QInputDialog* d) {
        d->setTextValue(QStringLiteral("Henter pung"));
        d->accept();
    });
    p.press(Qt::Key_F6);
    INFO(p.page.messageLabel()->text().toStdString());
    CHECK(p.page.cart()->isEmpty());
    CHECK(p.page.party().isEmpty());
    whenOpen<RecallDialog>([](RecallDialog* d) {
        CHECK(d->list()->topLevelItemCount() == 1);
        QTest::keyClick(d->list(), Qt::Key_Return);
    });
    p.press(Qt::Key_F7);
    REQUIRE(p.page.cart()->rowCount() == 1);
    CHECK(p.page.cart()->lines()[0].quantityMilli == 3000);
    CHECK(p.page.party().debtorId == f.debtor.id);
}

TEST_CASE("F3 pays with a value card up to its balance", "[ui][till]") {
    Fixture f;
    Page p(f);
    f.sellGiftCard(QStringLiteral("4242"), 5000);
    type(p.scan(), QStringLiteral("2*C1"));  // 64.00
    whenOpen<TenderDialog>([](TenderDialog* d) {
        QTest::keyClicks(d->referenceField(), QStringLiteral("4242"));
        QTest::keyClick(d->referenceField(), Qt::Key_F3);  // the card's 50.00
        CHECK(d->isVisible());
        QTest::keyClick(d->amountField(), Qt::Key_Return);  // 14.00 in cash
    });
    QTest::keyClick(p.scan(), Qt::Key_Return);
    const Receipt r = SaleService::load(f.b.db(), K1, 2);
    REQUIRE(r.tenders.size() == 2);
    CHECK(r.tenders[0].kind == TenderKind::ValueCard);
    CHECK(r.tenders[0].amount.minor() == 5000);
    CHECK(ValueCards::require(f.b.db(), QStringLiteral("4242")).balance.isZero());
}

TEST_CASE("with no printer set up, a receipt is saved as PDF and a copy journaled", "[ui][till]") {
    Fixture f;
    Page p(f);
    type(p.scan(), QStringLiteral("C1"));
    whenOpen<TenderDialog>([](TenderDialog* d) { QTest::keyClick(d->amountField(), Qt::Key_F2); });
    QTest::keyClick(p.scan(), Qt::Key_Return);
    REQUIRE(p.page.lastReceipt() == 1);
    const QString file =
        QDir(TillPrinter::fallbackFolder()).filePath(QStringLiteral("receipt-K1-1.pdf"));
    QFile::remove(file);
    REQUIRE(p.page.printReceipt(1, true));
    CHECK(QFile::exists(file));
    CHECK(p.page.messageLabel()->text().contains(file));
    QFile::remove(file);
    CHECK(f.b.db().prepare("SELECT count(*) FROM journal WHERE action = 'copy'").step());
}

TEST_CASE("F10 shows a value card's balance and history", "[ui][till]") {
    Fixture f;
    Page p(f);
    f.sellGiftCard(QStringLiteral("4242"), 5000);
    whenOpen<ValueCardDialog>([](ValueCardDialog* d) {
        type(d->numberField(), QStringLiteral("9999"));
        CHECK(d->balanceLabel()->text().contains(QStringLiteral("9999")));
        d->numberField()->clear();
        type(d->numberField(), QStringLiteral("4242"));
        CHECK(d->balanceLabel()->text().contains(QStringLiteral("50")));
        CHECK(d->entries()->rowCount() == 1);
        CHECK(d->isVisible());  // Enter looked up; it did not close the dialog
    });
    p.press(Qt::Key_F10);
}

TEST_CASE("Settings → Till orders and hides the till's button tabs", "[ui][till]") {
    Fixture f;
    CatalogService::createProduct(f.context.session(), NewProduct{QStringLiteral("S1"),
                                                                  QStringLiteral("Solcreme"),
                                                                  ProductKind::Goods,
                                                                  QStringLiteral("Butik"),
                                                                  QStringLiteral("89.00"),
                                                                  QStringLiteral("25"),
                                                                  {},
                                                                  1});
    TillSettingsPage settings(f.context);
    QAbstractItemModelTester tester(settings.list()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(settings.list()->count() == 2);
    CHECK(settings.list()->item(0)->text() == QStringLiteral("Café"));
    settings.list()->setCurrentRow(1);
    QTest::keyClick(settings.list(), Qt::Key_Up, Qt::AltModifier);  // Butik first
    CHECK(settings.list()->item(0)->text() == QStringLiteral("Butik"));
    settings.list()->item(1)->setCheckState(Qt::Unchecked);  // no Café buttons
    settings.save();

    Page p(f);
    REQUIRE(p.page.productTabs()->count() == 1);
    CHECK(p.page.productTabs()->tabText(0) == QStringLiteral("Butik"));
    type(p.scan(), QStringLiteral("C1"));  // the coffee still scans
    CHECK(p.page.cart()->rowCount() == 1);
}
