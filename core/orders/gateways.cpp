#include "core/orders/gateways.h"

#include "core/orders/netsgateway.h"
#include "core/orders/testgateway.h"
#include "core/store/error.h"

#include <mutex>

namespace skranke {

namespace {

std::mutex overrideMutex;
Gateways::Factory& overrideFactory() {
    static Gateways::Factory factory;
    return factory;
}

}  // namespace

std::unique_ptr<PaymentGateway> Gateways::make(Database& db, const QString& name) {
    Factory factory;
    {
        std::lock_guard lock(overrideMutex);
        factory = overrideFactory();
    }
    if (factory)
        return factory(db, name);
    if (name == QLatin1String("test"))
        return std::make_unique<TestGateway>(db);
    if (name == QLatin1String("nets"))
        return std::make_unique<NetsGateway>(NetsGateway::configFromSettings(db));
    throw Error::invalid(QStringLiteral("gateway"),
                         tr("Unknown payment gateway \"%1\"; Skranke knows %2.")
                             .arg(name, names().join(QStringLiteral(", "))));
}

QStringList Gateways::names() {
    return {QStringLiteral("test"), QStringLiteral("nets")};
}

void Gateways::setOverride(Factory factory) {
    std::lock_guard lock(overrideMutex);
    overrideFactory() = std::move(factory);
}

}  // namespace skranke
