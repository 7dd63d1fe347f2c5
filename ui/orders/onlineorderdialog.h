#pragma once

#include "core/orders/order.h"

#include <QDialog>
#include <cstdint>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace skranke {

class AppContext;
class OrderDetailsForm;
class OrderPaymentPanel;

// The online order editor: details, contents, value cards, and the payment
// panel (capture, capture a reduced amount, cancel, refund). Each button is
// one core command; what it did is shown at once.
class OnlineOrderDialog final : public QDialog {
    Q_OBJECT
public:
    OnlineOrderDialog(AppContext& context, std::int64_t orderId, QWidget* parent = nullptr);

Q_SIGNALS:
    // Something was saved or the payment moved: lists showing it refresh.
    void orderChanged(qint64 orderId);
    // The user followed a link to the registered customer or booking.
    void openCustomerRequested(qint64 customerId);
    void openBookingRequested(qint64 bookingId);

private:
    QWidget* buildContentsTab();
    void showContents();
    void showInvoice();
    void createInvoice();
    void voidValueCards();
    void detailsSaved(const Order& order);
    void paymentMoved();

    AppContext& m_context;
    std::int64_t m_orderId;
    Order m_order;
    QTabWidget* m_tabs = nullptr;
    OrderDetailsForm* m_details = nullptr;
    OrderPaymentPanel* m_payment = nullptr;
    // Contents
    QTableWidget* m_lines = nullptr;
    QLabel* m_total = nullptr;
    QTableWidget* m_cards = nullptr;
    QLabel* m_cardsHeading = nullptr;
    QLabel* m_cardsNote = nullptr;
    QPushButton* m_voidCards = nullptr;
    QPushButton* m_invoice = nullptr;
    QLabel* m_invoiceInfo = nullptr;
};

}  // namespace skranke
