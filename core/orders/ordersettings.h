#pragma once

#include <QCoreApplication>
#include <QString>

namespace skranke {

class Database;
class Session;

// Settings → Online orders: where the webshop drops its order files, whether
// value-card orders are captured on import, and the Nets gateway's access.
struct OrderSettings {
    QString importFolder;  // empty: no folder is watched
    bool autoCaptureValueCards = false;
    QString netsUrl;  // empty: Nets is not set up
    QString netsSecretKey;
    int netsTimeoutMs = 15000;

    static OrderSettings load(Database& db);
    // Validates (naming the field: "import_folder", "orders.nets.url", …)
    // and saves in one transaction, journaled without the secret key.
    static void save(const Session& session, const OrderSettings& settings);
};

class OrderSettingsText final {
    Q_DECLARE_TR_FUNCTIONS(skranke::OrderSettings)
};

}  // namespace skranke
