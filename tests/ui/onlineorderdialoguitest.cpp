#include "core/orders/orderpayments.h"
#include "core/orders/orderservice.h"
#include "core/orders/orderstore.h"
#include "core/orders/testgateway.h"
#include "tests/core/orders/orderfixture.h"
#include "tests/core/receivables/receivablesfixture.h"
#include "tests/support/modal.h"
#include "ui/orders/onlineorderdialog.h"
#include "ui/orders/orderconfirmationdialog.h"
#include "ui/orders/orderdetailsform.h"
#include "ui/orders/orderpaymentpanel.h"
#include "ui/orders/resolvependingdialog.h"
#include "ui/shell/appcontext.h"
#include "ui/till/debtorpickdialog.h"
#include "ui/widgets/moneyedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

// Amounts as a Danish user reads and types them.
struct DanishLocale {
    DanishLocale() { QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark)); }
    ~DanishLocale() { QLocale::setDefault(QLocale::c()); }
};

struct OrderUi {
    DanishLocale locale;
    TestBusiness shop;
    AppContext context{shop.db(), shop.clock()};
    OrderUi() { context.setSession(shop.owner()); }
    const Session& session() const { return context.session(); }
    Order import(const QByteArray& json) { return importOne(session(), json); }
    Order fulfilled(Order order) {
        order.fulfilled = true;
        return OrderService::edit(session(), order);
    }
};

OrderPaymentPanel* panelOf(OnlineOrderDialog& dialog) {
    auto* panel = dialog.findChild<OrderPaymentPanel*>();
    REQUIRE(panel);
    return panel;
}

OrderDetailsForm* formOf(OnlineOrderDialog& dialog) {
    auto* form = dialog.findChild<OrderDetailsForm*>();
    REQUIRE(form);
    return form;
}

QString cell(QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

}  // namespace

TEST_CASE("online order: capture a reduced amount, refund part, refuse too much",
          "[ui][orders-ui]") {
    OrderUi ui;
    const Order order =
        ui.fulfilled(ui.import(cardOrderJson("WEB-123", "tx-123", goodsLine("500.00"))));
    OnlineOrderDialog dialog(ui.context, order.id);
    dialog.show();
    QSignalSpy changed(&dialog, &OnlineOrderDialog::orderChanged);
    CHECK(dialog.windowTitle() == QStringLiteral("Online order WEB-123"));
    OrderPaymentPanel* panel = panelOf(dialog);
    CHECK(panel->reservedLabel()->text().contains(QStringLiteral("500,00")));
    CHECK(panel->captureAmountButton()->isEnabled());
    CHECK_FALSE(panel->refundButton()->isEnabled());
    auto* lines = dialog.findChild<QTableWidget*>(QStringLiteral("orderLines"));
    REQUIRE(lines);
    REQUIRE(lines->rowCount() == 1);
    CHECK(cell(lines, 0, 2) == QStringLiteral("Goods"));
    CHECK(cell(lines, 0, 5) == QStringLiteral("500,00"));

    // Through the button and its prompt: 450 of the 500 reserved.
    whenOpen<QDialog>([](QDialog* prompt) {
        auto* amount = prompt->findChild<MoneyEdit*>();
        REQUIRE(amount);
        CHECK(amount->value().minor() == 50000);
        bool explains = false;
        for (QLabel* label : prompt->findChildren<QLabel*>())
            explains =
                explains || label->text().contains(QStringLiteral("rest of the reservation"));
        CHECK(explains);
        amount->setText(QStringLiteral("450,00"));
        prompt->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        CHECK_FALSE(prompt->isVisible());
    });
    panel->captureAmountButton()->click();
    CHECK(panel->capturedLabel()->text().contains(QStringLiteral("450,00")));
    CHECK(panel->stateLabel()->text().contains(QStringLiteral("received")));
    CHECK(panel->errorLabel()->isHidden());
    CHECK(changed.count() == 1);
    Order core = OrderStore::require(ui.shop.db(), order.id);
    CHECK(core.paymentState == PaymentState::Received);
    CHECK(core.captured == dkk(45000));
    CHECK_FALSE(panel->captureAllButton()->isEnabled());
    CHECK_FALSE(panel->cancelButton()->isEnabled());
    CHECK(panel->refundButton()->isEnabled());

    REQUIRE(panel->refundAmount(dkk(10000)));
    CHECK(panel->refundedLabel()->text().contains(QStringLiteral("100,00")));
    CHECK(panel->refundableLabel()->text().contains(QStringLiteral("350,00")));
    CHECK(panel->historyList()->count() == 2);

    // One øre more than is left: refused, shown, nothing sent.
    const auto operations = OrderStore::operations(ui.shop.db(), order.id).size();
    const int before = changed.count();
    CHECK_FALSE(panel->refundAmount(dkk(35001)));
    CHECK_FALSE(panel->errorLabel()->isHidden());
    CHECK_FALSE(panel->errorLabel()->text().isEmpty());
    core = OrderStore::require(ui.shop.db(), order.id);
    CHECK(core.refunded == dkk(10000));
    CHECK(OrderStore::operations(ui.shop.db(), order.id).size() == operations);
    CHECK(changed.count() == before);
    CHECK(panel->refundableLabel()->text().contains(QStringLiteral("350,00")));

    // The same through the prompt: it stays open with the message.
    whenOpen<QDialog>([](QDialog* prompt) {
        auto* amount = prompt->findChild<MoneyEdit*>();
        REQUIRE(amount);
        amount->setText(QStringLiteral("350,01"));
        prompt->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        CHECK(prompt->isVisible());
        CHECK(amount->text() == QStringLiteral("350,01"));
    });
    panel->refundButton()->click();
    CHECK(OrderStore::require(ui.shop.db(), order.id).refunded == dkk(10000));
}

