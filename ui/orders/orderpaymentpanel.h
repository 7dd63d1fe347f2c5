#pragma once

#include "core/orders/order.h"

#include <QGroupBox>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QListWidget;

namespace skranke {

class AppContext;

// An online order's card payment: where it stands at the gateway, the
// buttons that move it (each one OrderPayments command) and the history of
// calls. A call the gateway left unanswered is shown with a button that
// asks again; OrderPayments does that before anything else anyway.
class OrderPaymentPanel final : public QGroupBox {
    Q_OBJECT
public:
    explicit OrderPaymentPanel(AppContext& context, QWidget* parent = nullptr);

    void load(const Order& order);
    const Order& order() const { return m_order; }

    // The buttons. The ones with an amount prompt for it and then call
    // captureAmount / refundAmount, which tests call directly. Each returns
    // whether the gateway did it; otherwise errorLabel() says why.
    bool captureAll();
    void promptCapture();
    bool captureAmount(const Money& amount);
    bool cancelReservation();
    void promptRefund();
    bool refundAmount(const Money& amount);
    bool retryPending();
    // Records what the gateway did with a call it never answered.
    bool resolveByHand(bool done, const QString& reference, const QString& reason);

    QLabel* stateLabel() const { return m_state; }
    QLabel* reservedLabel() const { return m_reserved; }
    QLabel* capturedLabel() const { return m_captured; }
    QLabel* refundedLabel() const { return m_refunded; }
    QLabel* refundableLabel() const { return m_refundable; }
    QLabel* pendingLabel() const { return m_pending; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* captureAllButton() const { return m_captureAll; }
    QPushButton* captureAmountButton() const { return m_captureAmount; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* refundButton() const { return m_refund; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* resolveButton() const { return m_resolve; }
    // Newest first.
    QListWidget* historyList() const { return m_history; }

Q_SIGNALS:
    // A command ran and may have moved the payment (also when it failed
    // after the gateway was asked): the order is reloaded.
    void paymentChanged(qint64 orderId);

private:
    // Asks to confirm a capture the card rules call early; false: the user
    // said no. `confirmed` tells OrderPayments the user agreed.
    bool confirmEarly(bool& confirmed);
    bool capture(std::optional<Money> amount, bool confirmed);
    // Runs one command, reloads and reports. `recorded` is set when the
    // order or its gateway calls changed, even if the command then failed.
    bool perform(const std::function<Order()>& command);
    // A small dialog with a MoneyEdit; the prompt stays open with the
    // message when the amount was refused before anything was sent.
    void promptAmount(const QString& title, const QString& text, const Money& max,
                      const std::function<bool(const Money&)>& run);
    void fillHistory(const std::vector<PaymentOperation>& operations);
    QString money(const Money& amount) const;

    AppContext& m_context;
    Order m_order;
    bool m_recorded = false;
    QLabel* m_gateway;
    QLabel* m_transaction;
    QLabel* m_state;
    QLabel* m_reserved;
    QLabel* m_captured;
    QLabel* m_refunded;
    QLabel* m_refundable;
    QLabel* m_pending;
    QLabel* m_error;
    QPushButton* m_captureAll;
    QPushButton* m_captureAmount;
    QPushButton* m_cancel;
    QPushButton* m_refund;
    QPushButton* m_retry;
    QPushButton* m_resolve;
    QListWidget* m_history;
};

}  // namespace skranke
