#include "core/orders/orderstore.h"

#include "core/auth/session.h"
#include "core/orders/paymentmachine.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace skranke {

namespace {

constexpr char OrderColumns[] =
    "o.id, o.uid, o.external_id, o.order_ms, o.currency, coalesce(o.customer_id, 0), "
    "coalesce(o.booking_id, 0), o.customer_name, o.customer_email, o.status_id, "
    "o.payment_type, o.gateway, o.transaction_id, o.payment_state, o.reserved_minor, "
    "o.captured_minor, o.refunded_minor, o.capture_ref, o.paid_by_hand, o.fulfilled, "
    "o.billing, o.delivery, o.customer_comment, o.internal_comment, "
    "coalesce(o.invoice_id, 0), coalesce(i.number, 0), o.imported_ms, o.updated_ms "
    "FROM web_order o LEFT JOIN invoice i ON i.id = o.invoice_id ";

Order readOrder(Database& db, Statement& st) {
    Order o;
    o.id = st.int64(0);
    o.uid = st.blob(1);
    o.externalId = st.text(2);
    o.orderMs = st.int64(3);
    o.currency = Currency::fromCode(st.text(4));
    o.customerId = st.int64(5);
    o.bookingId = st.int64(6);
    o.customerName = st.text(7);
    o.customerEmail = st.text(8);
    const std::int64_t statusId = st.int64(9);
    o.paymentType = st.text(10);
    o.gateway = st.text(11);
    o.transactionId = st.text(12);
    o.paymentState = PaymentMachine::fromKey(st.text(13));
    o.reserved = Money(st.int64(14), o.currency);
    o.captured = Money(st.int64(15), o.currency);
    o.refunded = Money(st.int64(16), o.currency);
    o.captureRef = st.text(17);
    o.paidByHand = st.int64(18) != 0;
    o.fulfilled = st.int64(19) != 0;
    o.billing = OrderStore::addressFromJson(st.text(20));
    o.delivery = OrderStore::addressFromJson(st.text(21));
    o.customerComment = st.text(22);
    o.internalComment = st.text(23);
    o.invoiceId = st.int64(24);
    o.invoiceNumber = st.int64(25);
    o.importedMs = st.int64(26);
    o.updatedMs = st.int64(27);
    o.status = OrderStore::status(db, statusId);
    o.lines = OrderStore::lines(db, o.id);
    return o;
}

OrderStatus readStatus(Statement& st) {
    return OrderStatus{st.int64(0), st.text(1), st.text(2), int(st.int64(3))};
}

PaymentOperation::State operationState(const QString& key) {
    if (key == QLatin1String("done"))
        return PaymentOperation::State::Done;
    if (key == QLatin1String("declined"))
        return PaymentOperation::State::Declined;
    return PaymentOperation::State::Pending;
}

}  // namespace

Money Order::total() const {
    Money sum = Money::zero(currency);
    for (const OrderLine& line : lines)
        sum += line.amount;
    return sum;
}

bool Order::paid() const {
    return paidByHand || PaymentMachine::isPaid(paymentState);
}