TEST_CASE("online order: an early capture asks first and records why", "[ui][orders-ui]") {
    OrderUi ui;
    const Order order = ui.import(cardOrderJson("WEB-124", "tx-124", goodsLine("500.00")));
    OnlineOrderDialog dialog(ui.context, order.id);
    dialog.show();
    OrderPaymentPanel* panel = panelOf(dialog);

    whenOpen<QMessageBox>([](QMessageBox* box) {
        CHECK(box->text().contains(QStringLiteral("ready to ship")));
        CHECK(box->text().contains(QStringLiteral("Capture anyway?")));
        CHECK(box->defaultButton() == box->button(QMessageBox::No));
        box->button(QMessageBox::No)->click();
    });
    CHECK_FALSE(panel->captureAll());
    CHECK(OrderStore::operations(ui.shop.db(), order.id).empty());
    CHECK(OrderStore::require(ui.shop.db(), order.id).paymentState == PaymentState::Awaiting);
    CHECK(panel->historyList()->count() == 0);

    whenOpen<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    CHECK(panel->captureAll());
    const Order core = OrderStore::require(ui.shop.db(), order.id);
    CHECK(core.paymentState == PaymentState::Received);
    CHECK(core.captured == dkk(50000));
    REQUIRE(panel->historyList()->count() == 1);
    const QString entry = panel->historyList()->item(0)->text();
    CHECK(entry.contains(QStringLiteral("capture 500,00")));
    CHECK(entry.contains(QStringLiteral("done")));
    CHECK(entry.contains(QStringLiteral("test-charge-")));
    CHECK(entry.contains(QStringLiteral("Captured early, confirmed by Olivia Owner")));
    CHECK(entry.contains(QStringLiteral("ready to ship")));
}

