#include "ui/orders/orderpaymentpanel.h"

#include "core/auth/rights.h"
#include "core/company/companyservice.h"
#include "core/orders/capturepolicy.h"
#include "core/orders/orderpayments.h"
#include "core/orders/orderstore.h"
#include "core/orders/paymentmachine.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/orders/resolvependingdialog.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"
#include "ui/widgets/moneyedit.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace skranke {

namespace {

// What a command may have left behind: a new call, another attempt, an
// answer, a moved payment.
QString fingerprint(Database& db, std::int64_t orderId) {
    QString print = QString::number(OrderStore::require(db, orderId).updatedMs);
    for (const PaymentOperation& op : OrderStore::operations(db, orderId))
        print += QStringLiteral("|%1:%2:%3").arg(op.id).arg(op.attempts).arg(int(op.state));
    return print;
}

}  // namespace

OrderPaymentPanel::OrderPaymentPanel(AppContext& context, QWidget* parent)
    : QGroupBox(tr("Payment"), parent),
      m_context(context),
      m_gateway(new QLabel(this)),
      m_transaction(new QLabel(this)),
      m_state(new QLabel(this)),
      m_reserved(new QLabel(this)),
      m_captured(new QLabel(this)),
      m_refunded(new QLabel(this)),
      m_refundable(new QLabel(this)),
      m_pending(new QLabel(this)),
      m_error(new QLabel(this)),
      m_captureAll(new QPushButton(tr("Capture &all"), this)),
      m_captureAmount(new QPushButton(tr("Capture a&mount…"), this)),
      m_cancel(new QPushButton(tr("Cance&l reservation"), this)),
      m_refund(new QPushButton(tr("&Refund…"), this)),
      m_retry(new QPushButton(tr("Ask the gate&way again"), this)),
      m_resolve(new QPushButton(tr("Resolve by &hand…"), this)),
      m_history(new QListWidget(this)) {
    m_transaction->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* amount : {m_reserved, m_captured, m_refunded, m_refundable})
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_pending->setWordWrap(true);
    m_pending->setStyleSheet(QStringLiteral("color: #8a5a00; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_error->hide();
    m_history->setWordWrap(true);
    m_history->setAlternatingRowColors(true);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* facts = new QFormLayout;
    facts->addRow(tr("Gateway:"), m_gateway);
    facts->addRow(tr("Transaction:"), m_transaction);
    facts->addRow(tr("State:"), m_state);
    facts->addRow(tr("Reserved:"), m_reserved);
    facts->addRow(tr("Captured:"), m_captured);
    facts->addRow(tr("Refunded:"), m_refunded);
    facts->addRow(tr("Refundable:"), m_refundable);
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_captureAll, 0, 0);
    buttons->addWidget(m_captureAmount, 0, 1);
    buttons->addWidget(m_cancel, 1, 0);
    buttons->addWidget(m_refund, 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addWidget(m_pending);
    auto* pendingButtons = new QHBoxLayout;
    pendingButtons->addWidget(m_retry);
    pendingButtons->addWidget(m_resolve);
    layout->addLayout(pendingButtons);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    auto* historyLabel = new QLabel(tr("&History:"), this);
    historyLabel->setBuddy(m_history);
    layout->addWidget(historyLabel);
    layout->addWidget(m_history, 1);

    connect(m_captureAll, &QPushButton::clicked, this, &OrderPaymentPanel::captureAll);
    connect(m_captureAmount, &QPushButton::clicked, this, &OrderPaymentPanel::promptCapture);
    connect(m_cancel, &QPushButton::clicked, this, &OrderPaymentPanel::cancelReservation);
    connect(m_refund, &QPushButton::clicked, this, &OrderPaymentPanel::promptRefund);
    connect(m_retry, &QPushButton::clicked, this, &OrderPaymentPanel::retryPending);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        const auto pending = OrderStore::pending(m_context.db(), m_order.id);
        if (!pending)
            return;
        ResolvePendingDialog ask(
            tr("The call to %1 %2")
                .arg(PaymentMachine::actionLabel(PaymentMachine::actionOfKey(pending->kind)),
                     money(pending->amount)),
            this);
        if (ask.exec() == QDialog::Accepted)
            resolveByHand(ask.done(), ask.reference(), ask.reason());
    });
}

QString OrderPaymentPanel::money(const Money& amount) const {
    return amount.formatWithCurrency(QLocale());
}

