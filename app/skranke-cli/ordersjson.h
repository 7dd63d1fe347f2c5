#pragma once

#include "core/orders/order.h"
#include "core/orders/orderimport.h"
#include "core/orders/orderlist.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace skranke {
class Database;
}  // namespace skranke

namespace skranke::cli {

// The orders command's texts, in one translation context.
class OrdersText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Orders)
};

// JSON and text shapes of the orders command. Amounts are decimal strings
// with their currency beside them; times are ISO 8601 with the offset of the
// company's time zone (`timeZone`).
QString orderTime(std::int64_t ms, const QString& timeZone);
QJsonObject statusJson(const OrderStatus& status);

// One row of orders list.
QJsonObject rowJson(const OrderList::Row& row, const QString& timeZone);
QString rowHeader();
QString rowText(const OrderList::Row& row, const QString& timeZone);

// Where the order's payment stands: the answer of capture, cancel, refund
// and retry, and part of show.
QJsonObject paymentJson(Database& db, const Order& order);
QString paymentText(Database& db, const Order& order);

// What orders import did.
QJsonObject reportJson(const OrderImport::Report& report);
QStringList reportText(const OrderImport::Report& report);

// Everything about one order, for orders show.
QJsonObject orderJson(Database& db, const Order& order, const QString& timeZone);
QString orderText(Database& db, const Order& order, const QString& timeZone);

}  // namespace skranke::cli