TEST_CASE("online order: front desk may not refund", "[ui][orders-ui]") {
    OrderUi ui;
    const Order order =
        ui.fulfilled(ui.import(cardOrderJson("WEB-125", "tx-125", goodsLine("80.00"))));
    OrderPayments::capture(ui.session(), order.id, std::nullopt, false);
    {
        OnlineOrderDialog dialog(ui.context, order.id);
        CHECK(panelOf(dialog)->refundButton()->isEnabled());
    }
    ui.context.setSession(
        ui.shop.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk")));
    OnlineOrderDialog dialog(ui.context, order.id);
    OrderPaymentPanel* panel = panelOf(dialog);
    CHECK(panel->refundableLabel()->text().contains(QStringLiteral("80,00")));
    CHECK_FALSE(panel->refundButton()->isEnabled());
    CHECK(panel->refundButton()->toolTip().contains(QStringLiteral("orders.refund")));
}

TEST_CASE("online order: details are saved; the paid flag only without a reservation",
          "[ui][orders-ui]") {
    OrderUi ui;
    const Order card = ui.import(cardOrderJson("WEB-126", "tx-126", goodsLine("120.00")));
    {
        OnlineOrderDialog dialog(ui.context, card.id);
        dialog.show();
        QSignalSpy changed(&dialog, &OnlineOrderDialog::orderChanged);
        OrderDetailsForm* form = formOf(dialog);
        CHECK_FALSE(form->paidBox()->isEnabled());
        CHECK_FALSE(form->paidBox()->toolTip().isEmpty());
        CHECK(form->billing().street->text() == QStringLiteral("Strandvejen 1"));

        // A refused save keeps what was typed and names the field.
        form->delivery().street->setText(QStringLiteral("Havnegade 5"));
        form->customerNameEdit()->clear();
        CHECK_FALSE(form->save());
        CHECK_FALSE(form->errorLabel()->isHidden());
        CHECK(form->errorLabel()->text().contains(QStringLiteral("name")));
        CHECK(form->delivery().street->text() == QStringLiteral("Havnegade 5"));
        CHECK(OrderStore::require(ui.shop.db(), card.id).delivery.street == card.delivery.street);
        CHECK(changed.count() == 0);

        form->customerNameEdit()->setText(QStringLiteral("Mette Holm"));
        form->saveButton()->click();
        CHECK(form->errorLabel()->isHidden());
        CHECK(changed.count() == 1);
        CHECK(OrderStore::require(ui.shop.db(), card.id).delivery.street ==
              QStringLiteral("Havnegade 5"));

        form->copyBillingToDelivery();
        CHECK(form->delivery().city->text() == QStringLiteral("København Ø"));
    }
    OnlineOrderDialog again(ui.context, card.id);
    CHECK(formOf(again)->delivery().street->text() == QStringLiteral("Havnegade 5"));

    QByteArray json = cardOrderJson("WEB-127", "tx-127", goodsLine("120.00"));
    json.replace(R"({"type": "card", "gateway": "test", "transaction_id": "tx-127"})",
                 R"({"type": "bank_transfer"})");
    const Order bank = ui.import(json);
    REQUIRE(bank.paymentType == QStringLiteral("bank_transfer"));
    OnlineOrderDialog dialog(ui.context, bank.id);
    dialog.show();
    OrderDetailsForm* form = formOf(dialog);
    OrderPaymentPanel* panel = panelOf(dialog);
    CHECK(form->paymentTypeBox()->currentText() == QStringLiteral("Bank transfer"));
    CHECK(form->paidBox()->isEnabled());
    CHECK_FALSE(form->paidBox()->isChecked());
    CHECK_FALSE(panel->captureAllButton()->isEnabled());
    CHECK(panel->stateLabel()->text().contains(QStringLiteral("No")));
    form->paidBox()->setChecked(true);
    REQUIRE(form->save());
    CHECK(OrderStore::require(ui.shop.db(), bank.id).paidByHand);
    CHECK(OrderStore::require(ui.shop.db(), bank.id).paid());
    CHECK(panel->stateLabel()->text().contains(QStringLiteral("Yes")));
}

TEST_CASE("online order: a value-card order lists its cards once captured", "[ui][orders-ui]") {
    OrderUi ui;
    const Order order = ui.import(cardOrderJson("WEB-128", "tx-128", valueCardLine("500.00", 2)));
    OnlineOrderDialog dialog(ui.context, order.id);
    dialog.show();
    auto* cards = dialog.findChild<QTableWidget*>(QStringLiteral("valueCards"));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("valueCardsNote"));
    REQUIRE(cards);
    REQUIRE(note);
    CHECK(cards->rowCount() == 0);
    CHECK_FALSE(note->isHidden());
    CHECK(cell(dialog.findChild<QTableWidget*>(QStringLiteral("orderLines")), 0, 2) ==
          QStringLiteral("Value card"));

    // The confirmation the customer got is one click away.
    auto* showConfirmation = dialog.findChild<QPushButton*>(QStringLiteral("showConfirmation"));
    REQUIRE(showConfirmation);
    QString shown;
    whenOpen<OrderConfirmationDialog>([&shown](OrderConfirmationDialog* d) {
        shown = d->browser()->toPlainText();
        d->reject();
    });
    showConfirmation->click();
    CHECK(shown.contains(QStringLiteral("WEB-128")));
    CHECK(shown.contains(QStringLiteral("Gift card")));

    REQUIRE(panelOf(dialog)->captureAll());  // value cards: no confirmation
    REQUIRE(cards->rowCount() == 2);
    CHECK(note->isHidden());
    const auto issued = OrderStore::valueCards(ui.shop.db(), order.id);
    REQUIRE(issued.size() == 2);
    CHECK(cell(cards, 0, 1).remove(u' ') == issued[0].number);
    CHECK(cell(cards, 0, 1).contains(u' '));
    CHECK(cell(cards, 1, 2).contains(QStringLiteral("250,00")));

    // What is on the cards is refunded only once they are voided.
    OrderPaymentPanel* panel = panelOf(dialog);
    CHECK(panel->refundableLabel()->text().contains(QStringLiteral("0,00")));
    auto* voidCards = dialog.findChild<QPushButton*>(QStringLiteral("voidValueCards"));
    REQUIRE(voidCards);
    REQUIRE(voidCards->isEnabled());
    whenOpen<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    voidCards->click();
    CHECK(cell(cards, 0, 2).contains(QStringLiteral("0,00")));
    CHECK_FALSE(voidCards->isEnabled());
    CHECK(panel->refundableLabel()->text().contains(QStringLiteral("500,00")));
    for (const auto& card : OrderStore::valueCards(ui.shop.db(), order.id))
        CHECK(card.balance.isZero());
}