void OrderPaymentPanel::load(const Order& order) {
    m_order = order;
    Database& db = m_context.db();
    const bool card = !order.gateway.isEmpty();
    m_gateway->setText(card ? order.gateway : tr("none (not paid by card)"));
    m_transaction->setText(order.transactionId.isEmpty() ? tr("–") : order.transactionId);
    m_state->setText(card ? tr("%1 · paid: %2")
                                .arg(PaymentMachine::label(order.paymentState),
                                     order.paid() ? tr("Yes") : tr("No"))
                          : tr("paid: %1").arg(order.paid() ? tr("Yes") : tr("No")));
    const Money refundable = OrderPayments::refundableNow(db, order);
    // Once captured or cancelled, what was reserved and not taken is released.
    const Money released = order.reserved - order.captured;
    const bool settled =
        order.paymentState != PaymentState::Awaiting && order.paymentState != PaymentState::Failed;
    m_reserved->setText(settled && released.isPositive()
                            ? tr("%1 (%2 released)").arg(money(order.reserved), money(released))
                            : money(order.reserved));
    m_captured->setText(money(order.captured));
    m_refunded->setText(money(order.refunded));
    m_refundable->setText(money(refundable));

    const auto pending = OrderStore::pending(db, order.id);
    m_pending->setVisible(pending.has_value());
    m_retry->setVisible(pending.has_value());
    m_resolve->setVisible(pending.has_value());
    const bool mayResolve = m_context.session().has(rights::OrdersRefund);
    m_resolve->setEnabled(mayResolve);
    m_resolve->setToolTip(mayResolve ? tr("When the gateway never answers: record what its own "
                                          "portal shows.")
                                     : tr("Needs the right to refund online orders "
                                          "(orders.refund); ask a manager."));
    if (pending)
        m_pending->setText(
            tr("A %1 of %2 got no answer from the gateway; it is asked again "
               "before anything else.")
                .arg(PaymentMachine::actionLabel(PaymentMachine::actionOfKey(pending->kind)),
                     money(pending->amount)));

    const Session& session = m_context.session();
    const bool mayCapture = session.has(rights::OrdersCapture);
    const bool awaiting = card && order.paymentState == PaymentState::Awaiting;
    for (QPushButton* b : {m_captureAll, m_captureAmount, m_cancel}) {
        b->setEnabled(awaiting && mayCapture);
        b->setToolTip(!mayCapture ? tr("You lack the right to take or release card payments.")
                      : !card     ? tr("This order was not paid by card.")
                      : !awaiting ? tr("Only a reservation that is still awaiting can be "
                                       "captured or released.")
                                  : QString());
    }
    const bool mayRefund = session.has(rights::OrdersRefund);
    m_refund->setEnabled(mayRefund && refundable.isPositive());
    m_refund->setToolTip(!mayRefund ? tr("Refunding needs the right to refund online orders "
                                         "(orders.refund); ask a manager.")
                         : !refundable.isPositive() ? tr("Nothing captured is left to refund.")
                                                    : QString());
    fillHistory(OrderStore::operations(db, order.id));
}

void OrderPaymentPanel::fillHistory(const std::vector<PaymentOperation>& operations) {
    const QLocale locale;
    const auto company = CompanyService::load(m_context.db());
    QTimeZone zone(company ? company->timeZone.toUtf8() : QByteArray("UTC"));
    if (!zone.isValid())
        zone = QTimeZone::utc();
    m_history->clear();
    // Newest first; one entry of a few lines each, so the narrow panel
    // shows all of it without scrolling sideways.
    for (auto op = operations.rbegin(); op != operations.rend(); ++op) {
        const QString state = op->state == PaymentOperation::State::Done ? tr("done")
                              : op->state == PaymentOperation::State::Declined
                                  ? tr("declined")
                                  : tr("no answer yet");
        QStringList lines{
            tr("%1 · %2").arg(locale.toString(QDateTime::fromMSecsSinceEpoch(op->createdMs, zone),
                                              QLocale::ShortFormat),
                              op->createdBy),
            tr("%1 %2 · %3")
                .arg(PaymentMachine::actionLabel(PaymentMachine::actionOfKey(op->kind)),
                     money(op->amount), state)};
        if (!op->gatewayRef.isEmpty())
            lines << tr("Gateway ref.: %1").arg(op->gatewayRef);
        if (!op->message.isEmpty())
            lines << op->message;
        if (!op->earlyReason.isEmpty())
            lines << tr("Captured early, confirmed by %1: %2").arg(op->createdBy, op->earlyReason);
        auto* item = new QListWidgetItem(lines.join(u'\n'), m_history);
        item->setToolTip(item->text());
    }
}