std::optional<Order> OrderStore::find(Database& db, std::int64_t id) {
    auto st = db.prepare(std::string("SELECT ") + OrderColumns + "WHERE o.id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readOrder(db, st);
}

Order OrderStore::require(Database& db, std::int64_t id) {
    if (auto order = find(db, id))
        return *order;
    throw Error(ErrorCode::NotFound, tr("There is no order %1.").arg(id), QStringLiteral("order"));
}

std::optional<std::int64_t> OrderStore::idOfExternal(Database& db, const QString& externalId) {
    auto st = db.prepare("SELECT id FROM web_order WHERE external_id = ?1");
    st.bind(1, externalId);
    if (!st.step())
        return std::nullopt;
    return st.int64(0);
}

std::vector<OrderLine> OrderStore::lines(Database& db, std::int64_t orderId) {
    auto st = db.prepare(
        "SELECT l.line_no, l.item_number, l.text, l.quantity, l.amount_minor, l.vat_rate, "
        "l.kind, coalesce(l.booking_id, 0), o.currency FROM web_order_line l "
        "JOIN web_order o ON o.id = l.order_id WHERE l.order_id = ?1 ORDER BY l.line_no");
    st.bind(1, orderId);
    std::vector<OrderLine> lines;
    while (st.step()) {
        OrderLine line;
        line.lineNo = int(st.int64(0));
        line.itemNumber = st.text(1);
        line.text = st.text(2);
        line.quantity = int(st.int64(3));
        line.amount = Money(st.int64(4), Currency::fromCode(st.text(8)));
        line.vatRate = Rate::percent(st.text(5));
        line.kind = kindFromKey(st.text(6));
        line.bookingId = st.int64(7);
        lines.push_back(line);
    }
    return lines;
}

std::vector<PaymentOperation> OrderStore::operations(Database& db, std::int64_t orderId) {
    auto st = db.prepare(
        "SELECT p.id, p.kind, p.amount_minor, p.idempotency_key, p.state, p.attempts, "
        "p.gateway_ref, p.message, p.early_reason, p.created_ms, "
        "coalesce(u.display_name, ''), coalesce(p.finished_ms, 0), o.currency "
        "FROM payment_operation p JOIN web_order o ON o.id = p.order_id "
        "LEFT JOIN staff_user u ON u.id = p.created_by WHERE p.order_id = ?1 ORDER BY p.id");
    st.bind(1, orderId);
    std::vector<PaymentOperation> ops;
    while (st.step()) {
        PaymentOperation op;
        op.id = st.int64(0);
        op.kind = st.text(1);
        op.amount = Money(st.int64(2), Currency::fromCode(st.text(12)));
        op.idempotencyKey = st.text(3);
        op.state = operationState(st.text(4));
        op.attempts = int(st.int64(5));
        op.gatewayRef = st.text(6);
        op.message = st.text(7);
        op.earlyReason = st.text(8);
        op.createdMs = st.int64(9);
        op.createdBy = st.text(10);
        op.finishedMs = st.int64(11);
        ops.push_back(op);
    }
    return ops;
}

std::optional<PaymentOperation> OrderStore::pending(Database& db, std::int64_t orderId) {
    for (const PaymentOperation& op : operations(db, orderId))
        if (op.state == PaymentOperation::State::Pending)
            return op;
    return std::nullopt;
}

std::vector<IssuedValueCard> OrderStore::valueCards(Database& db, std::int64_t orderId) {
    auto st = db.prepare(
        "SELECT v.line_no, c.number, c.currency, "
        "(SELECT coalesce(sum(amount_minor), 0) FROM value_card_entry WHERE card_id = c.id) "
        "FROM web_order_value_card v JOIN value_card c ON c.id = v.card_id "
        "WHERE v.order_id = ?1 ORDER BY v.line_no, c.id");
    st.bind(1, orderId);
    std::vector<IssuedValueCard> cards;
    while (st.step())
        cards.push_back(
            {int(st.int64(0)), st.text(1), Money(st.int64(3), Currency::fromCode(st.text(2)))});
    return cards;
}

std::vector<OrderStatus> OrderStore::statuses(Database& db) {
    auto st = db.prepare(
        "SELECT id, name, coalesce(built_in, ''), sort FROM order_status ORDER BY sort, name");
    std::vector<OrderStatus> all;
    while (st.step())
        all.push_back(readStatus(st));
    return all;
}

OrderStatus OrderStore::status(Database& db, std::int64_t id) {
    auto st = db.prepare(
        "SELECT id, name, coalesce(built_in, ''), sort FROM order_status "
        "WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        throw Error(ErrorCode::NotFound, tr("There is no order status %1.").arg(id),
                    QStringLiteral("status"));
    return readStatus(st);
}

OrderStatus OrderStore::builtInStatus(Database& db, const QString& builtIn) {
    auto st = db.prepare(
        "SELECT id, name, coalesce(built_in, ''), sort FROM order_status "
        "WHERE built_in = ?1");
    st.bind(1, builtIn);
    if (!st.step())
        throw Error(ErrorCode::Storage,
                    tr("The built-in order status %1 is missing.").arg(builtIn));
    return readStatus(st);
}

std::optional<OrderStatus> OrderStore::statusNamed(Database& db, const QString& name) {
    const QString wanted = name.trimmed();
    for (const OrderStatus& s : statuses(db))
        if (s.name.compare(wanted, Qt::CaseInsensitive) == 0 || s.builtIn == wanted ||
            statusLabel(s).compare(wanted, Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QString OrderStore::statusLabel(const OrderStatus& status) {
    if (status.builtIn == QLatin1String("not_effected"))
        return tr("Not effected");
    if (status.builtIn == QLatin1String("effected"))
        return tr("Effected");
    if (status.builtIn == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status.name;
}

std::int64_t OrderStore::insert(const Session& session, const ImportedOrder& order,
                                std::int64_t statusId) {
    Database& db = session.db();
    const std::int64_t now = session.clock().nowMs();
    const std::int64_t bookingId = [&] {
        for (const OrderLine& line : order.lines)
            if (line.bookingId != 0)
                return line.bookingId;
        return std::int64_t{0};
    }();
    const PaymentState state = order.paymentFailed ? PaymentState::Failed : PaymentState::Awaiting;
    auto st = db.prepare(
        "INSERT INTO web_order(uid, external_id, order_ms, currency, customer_id, booking_id, "
        "customer_name, customer_email, status_id, payment_type, gateway, transaction_id, "
        "payment_state, reserved_minor, billing, delivery, customer_comment, imported_ms, "
        "imported_by, updated_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
        "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?18)");
    st.bindAll(Uuid::v7(now), order.externalId, order.orderMs, order.currency.code(),
               order.customerId, bookingId, order.customerName, order.customerEmail, statusId,
               order.paymentType, order.gateway, order.transactionId, PaymentMachine::key(state),
               order.reserved.minor(), addressJson(order.billing), addressJson(order.delivery),
               order.customerComment, now, session.user().id);
    if (order.customerId == 0)
        st.bindNull(5);
    if (bookingId == 0)
        st.bindNull(6);
    st.run();
    const std::int64_t id = db.lastInsertId();
    for (const OrderLine& line : order.lines) {
        auto ins = db.prepare(
            "INSERT INTO web_order_line(order_id, line_no, item_number, text, quantity, "
            "amount_minor, vat_rate, kind, booking_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
            "?9)");
        ins.bindAll(id, line.lineNo, line.itemNumber, line.text, line.quantity, line.amount.minor(),
                    line.vatRate.toPercentString(), kindKey(line.kind), line.bookingId);
        if (line.bookingId == 0)
            ins.bindNull(9);
        ins.run();
    }
    return id;
}

void OrderStore::savePayment(Database& db, const Order& order, std::int64_t nowMs) {
    db.prepare(
          "UPDATE web_order SET payment_state = ?2, captured_minor = ?3, refunded_minor = ?4, "
          "capture_ref = ?5, updated_ms = ?6 WHERE id = ?1")
        .bindAll(order.id, PaymentMachine::key(order.paymentState), order.captured.minor(),
                 order.refunded.minor(), order.captureRef, nowMs)
        .run();
}

void OrderStore::saveDetails(Database& db, const Order& order, std::int64_t nowMs) {
    auto st = db.prepare(
        "UPDATE web_order SET order_ms = ?2, status_id = ?3, payment_type = ?4, "
        "paid_by_hand = ?5, fulfilled = ?6, billing = ?7, delivery = ?8, internal_comment = ?9, "
        "customer_name = ?10, customer_email = ?11, invoice_id = ?12, updated_ms = ?13 "
        "WHERE id = ?1");
    st.bindAll(order.id, order.orderMs, order.status.id, order.paymentType, order.paidByHand,
               order.fulfilled, addressJson(order.billing), addressJson(order.delivery),
               order.internalComment, order.customerName, order.customerEmail, order.invoiceId,
               nowMs);
    if (order.invoiceId == 0)
        st.bindNull(12);
    st.run();
}

QString OrderStore::addressJson(const OrderAddress& a) {
    QJsonObject o;
    const auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("name", a.name);
    put("street", a.street);
    put("postcode", a.postcode);
    put("city", a.city);
    put("country", a.country);
    put("phone", a.phone);
    put("email", a.email);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

OrderAddress OrderStore::addressFromJson(const QString& json) {
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto get = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    return OrderAddress{get("name"),    get("street"), get("postcode"), get("city"),
                        get("country"), get("phone"),  get("email")};
}

QString OrderStore::kindKey(OrderLineKind kind) {
    switch (kind) {
        case OrderLineKind::ValueCard:
            return QStringLiteral("value_card");
        case OrderLineKind::Goods:
            return QStringLiteral("goods");
        case OrderLineKind::Service:
            return QStringLiteral("service");
    }
    return {};
}

OrderLineKind OrderStore::kindFromKey(const QString& key) {
    if (key == QLatin1String("value_card"))
        return OrderLineKind::ValueCard;
    if (key == QLatin1String("service"))
        return OrderLineKind::Service;
    return OrderLineKind::Goods;
}

}  // namespace skranke
