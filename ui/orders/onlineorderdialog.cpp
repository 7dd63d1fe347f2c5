#include "ui/orders/onlineorderdialog.h"

#include "core/auth/rights.h"
#include "core/orders/orderpayments.h"
#include "core/orders/orderservice.h"
#include "core/orders/orderstore.h"
#include "core/store/error.h"
#include "core/till/valuecards.h"
#include "ui/orders/orderconfirmationdialog.h"
#include "ui/orders/orderdetailsform.h"
#include "ui/orders/orderpaymentpanel.h"
#include "ui/shell/appcontext.h"
#include "ui/till/debtorpickdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace skranke {

namespace {

enum LineColumn { ItemNo, Text, Kind, Quantity, Vat, Amount, LineColumns };

QString kindLabel(OrderLineKind kind) {
    switch (kind) {
        case OrderLineKind::ValueCard:
            return OnlineOrderDialog::tr("Value card");
        case OrderLineKind::Goods:
            return OnlineOrderDialog::tr("Goods");
        case OrderLineKind::Service:
            return OnlineOrderDialog::tr("Service");
    }
    return {};
}

QString percent(const Rate& rate) {
    const QLocale locale;
    QString text = rate.toPercentString();
    text.replace(u'.', locale.decimalPoint());
    return OnlineOrderDialog::tr("%1 %").arg(text);
}

QTableWidget* readOnlyTable(QWidget* parent, const QStringList& headers) {
    auto* table = new QTableWidget(parent);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    return table;
}

QTableWidgetItem* amountItem(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

OnlineOrderDialog::OnlineOrderDialog(AppContext& context, std::int64_t orderId, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_orderId(orderId),
      m_order(OrderStore::require(context.db(), orderId)),
      m_tabs(new QTabWidget(this)),
      m_details(new OrderDetailsForm(context, this)),
      m_payment(new OrderPaymentPanel(context, this)) {
    setWindowTitle(tr("Online order %1").arg(m_order.externalId));
    m_tabs->addTab(m_details, tr("&Order"));
    m_tabs->addTab(buildContentsTab(), tr("Co&ntents"));

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_tabs);
    split->addWidget(m_payment);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* confirmation =
        buttons->addButton(tr("Order con&firmation…"), QDialogButtonBox::ActionRole);
    confirmation->setObjectName(QStringLiteral("showConfirmation"));
    connect(confirmation, &QPushButton::clicked, this,
            [this] { OrderConfirmationDialog(m_context, m_orderId, this).exec(); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_details, &OrderDetailsForm::saved, this, &OnlineOrderDialog::detailsSaved);
    connect(m_details, &OrderDetailsForm::openCustomerRequested, this,
            &OnlineOrderDialog::openCustomerRequested);
    connect(m_details, &OrderDetailsForm::openBookingRequested, this,
            &OnlineOrderDialog::openBookingRequested);
    connect(m_payment, &OrderPaymentPanel::paymentChanged, this, &OnlineOrderDialog::paymentMoved);

    m_details->load(m_order);
    m_payment->load(m_order);
    showContents();
    resize(1220, 760);
}

QWidget* OnlineOrderDialog::buildContentsTab() {
    auto* page = new QWidget(this);
    m_lines = readOnlyTable(page, {tr("Item no."), tr("Text"), tr("Kind"), tr("Quantity"),
                                   tr("VAT rate"), tr("Amount")});
    m_lines->setObjectName(QStringLiteral("orderLines"));
    m_lines->horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Stretch);
    m_total = new QLabel(page);
    m_total->setObjectName(QStringLiteral("orderTotal"));
    m_total->setAlignment(Qt::AlignRight);
    m_cards = readOnlyTable(page, {tr("Line"), tr("Value card"), tr("Balance now")});
    m_cards->setObjectName(QStringLiteral("valueCards"));
    m_cards->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_cards->setMaximumHeight(140);
    m_cardsNote = new QLabel(tr("Value cards are issued when the payment is captured."), page);
    m_cardsNote->setObjectName(QStringLiteral("valueCardsNote"));
    m_voidCards = new QPushButton(tr("Void value cards…"), page);
    m_voidCards->setObjectName(QStringLiteral("voidValueCards"));
    m_invoice = new QPushButton(tr("Create in&voice…"), page);
    m_invoice->setObjectName(QStringLiteral("createInvoice"));
    m_invoiceInfo = new QLabel(page);
    m_invoiceInfo->setObjectName(QStringLiteral("invoiceInfo"));
    m_invoiceInfo->setWordWrap(true);
    m_invoiceInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* invoiceRow = new QHBoxLayout;
    invoiceRow->addWidget(m_invoice);
    invoiceRow->addWidget(m_invoiceInfo, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_total);
    m_cardsHeading = new QLabel(tr("Value cards issued:"), page);
    layout->addWidget(m_cardsHeading);
    layout->addWidget(m_cards);
    layout->addWidget(m_cardsNote);
    layout->addWidget(m_voidCards, 0, Qt::AlignLeft);
    layout->addLayout(invoiceRow);
    connect(m_invoice, &QPushButton::clicked, this, &OnlineOrderDialog::createInvoice);
    connect(m_voidCards, &QPushButton::clicked, this, &OnlineOrderDialog::voidValueCards);
    return page;
}

void OnlineOrderDialog::showContents() {
    const QLocale locale;
    m_lines->setRowCount(int(m_order.lines.size()));
    for (int r = 0; r < int(m_order.lines.size()); ++r) {
        const OrderLine& line = m_order.lines[std::size_t(r)];
        m_lines->setItem(r, ItemNo, new QTableWidgetItem(line.itemNumber));
        m_lines->setItem(r, Text, new QTableWidgetItem(line.text));
        m_lines->setItem(r, Kind, new QTableWidgetItem(kindLabel(line.kind)));
        m_lines->setItem(r, Quantity, amountItem(locale.toString(line.quantity)));
        m_lines->setItem(r, Vat, amountItem(percent(line.vatRate)));
        m_lines->setItem(r, Amount, amountItem(line.amount.format(locale, true)));
    }
    m_lines->resizeColumnsToContents();
    m_total->setText(tr("Total: %1").arg(m_order.total().formatWithCurrency(locale)));

    const std::vector<IssuedValueCard> cards = OrderStore::valueCards(m_context.db(), m_orderId);
    m_cards->setRowCount(int(cards.size()));
    for (int r = 0; r < int(cards.size()); ++r) {
        const IssuedValueCard& card = cards[std::size_t(r)];
        m_cards->setItem(r, 0, new QTableWidgetItem(QString::number(card.lineNo)));
        m_cards->setItem(r, 1, new QTableWidgetItem(ValueCards::grouped(card.number)));
        m_cards->setItem(r, 2, amountItem(card.balance.formatWithCurrency(locale)));
    }
    m_cards->resizeColumnsToContents();
    // An order without value-card lines has nothing to say about cards.
    const bool sellsCards =
        std::any_of(m_order.lines.begin(), m_order.lines.end(),
                    [](const OrderLine& line) { return line.kind == OrderLineKind::ValueCard; });
    m_cardsHeading->setVisible(sellsCards);
    m_cards->setVisible(sellsCards && !cards.empty());
    m_cardsNote->setVisible(sellsCards && cards.empty());
    const bool money = std::any_of(cards.begin(), cards.end(),
                                   [](const IssuedValueCard& c) { return c.balance.isPositive(); });
    const bool mayVoid = m_context.session().has(rights::OrdersRefund);
    m_voidCards->setVisible(!cards.empty());
    m_voidCards->setEnabled(money && mayVoid);
    m_voidCards->setToolTip(!mayVoid ? tr("Voiding value cards needs the right to refund online "
                                          "orders (orders.refund).")
                            : money  ? tr("Takes what is left on the cards off them, so that it "
                                           "can be refunded to the customer's card.")
                                     : tr("Nothing is left on the cards."));
    showInvoice();
}

void OnlineOrderDialog::showInvoice() {
    m_invoiceInfo->setStyleSheet(QString());
    if (m_order.invoiceId != 0) {
        m_invoice->setEnabled(false);
        m_invoice->setToolTip(QString());
        m_invoiceInfo->setText(tr("Invoiced: invoice %1").arg(m_order.invoiceNumber));
        return;
    }
    // An open reservation could be charged beside the invoice (core refuses it).
    if (!m_order.gateway.isEmpty() && m_order.paymentState == PaymentState::Awaiting) {
        m_invoice->setEnabled(false);
        m_invoice->setToolTip(
            tr("Capture the card payment or cancel the reservation first, so "
               "the customer is not charged twice."));
        m_invoiceInfo->clear();
        return;
    }
    const bool may = m_context.session().has(rights::InvoicingInvoice);
    m_invoice->setEnabled(may);
    m_invoice->setToolTip(may ? tr("Invoice the order's lines to a debtor; what the card already "
                                   "paid is registered as the debtor's payment.")
                              : tr("You lack the right to create invoices."));
    m_invoiceInfo->clear();
}

void OnlineOrderDialog::createInvoice() {
    DebtorPickDialog pick(m_context, tr("Invoice order %1 to").arg(m_order.externalId), this);
    if (pick.exec() != QDialog::Accepted || !pick.picked())
        return;
    try {
        const Invoice invoice =
            OrderService::createInvoice(m_context.session(), m_orderId, pick.picked()->id);
        m_order = OrderStore::require(m_context.db(), m_orderId);
        m_details->paymentChanged(m_order);
        showInvoice();
        m_invoiceInfo->setText(tr("Invoice %1 created").arg(invoice.number));
        Q_EMIT orderChanged(m_orderId);
    } catch (const Error& e) {
        m_invoiceInfo->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
        m_invoiceInfo->setText(e.message());
    }
}

void OnlineOrderDialog::voidValueCards() {
    const auto answer = QMessageBox::question(
        this, tr("Void value cards"),
        tr("Take what is left on the value cards of order %1 off them? The cards can no longer "
           "be used, and the amount can then be refunded.")
            .arg(m_order.externalId),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    try {
        OrderPayments::voidValueCards(m_context.session(), m_orderId);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Void value cards"), e.message());
        return;
    }
    paymentMoved();
    m_payment->load(m_order);
}

void OnlineOrderDialog::detailsSaved(const Order& order) {
    m_order = order;
    m_payment->load(m_order);  // fulfilled and paid flags matter to the panel
    showContents();
    Q_EMIT orderChanged(m_orderId);
}

void OnlineOrderDialog::paymentMoved() {
    m_order = OrderStore::require(m_context.db(), m_orderId);
    m_details->paymentChanged(m_order);
    showContents();
    Q_EMIT orderChanged(m_orderId);
}

}  // namespace skranke
