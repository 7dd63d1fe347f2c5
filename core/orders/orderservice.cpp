#include "core/orders/orderservice.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/invoicing/invoiceservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/orders/orderstore.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"
#include "core/time/dates.h"

#include <QJsonArray>
#include <QJsonObject>

namespace skranke {

namespace {

QJsonObject changes(const Order& a, const Order& b) {
    QJsonObject c;
    const auto note = [&c](const char* key, const QString& before, const QString& after) {
        if (before != after)
            c.insert(QLatin1String(key), QJsonArray{before, after});
    };
    note("order_ms", QString::number(a.orderMs), QString::number(b.orderMs));
    note("status", a.status.name, b.status.name);
    note("payment_type", a.paymentType, b.paymentType);
    const auto flag = [](bool on) { return on ? QStringLiteral("1") : QStringLiteral("0"); };
    note("paid_by_hand", flag(a.paidByHand), flag(b.paidByHand));
    note("fulfilled", flag(a.fulfilled), flag(b.fulfilled));
    note("customer_name", a.customerName, b.customerName);
    note("customer_email", a.customerEmail, b.customerEmail);
    note("billing", OrderStore::addressJson(a.billing), OrderStore::addressJson(b.billing));
    note("delivery", OrderStore::addressJson(a.delivery), OrderStore::addressJson(b.delivery));
    note("internal_comment", a.internalComment, b.internalComment);
    return c;
}

InvoiceLineInput invoiceLine(const OrderLine& line) {
    InvoiceLineInput in;
    in.vatRate = line.vatRate;
    const QString text = line.itemNumber.isEmpty()
                             ? line.text
                             : QStringLiteral("%1 %2").arg(line.itemNumber, line.text);
    if (line.amount.minor() % line.quantity == 0) {
        in.text = text;
        in.quantityMilli = std::int64_t{line.quantity} * 1000;
        in.unitPrice = Money(line.amount.minor() / line.quantity, line.amount.currency());
    } else {
        // The unit price has no exact form: bill the line as one amount.
        in.text = QStringLiteral("%1 × %2").arg(line.quantity).arg(text);
        in.unitPrice = line.amount;
    }
    return in;
}

}  // namespace

const QStringList& OrderService::paymentTypes() {
    static const QStringList types{QStringLiteral("card"),          QStringLiteral("mobilepay"),
                                   QStringLiteral("vipps"),         QStringLiteral("swish"),
                                   QStringLiteral("bank_transfer"), QStringLiteral("invoice")};
    return types;
}

QString OrderService::paymentTypeLabel(const QString& type) {
    if (type == QLatin1String("card"))
        return tr("Card");
    if (type == QLatin1String("mobilepay"))
        return tr("MobilePay");
    if (type == QLatin1String("vipps"))
        return tr("Vipps");
    if (type == QLatin1String("swish"))
        return tr("Swish");
    if (type == QLatin1String("bank_transfer"))
        return tr("Bank transfer");
    if (type == QLatin1String("invoice"))
        return tr("Invoice");
    return type;
}

void OrderService::validate(const Order& current, const Order& edited) {
    if (!paymentTypes().contains(edited.paymentType))
        throw Error::invalid(
            QStringLiteral("payment_type"),
            tr("Unknown payment type \"%1\". Use one of: %2.")
                .arg(edited.paymentType, paymentTypes().join(QStringLiteral(", "))));
    if (edited.customerName.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("customer_name"), tr("Enter the customer's name."));
    if (edited.orderMs <= 0)
        throw Error::invalid(QStringLiteral("order_date"), tr("Enter the order date."));
    for (const QString& email : {edited.customerEmail, edited.billing.email, edited.delivery.email})
        if (!email.isEmpty() && !email.contains(u'@'))
            throw Error::invalid(QStringLiteral("email"),
                                 tr("\"%1\" is not an email address.").arg(email));
    if (edited.paidByHand != current.paidByHand && !current.gateway.isEmpty() &&
        current.paymentState != PaymentState::Failed)
        throw Error::invalid(QStringLiteral("paid"),
                             tr("Order %1 holds a card reservation: it is paid when the payment "
                                "is captured, not by setting the paid flag.")
                                 .arg(current.externalId));
}

Order OrderService::edit(const Session& session, const Order& edited) {
    session.require(rights::OrdersCapture);
    Database& db = session.db();
    Transaction tx(db);
    const Order current = OrderStore::require(db, edited.id);
    validate(current, edited);
    Order next = current;
    next.orderMs = edited.orderMs;
    next.status = OrderStore::status(db, edited.status.id);
    next.paymentType = edited.paymentType;
    next.paidByHand = edited.paidByHand;
    next.fulfilled = edited.fulfilled;
    next.customerName = edited.customerName.trimmed();
    next.customerEmail = edited.customerEmail.trimmed();
    next.billing = edited.billing;
    next.delivery = edited.delivery;
    next.internalComment = edited.internalComment;
    const QJsonObject changed = changes(current, next);
    if (changed.isEmpty())
        return current;
    OrderStore::saveDetails(db, next, session.clock().nowMs());
    session.journal(QStringLiteral("order"), current.uid, QStringLiteral("edit"), changed);
    tx.commit();
    return OrderStore::require(db, edited.id);
}

void OrderService::setStatus(const Session& session, const std::vector<std::int64_t>& orderIds,
                             std::int64_t statusId) {
    session.require(rights::OrdersCapture);
    Database& db = session.db();
    Transaction tx(db);
    const OrderStatus status = OrderStore::status(db, statusId);
    for (std::int64_t id : orderIds) {
        Order order = OrderStore::require(db, id);
        if (order.status.id == status.id)
            continue;
        const QString before = order.status.name;
        order.status = status;
        OrderStore::saveDetails(db, order, session.clock().nowMs());
        session.journal(QStringLiteral("order"), order.uid, QStringLiteral("status"),
                        {{QStringLiteral("status"), QJsonArray{before, status.name}}});
    }
    tx.commit();
}

OrderStatus OrderService::addStatus(const Session& session, const QString& name) {
    session.require(rights::SettingsEdit);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw Error::invalid(QStringLiteral("name"), tr("Enter a name for the status."));
    if (trimmed.size() > 40)
        throw Error::invalid(QStringLiteral("name"),
                             tr("A status name has at most 40 characters."));
    Database& db = session.db();
    Transaction tx(db);
    if (OrderStore::statusNamed(db, trimmed))
        throw Error::invalid(QStringLiteral("name"),
                             tr("There is already a status \"%1\".").arg(trimmed));
    db.prepare(
          "INSERT INTO order_status(name, sort) VALUES (?1, "
          "(SELECT max(sort) + 1 FROM order_status))")
        .bind(1, trimmed)
        .run();
    const OrderStatus status = OrderStore::status(db, db.lastInsertId());
    session.journal(QStringLiteral("order_status"), {}, QStringLiteral("add"),
                    {{QStringLiteral("name"), trimmed}});
    tx.commit();
    return status;
}

Invoice OrderService::createInvoice(const Session& session, std::int64_t orderId,
                                    std::int64_t debtorId) {
    session.require(rights::InvoicingInvoice);
    Database& db = session.db();
    Transaction tx(db);
    Order order = OrderStore::require(db, orderId);
    if (order.invoiceId != 0)
        throw Error(ErrorCode::Conflict, tr("Order %1 is already invoiced (invoice %2).")
                                             .arg(order.externalId)
                                             .arg(order.invoiceNumber));
    // A reservation still open could be charged beside the invoice.
    if (!order.gateway.isEmpty() &&
        (order.paymentState == PaymentState::Awaiting || OrderStore::pending(db, order.id)))
        throw Error(ErrorCode::Conflict,
                    tr("Order %1 holds a card reservation: capture it or cancel the reservation "
                       "before invoicing, so the customer is not charged twice.")
                        .arg(order.externalId));
    const QDate today =
        Dates::localDate(session.clock().nowMs(), CompanyService::require(db).timeZone);
    InvoiceDraft draft;
    draft.debtorId = debtorId;
    draft.date = today;
    draft.message = tr("Online order %1").arg(order.externalId);
    for (const OrderLine& line : order.lines)
        if (!line.amount.isZero())
            draft.lines.push_back(invoiceLine(line));
    if (draft.lines.empty())
        throw Error(ErrorCode::Conflict,
                    tr("Order %1 has nothing to invoice: every line is 0.").arg(order.externalId));
    const Invoice invoice = InvoiceService::createAndPost(session, draft);
    // What the order already paid: by card, or all of it when marked paid by hand.
    const Money paid = order.paidByHand ? invoice.total : order.captured - order.refunded;
    if (paid.isPositive()) {
        const Posting payment =
            LedgerService::registerPayment(session, debtorId, paid, today, order.paymentType,
                                           tr("Online order %1").arg(order.externalId));
        // A card capture booked the sale already: accounting moves it into
        // the invoice (see VoucherSources::postings), so it is not counted
        // twice. Money paid by hand was never booked; it is an ordinary payment.
        if (!order.paidByHand) {
            auto link = db.prepare(
                "INSERT INTO web_order_invoice_payment(order_id, posting_id) VALUES (?1, ?2)");
            link.bindAll(order.id, payment.id);
            link.run();
        }
    }
    order.invoiceId = invoice.id;
    OrderStore::saveDetails(db, order, session.clock().nowMs());
    session.journal(QStringLiteral("order"), order.uid, QStringLiteral("invoice"),
                    {{QStringLiteral("invoice"), qint64(invoice.number)},
                     {QStringLiteral("debtor"), qint64(debtorId)},
                     {QStringLiteral("paid"), paid.toDecimalString()}});
    tx.commit();
    return invoice;
}

}  // namespace skranke
