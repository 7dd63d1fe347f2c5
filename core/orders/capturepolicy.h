#pragma once

#include "core/orders/order.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace skranke {

class Database;

// When an order's payment may be taken. Card rules say money is captured
// when the customer gets what was paid for: a value card at once, goods
// when they are ready to ship, a service when it is delivered (the order is
// marked so, or the booking it is for has begun). Capturing earlier is
// possible but must be confirmed, and who confirmed it is recorded.
class CapturePolicy final {
    Q_DECLARE_TR_FUNCTIONS(skranke::CapturePolicy)
public:
    // Empty when the order may be captured today; else why it is early.
    static QString earlyReason(Database& db, const Order& order, const QDate& today);
    // An order of value cards only: the setting may capture it on import.
    static bool onlyValueCards(const Order& order);

    static constexpr char AutoCaptureSetting[] = "orders.auto_capture_value_cards";
};

}  // namespace skranke
