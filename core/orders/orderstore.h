#pragma once

#include "core/orders/order.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class Session;

// Reads and writes the order tables. The writing functions run inside the
// caller's transaction; the services decide what may change.
class OrderStore final {
    Q_DECLARE_TR_FUNCTIONS(skranke::OrderStore)
public:
    static std::optional<Order> find(Database& db, std::int64_t id);
    static Order require(Database& db, std::int64_t id);  // NotFound naming "order"
    static std::optional<std::int64_t> idOfExternal(Database& db, const QString& externalId);
    static std::vector<OrderLine> lines(Database& db, std::int64_t orderId);
    static std::vector<PaymentOperation> operations(Database& db, std::int64_t orderId);
    static std::optional<PaymentOperation> pending(Database& db, std::int64_t orderId);
    static std::vector<IssuedValueCard> valueCards(Database& db, std::int64_t orderId);

    static std::vector<OrderStatus> statuses(Database& db);  // in their order
    static OrderStatus status(Database& db, std::int64_t id);
    static OrderStatus builtInStatus(Database& db, const QString& builtIn);
    // By name, ignoring case; the built-in ones also by their translated name.
    static std::optional<OrderStatus> statusNamed(Database& db, const QString& name);
    // The built-in statuses in the user's language, the others as named.
    static QString statusLabel(const OrderStatus& status);

    static std::int64_t insert(const Session& session, const ImportedOrder& order,
                               std::int64_t statusId);
    static void savePayment(Database& db, const Order& order, std::int64_t nowMs);
    static void saveDetails(Database& db, const Order& order, std::int64_t nowMs);

    static QString addressJson(const OrderAddress& address);
    static OrderAddress addressFromJson(const QString& json);
    static QString kindKey(OrderLineKind kind);
    static OrderLineKind kindFromKey(const QString& key);
};

}  // namespace skranke
