#include "app/skranke-cli/ordersjson.h"

#include "core/orders/orderpayments.h"
#include "core/orders/orderservice.h"
#include "core/orders/orderstore.h"
#include "core/orders/paymentmachine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace skranke::cli {

namespace {

QJsonValue idOrNull(std::int64_t id) {
    return id > 0 ? QJsonValue(qint64(id)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(std::int64_t ms, const QString& timeZone) {
    return ms > 0 ? QJsonValue(orderTime(ms, timeZone)) : QJsonValue(QJsonValue::Null);
}

QString shortTime(std::int64_t ms, const QString& timeZone) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(timeZone.toUtf8()))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString money(const Money& amount) {
    return amount.toDecimalString() + QLatin1Char(' ') + amount.currency().code();
}

QString operationState(PaymentOperation::State state) {
    switch (state) {
        case PaymentOperation::State::Pending:
            return QStringLiteral("pending");
        case PaymentOperation::State::Done:
            return QStringLiteral("done");
        case PaymentOperation::State::Declined:
            return QStringLiteral("declined");
    }
    return {};
}

QJsonObject addressJson(const OrderAddress& a) {
    return {{QStringLiteral("name"), a.name},         {QStringLiteral("street"), a.street},
            {QStringLiteral("postcode"), a.postcode}, {QStringLiteral("city"), a.city},
            {QStringLiteral("country"), a.country},   {QStringLiteral("phone"), a.phone},
            {QStringLiteral("email"), a.email}};
}

QString addressText(const OrderAddress& a) {
    const QString town = QStringList{a.postcode, a.city}.join(QLatin1Char(' ')).trimmed();
    QStringList parts;
    for (const QString& part : {a.name, a.street, town, a.country, a.phone, a.email})
        if (!part.isEmpty())
            parts << part;
    return parts.isEmpty() ? OrdersText::tr("(none)") : parts.join(QStringLiteral(", "));
}

QJsonObject lineJson(const OrderLine& l) {
    return {{QStringLiteral("line"), l.lineNo},
            {QStringLiteral("item_number"), l.itemNumber},
            {QStringLiteral("text"), l.text},
            {QStringLiteral("quantity"), l.quantity},
            {QStringLiteral("amount"), l.amount.toDecimalString()},
            {QStringLiteral("vat_rate"), l.vatRate.toPercentString()},
            {QStringLiteral("kind"), OrderStore::kindKey(l.kind)},
            {QStringLiteral("booking_id"), idOrNull(l.bookingId)}};
}

QJsonObject operationJson(const PaymentOperation& op, const QString& timeZone) {
    return {{QStringLiteral("id"), qint64(op.id)},
            {QStringLiteral("kind"), op.kind},
            {QStringLiteral("amount"), op.amount.toDecimalString()},
            {QStringLiteral("state"), operationState(op.state)},
            {QStringLiteral("pending"), op.state == PaymentOperation::State::Pending},
            {QStringLiteral("attempts"), op.attempts},
            {QStringLiteral("gateway_ref"), textOrNull(op.gatewayRef)},
            {QStringLiteral("message"), textOrNull(op.message)},
            {QStringLiteral("early_reason"), textOrNull(op.earlyReason)},
            {QStringLiteral("idempotency_key"), op.idempotencyKey},
            {QStringLiteral("created_at"), timeOrNull(op.createdMs, timeZone)},
            {QStringLiteral("created_by"), op.createdBy},
            {QStringLiteral("finished_at"), timeOrNull(op.finishedMs, timeZone)}};
}

QString operationText(const PaymentOperation& op, const QString& timeZone) {
    QString text = OrdersText::tr("  #%1 %2 %3  %4, %n attempt(s), %5", nullptr, op.attempts)
                       .arg(QString::number(op.id), op.kind, op.amount.toDecimalString(),
                            op.state == PaymentOperation::State::Pending ? OrdersText::tr("PENDING")
                                                                         : operationState(op.state),
                            shortTime(op.createdMs, timeZone));
    if (!op.gatewayRef.isEmpty())
        text += QStringLiteral("  ") + op.gatewayRef;
    if (!op.message.isEmpty())
        text += QStringLiteral("  (") + op.message + QLatin1Char(')');
    if (!op.earlyReason.isEmpty())
        text +=
            QStringLiteral("\n      ") + OrdersText::tr("Captured early, confirmed by user %1: %2")
                                             .arg(op.createdBy, op.earlyReason);
    return text;
}

// The list's columns, padded (never cut); the amount is right-aligned.
QString columns(const QStringList& fields) {
    static const int widths[] = {12, 16, 24, 13, 16, 16, -14, 0};
    QStringList padded;
    for (int i = 0; i < fields.size(); ++i) {
        const int w = widths[i];
        padded << (w < 0 ? fields[i].rightJustified(-w) : fields[i].leftJustified(w));
    }
    return padded.join(QLatin1Char(' '));
}

}  // namespace

QString orderTime(std::int64_t ms, const QString& timeZone) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(timeZone.toUtf8())).toString(Qt::ISODate);
}

