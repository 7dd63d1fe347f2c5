#pragma once

#include "core/invoicing/invoice.h"
#include "core/orders/order.h"

#include <QCoreApplication>
#include <vector>

namespace skranke {

class Session;

// Commands on imported orders other than their card payment (OrderPayments):
// details, statuses, a paid flag for money that came another way, and an
// invoice on a debtor. Each is one transaction, validated and journaled.
class OrderService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::OrderService)
public:
    static const QStringList& paymentTypes();  // card, mobilepay, …
    static QString paymentTypeLabel(const QString& type);

    // Saves what staff may change: order date, status, payment type, paid
    // flag, fulfilled flag, customer name and email, billing and delivery,
    // internal comment. Everything else in `edited` is ignored. The paid
    // flag is for money that did not come through a gateway; on an order
    // with a card reservation it is refused (capture takes that money).
    static Order edit(const Session& session, const Order& edited);
    // Moves each order to the status in one transaction. Moving an order to
    // Effected never captures its payment.
    static void setStatus(const Session& session, const std::vector<std::int64_t>& orderIds,
                          std::int64_t statusId);
    static OrderStatus addStatus(const Session& session, const QString& name);

    // Posts an invoice of the order's lines on the debtor. What the order
    // already paid (by card: captured less refunded; marked paid by hand: all
    // of it) is registered as the debtor's payment at once. Refused while a
    // card reservation is open, which could be charged beside the invoice.
    static Invoice createInvoice(const Session& session, std::int64_t orderId,
                                 std::int64_t debtorId);

private:
    static void validate(const Order& current, const Order& edited);
};

}  // namespace skranke
