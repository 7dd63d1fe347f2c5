#pragma once

#include "core/orders/paymentgateway.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace skranke {

class Database;

// Picks the gateway an order's payment was reserved with, by the name the
// webshop gave ("test", "nets").
class Gateways final {
    Q_DECLARE_TR_FUNCTIONS(skranke::Gateways)
public:
    using Factory = std::function<std::unique_ptr<PaymentGateway>(Database&, const QString&)>;

    // Throws Error::invalid("gateway") for a name it does not know, and the
    // gateway's own Error when it is not set up.
    static std::unique_ptr<PaymentGateway> make(Database& db, const QString& name);
    static QStringList names();

    // A test seam: while set, make() asks this factory instead (a scripted
    // gateway for the order service's tests). nullptr clears it.
    static void setOverride(Factory factory);
};

}  // namespace skranke