QJsonObject statusJson(const OrderStatus& status) {
    return {{QStringLiteral("id"), qint64(status.id)},
            {QStringLiteral("name"), status.name},
            {QStringLiteral("label"), OrderStore::statusLabel(status)},
            {QStringLiteral("built_in"), textOrNull(status.builtIn)},
            {QStringLiteral("sort"), status.sort}};
}

QJsonObject rowJson(const OrderList::Row& row, const QString& timeZone) {
    QJsonObject o{{QStringLiteral("id"), qint64(row.id)},
                  {QStringLiteral("external_id"), row.externalId},
                  {QStringLiteral("ordered_at"), orderTime(row.orderMs, timeZone)},
                  {QStringLiteral("customer"), row.customerName},
                  {QStringLiteral("payment_type"), row.paymentType},
                  {QStringLiteral("payment_state"), PaymentMachine::key(row.paymentState)},
                  {QStringLiteral("paid"), row.paid},
                  {QStringLiteral("paid_text"), OrderList::paidText(row)},
                  {QStringLiteral("pending"), row.pending},
                  {QStringLiteral("items"), row.itemNumbers},
                  {QStringLiteral("amount"), row.amount.toDecimalString()},
                  {QStringLiteral("captured"), row.captured.toDecimalString()},
                  {QStringLiteral("refunded"), row.refunded.toDecimalString()},
                  {QStringLiteral("currency"), row.amount.currency().code()},
                  {QStringLiteral("status"), row.status.name},
                  {QStringLiteral("status_label"), OrderStore::statusLabel(row.status)}};
    if (row.customerId > 0)
        o.insert(QStringLiteral("customer_id"), qint64(row.customerId));
    if (row.bookingId > 0)
        o.insert(QStringLiteral("booking_id"), qint64(row.bookingId));
    return o;
}

QString rowHeader() {
    return columns({OrdersText::tr("ID"), OrdersText::tr("Date"), OrdersText::tr("Customer"),
                    OrdersText::tr("Payment"), OrdersText::tr("Paid"), OrdersText::tr("Items"),
                    OrdersText::tr("Amount"), OrdersText::tr("Status")});
}

QString rowText(const OrderList::Row& row, const QString& timeZone) {
    QString text =
        columns({row.externalId, shortTime(row.orderMs, timeZone), row.customerName.simplified(),
                 OrderService::paymentTypeLabel(row.paymentType), OrderList::paidText(row),
                 row.itemNumbers, money(row.amount), OrderStore::statusLabel(row.status)});
    if (row.pending)
        text += QStringLiteral("  ") + OrdersText::tr("[gateway call pending]");
    return text;
}