TEST_CASE("online order: an unanswered capture is asked again, taken once", "[ui][orders-ui]") {
    OrderUi ui;
    const Order order =
        ui.fulfilled(ui.import(cardOrderJson("WEB-129", "timeout-129", goodsLine("300.00"))));
    OnlineOrderDialog dialog(ui.context, order.id);
    dialog.show();
    QSignalSpy changed(&dialog, &OnlineOrderDialog::orderChanged);
    OrderPaymentPanel* panel = panelOf(dialog);
    CHECK(panel->pendingLabel()->isHidden());
    CHECK(panel->retryButton()->isHidden());

    CHECK_FALSE(panel->captureAll());
    CHECK(panel->errorLabel()->text().contains(QStringLiteral("did not answer")));
    CHECK_FALSE(panel->pendingLabel()->isHidden());
    CHECK(panel->pendingLabel()->text().contains(QStringLiteral("capture")));
    CHECK(panel->pendingLabel()->text().contains(QStringLiteral("300,00")));
    CHECK_FALSE(panel->retryButton()->isHidden());
    CHECK(changed.count() == 1);  // recorded, so lists refresh too
    CHECK(OrderStore::pending(ui.shop.db(), order.id).has_value());

    panel->retryButton()->click();
    CHECK(panel->errorLabel()->isHidden());
    CHECK(panel->pendingLabel()->isHidden());
    CHECK(panel->stateLabel()->text().contains(QStringLiteral("received")));
    CHECK(OrderStore::require(ui.shop.db(), order.id).paymentState == PaymentState::Received);
    CHECK(TestGateway::doneCaptures(ui.shop.db(), QStringLiteral("timeout-129")) == 1);
    CHECK(OrderStore::operations(ui.shop.db(), order.id).size() == 1);
}

TEST_CASE("online order: invoiced to a debtor once", "[ui][orders-ui]") {
    OrderUi ui;
    const Debtor debtor = addDebtor(ui.session());
    const Order order = ui.import(cardOrderJson("WEB-130", "tx-130", goodsLine("200.00")));
    {
        // While the card reservation is open it is not invoiced.
        OnlineOrderDialog open(ui.context, order.id);
        CHECK_FALSE(open.findChild<QPushButton*>(QStringLiteral("createInvoice"))->isEnabled());
    }
    OrderPayments::capture(ui.session(), order.id, std::nullopt, true);
    {
        OnlineOrderDialog dialog(ui.context, order.id);
        dialog.show();
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("createInvoice"));
        auto* info = dialog.findChild<QLabel*>(QStringLiteral("invoiceInfo"));
        REQUIRE(button);
        REQUIRE(info);
        REQUIRE(button->isEnabled());
        whenOpen<DebtorPickDialog>([](DebtorPickDialog* pick) { pick->pickCurrent(); });
        button->click();
        CHECK(info->text().startsWith(QStringLiteral("Invoice ")));
        CHECK(info->text().endsWith(QStringLiteral(" created")));
        CHECK_FALSE(button->isEnabled());
    }
    const Order core = OrderStore::require(ui.shop.db(), order.id);
    REQUIRE(core.invoiceId != 0);
    OnlineOrderDialog again(ui.context, order.id);
    CHECK(again.findChild<QLabel*>(QStringLiteral("invoiceInfo"))->text() ==
          QStringLiteral("Invoiced: invoice %1").arg(core.invoiceNumber));
    (void)debtor;
}

TEST_CASE("online order: a call never answered is resolved by hand", "[ui][orders-ui]") {
    OrderUi ui;
    const Order order =
        ui.fulfilled(ui.import(cardOrderJson("WEB-131", "timeout-131", goodsLine("90.00"))));
    OnlineOrderDialog dialog(ui.context, order.id);
    dialog.show();
    OrderPaymentPanel* panel = panelOf(dialog);
    CHECK_FALSE(panel->captureAll());
    REQUIRE(panel->resolveButton()->isVisible());
    whenOpen<ResolvePendingDialog>([](ResolvePendingDialog* ask) {
        auto* ok = ask->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled());  // the reason is required
        auto edits = ask->findChildren<QLineEdit*>();
        REQUIRE(edits.size() == 2);
        edits[0]->setText(QStringLiteral("ch-131"));
        edits[1]->setText(QStringLiteral("checked in the portal"));
        ok->click();
    });
    panel->resolveButton()->click();
    CHECK_FALSE(panel->resolveButton()->isVisible());
    const Order now = OrderStore::require(ui.shop.db(), order.id);
    CHECK(now.paymentState == PaymentState::Received);
    CHECK(now.captureRef == QLatin1String("ch-131"));
}