bool OrderPaymentPanel::perform(const std::function<Order()>& command) {
    Database& db = m_context.db();
    const QString before = fingerprint(db, m_order.id);
    m_error->clear();
    m_error->hide();
    std::optional<Error> failed;
    // The gateway call blocks for at most its timeout; the user sees it waits.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        command();
    } catch (const Error& e) {
        failed = e;
    }
    QGuiApplication::restoreOverrideCursor();
    // A decline or an unanswered call was recorded before it was thrown.
    const Order now = OrderStore::require(db, m_order.id);
    m_recorded = fingerprint(db, m_order.id) != before;
    load(now);
    if (failed) {
        m_error->setText(failed->message());
        m_error->show();
    }
    if (m_recorded)
        Q_EMIT paymentChanged(now.id);
    return !failed;
}

bool OrderPaymentPanel::confirmEarly(bool& confirmed) {
    const QDate today = Dates::localDate(m_context.clock().nowMs(),
                                         CompanyService::require(m_context.db()).timeZone);
    const QString reason = CapturePolicy::earlyReason(m_context.db(), m_order, today);
    confirmed = false;
    if (reason.isEmpty())
        return true;
    QMessageBox box(
        QMessageBox::Question, tr("Capture early"),
        reason + QStringLiteral("\n\n") + tr("Capture anyway? Your name is recorded with it."),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return false;
    confirmed = true;
    return true;
}

bool OrderPaymentPanel::capture(std::optional<Money> amount, bool confirmed) {
    const std::int64_t id = m_order.id;
    return perform([this, id, amount, confirmed] {
        return OrderPayments::capture(m_context.session(), id, amount, confirmed);
    });
}

bool OrderPaymentPanel::captureAll() {
    bool confirmed = false;
    return confirmEarly(confirmed) && capture(std::nullopt, confirmed);
}

bool OrderPaymentPanel::captureAmount(const Money& amount) {
    bool confirmed = false;
    return confirmEarly(confirmed) && capture(amount, confirmed);
}

void OrderPaymentPanel::promptCapture() {
    // Asked before the amount, so the user decides on the timing first.
    bool confirmed = false;
    if (!confirmEarly(confirmed))
        return;
    promptAmount(tr("Capture amount"),
                 tr("Capture at most %1. The rest of the reservation is released: it cannot "
                    "be captured later.")
                     .arg(money(m_order.reserved)),
                 m_order.reserved,
                 [this, confirmed](const Money& amount) { return capture(amount, confirmed); });
}

bool OrderPaymentPanel::cancelReservation() {
    QMessageBox box(QMessageBox::Question, tr("Cancel reservation"),
                    tr("Release the reservation of %1? The customer is not charged.")
                        .arg(money(m_order.reserved)),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return false;
    const std::int64_t id = m_order.id;
    return perform([this, id] { return OrderPayments::cancel(m_context.session(), id); });
}

bool OrderPaymentPanel::refundAmount(const Money& amount) {
    const std::int64_t id = m_order.id;
    return perform(
        [this, id, amount] { return OrderPayments::refund(m_context.session(), id, amount); });
}

void OrderPaymentPanel::promptRefund() {
    const Money max = OrderPayments::refundableNow(m_context.db(), m_order);
    promptAmount(tr("Refund"), tr("Pay back at most %1 to the customer's card.").arg(money(max)),
                 max, [this](const Money& amount) { return refundAmount(amount); });
}

bool OrderPaymentPanel::retryPending() {
    const std::int64_t id = m_order.id;
    return perform([this, id] { return OrderPayments::retryPending(m_context.session(), id); });
}

bool OrderPaymentPanel::resolveByHand(bool done, const QString& reference, const QString& reason) {
    const std::int64_t id = m_order.id;
    return perform([this, id, done, reference, reason] {
        return OrderPayments::resolvePending(m_context.session(), id, done, reference, reason);
    });
}

void OrderPaymentPanel::promptAmount(const QString& title, const QString& text, const Money& max,
                                     const std::function<bool(const Money&)>& run) {
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto* explain = new QLabel(text, &dialog);
    explain->setWordWrap(true);
    auto* amount = new MoneyEdit(max.currency(), QStringLiteral("amount"), &dialog);
    amount->setValue(max);
    amount->selectAll();
    auto* error = new QLabel(&dialog);
    FormErrors errors(error);
    errors.bind(QStringLiteral("amount"), amount);
    auto* form = new QFormLayout;
    form->addRow(tr("&Amount:"), amount);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        errors.clear();
        Money wanted;
        try {
            wanted = amount->value();
        } catch (const Error& e) {
            errors.show(e);
            return;
        }
        if (run(wanted) || m_recorded) {
            dialog.accept();  // done, or the gateway was asked: the panel says how it went
            return;
        }
        errors.show(m_error->text(), QStringLiteral("amount"));
    });
    dialog.exec();
}

}  // namespace skranke