QJsonObject paymentJson(Database& db, const Order& order) {
    return {
        {QStringLiteral("type"), order.paymentType},
        {QStringLiteral("gateway"), textOrNull(order.gateway)},
        {QStringLiteral("transaction_id"), textOrNull(order.transactionId)},
        {QStringLiteral("state"), PaymentMachine::key(order.paymentState)},
        {QStringLiteral("reserved"), order.reserved.toDecimalString()},
        {QStringLiteral("captured"), order.captured.toDecimalString()},
        {QStringLiteral("refunded"), order.refunded.toDecimalString()},
        {QStringLiteral("refundable"), OrderPayments::refundableNow(db, order).toDecimalString()},
        {QStringLiteral("currency"), order.currency.code()},
        {QStringLiteral("capture_ref"), textOrNull(order.captureRef)},
        {QStringLiteral("paid"), order.paid()},
        {QStringLiteral("paid_by_hand"), order.paidByHand},
        {QStringLiteral("pending"), OrderStore::pending(db, order.id).has_value()}};
}

QString paymentText(Database& db, const Order& order) {
    return OrdersText::tr(
               "Order %1: payment %2; reserved %3, captured %4, refunded %5, "
               "refundable %6.")
        .arg(order.externalId, PaymentMachine::label(order.paymentState), money(order.reserved),
             money(order.captured), money(order.refunded),
             money(OrderPayments::refundableNow(db, order)));
}

QJsonObject orderJson(Database& db, const Order& order, const QString& timeZone) {
    QJsonArray lines;
    for (const OrderLine& l : order.lines)
        lines.append(lineJson(l));
    QJsonArray cards;
    for (const IssuedValueCard& c : OrderStore::valueCards(db, order.id))
        cards.append(QJsonObject{{QStringLiteral("line"), c.lineNo},
                                 {QStringLiteral("number"), c.number},
                                 {QStringLiteral("balance"), c.balance.toDecimalString()}});
    QJsonArray operations;
    for (const PaymentOperation& op : OrderStore::operations(db, order.id))
        operations.append(operationJson(op, timeZone));
    return {{QStringLiteral("id"), qint64(order.id)},
            {QStringLiteral("external_id"), order.externalId},
            {QStringLiteral("ordered_at"), orderTime(order.orderMs, timeZone)},
            {QStringLiteral("currency"), order.currency.code()},
            {QStringLiteral("customer_id"), idOrNull(order.customerId)},
            {QStringLiteral("customer"), order.customerName},
            {QStringLiteral("customer_email"), order.customerEmail},
            {QStringLiteral("booking_id"), idOrNull(order.bookingId)},
            {QStringLiteral("status"), statusJson(order.status)},
            {QStringLiteral("fulfilled"), order.fulfilled},
            {QStringLiteral("billing"), addressJson(order.billing)},
            {QStringLiteral("delivery"), addressJson(order.delivery)},
            {QStringLiteral("customer_comment"), order.customerComment},
            {QStringLiteral("internal_comment"), order.internalComment},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("total"), order.total().toDecimalString()},
            {QStringLiteral("payment"), paymentJson(db, order)},
            {QStringLiteral("value_cards"), cards},
            {QStringLiteral("operations"), operations},
            {QStringLiteral("invoice_number"), idOrNull(order.invoiceNumber)},
            {QStringLiteral("imported_at"), timeOrNull(order.importedMs, timeZone)},
            {QStringLiteral("updated_at"), timeOrNull(order.updatedMs, timeZone)}};
}

QString orderText(Database& db, const Order& order, const QString& timeZone) {
    QStringList out;
    out << OrdersText::tr("Order %1 (internal %2) of %3, %4")
               .arg(order.externalId, QString::number(order.id), shortTime(order.orderMs, timeZone),
                    OrderStore::statusLabel(order.status));
    QString customer = order.customerName;
    if (!order.customerEmail.isEmpty())
        customer += QStringLiteral(" <") + order.customerEmail + QLatin1Char('>');
    if (order.customerId > 0)
        customer += QLatin1Char(' ') + OrdersText::tr("(customer %1)").arg(order.customerId);
    out << OrdersText::tr("Customer: %1").arg(customer);
    if (order.bookingId > 0)
        out << OrdersText::tr("Booking: %1").arg(order.bookingId);
    out << OrdersText::tr("Billing: %1").arg(addressText(order.billing));
    out << OrdersText::tr("Delivery: %1").arg(addressText(order.delivery));
    if (!order.customerComment.isEmpty())
        out << OrdersText::tr("Customer's comment: %1").arg(order.customerComment);
    if (!order.internalComment.isEmpty())
        out << OrdersText::tr("Internal comment: %1").arg(order.internalComment);
    out << (order.fulfilled ? OrdersText::tr("Ready to ship or delivered: yes")
                            : OrdersText::tr("Ready to ship or delivered: no"));
    out << OrdersText::tr("Lines:");
    for (const OrderLine& l : order.lines)
        out << OrdersText::tr("  %1  %2  %3  ×%4  %5  VAT %6 %  %7")
                   .arg(QString::number(l.lineNo), l.itemNumber, l.text,
                        QString::number(l.quantity), l.amount.toDecimalString(),
                        l.vatRate.toPercentString(), OrderStore::kindKey(l.kind));
    out << OrdersText::tr("Total: %1").arg(money(order.total()));
    out << OrdersText::tr("Payment: %1%2%3")
               .arg(OrderService::paymentTypeLabel(order.paymentType),
                    order.gateway.isEmpty() ? QString()
                                            : OrdersText::tr(" via %1").arg(order.gateway),
                    order.transactionId.isEmpty()
                        ? QString()
                        : OrdersText::tr(", transaction %1").arg(order.transactionId));
    out << QStringLiteral("  ") + paymentText(db, order);
    if (!order.captureRef.isEmpty())
        out << OrdersText::tr("  Capture reference: %1").arg(order.captureRef);
    if (order.paidByHand)
        out << OrdersText::tr("  Marked paid by hand.");
    const auto cards = OrderStore::valueCards(db, order.id);
    if (!cards.empty()) {
        out << OrdersText::tr("Value cards issued:");
        for (const IssuedValueCard& c : cards)
            out << OrdersText::tr("  line %1: %2, balance %3")
                       .arg(QString::number(c.lineNo), c.number, money(c.balance));
    }
    const auto operations = OrderStore::operations(db, order.id);
    out << (operations.empty() ? OrdersText::tr("No gateway operations.")
                               : OrdersText::tr("Gateway operations:"));
    for (const PaymentOperation& op : operations)
        out << operationText(op, timeZone);
    if (order.invoiceNumber > 0)
        out << OrdersText::tr("Invoice: %1").arg(order.invoiceNumber);
    return out.join(QLatin1Char('\n'));
}

QJsonObject reportJson(const OrderImport::Report& r) {
    return {
        {QStringLiteral("imported"), QJsonArray::fromStringList(r.imported)},
        {QStringLiteral("unchanged"), QJsonArray::fromStringList(r.unchanged)},
        {QStringLiteral("auto_captured"), QJsonArray::fromStringList(r.autoCaptured)},
        {QStringLiteral("auto_capture_failed"), QJsonArray::fromStringList(r.autoCaptureFailed)}};
}

QStringList reportText(const OrderImport::Report& r) {
    QStringList lines;
    lines << OrdersText::tr("Imported %n order(s)", nullptr, int(r.imported.size())) +
                 (r.imported.isEmpty()
                      ? QStringLiteral(".")
                      : QStringLiteral(": ") + r.imported.join(QStringLiteral(", ")));
    if (!r.unchanged.isEmpty())
        lines << OrdersText::tr("Already imported, left unchanged: %1")
                     .arg(r.unchanged.join(QStringLiteral(", ")));
    if (!r.autoCaptured.isEmpty())
        lines << OrdersText::tr("Captured on import (value cards): %1")
                     .arg(r.autoCaptured.join(QStringLiteral(", ")));
    for (const QString& failed : r.autoCaptureFailed)
        lines << OrdersText::tr("Not captured on import, capture by hand: %1").arg(failed);
    return lines;
}

}  // namespace skranke::cli
