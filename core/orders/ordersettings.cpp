#include "core/orders/ordersettings.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/orders/capturepolicy.h"
#include "core/orders/netsgateway.h"
#include "core/orders/orderimport.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"

#include <QDir>

namespace skranke {

namespace {

const QString UrlKey = QStringLiteral("orders.nets.url");
const QString SecretKey = QStringLiteral("orders.nets.secret_key");
const QString TimeoutKey = QStringLiteral("orders.nets.timeout_ms");

}  // namespace

OrderSettings OrderSettings::load(Database& db) {
    OrderSettings s;
    s.importFolder = Settings::value(db, QString::fromLatin1(OrderImport::FolderSetting));
    s.autoCaptureValueCards =
        Settings::value(db, QString::fromLatin1(CapturePolicy::AutoCaptureSetting)) ==
        QLatin1String("1");
    s.netsUrl = Settings::value(db, UrlKey);
    s.netsSecretKey = Settings::value(db, SecretKey);
    bool ok = false;
    const int timeout = Settings::value(db, TimeoutKey).toInt(&ok);
    if (ok)
        s.netsTimeoutMs = timeout;
    return s;
}

void OrderSettings::save(const Session& session, const OrderSettings& settings) {
    session.require(rights::SettingsEdit);
    const QString folder = settings.importFolder.trimmed();
    if (!folder.isEmpty() && !QDir(folder).exists())
        throw Error::invalid(QStringLiteral("import_folder"),
                             OrderSettingsText::tr("The folder %1 does not exist.")
                                 .arg(QDir::toNativeSeparators(folder)));
    // A gateway call blocks the till while it waits; a minute is the most.
    if (settings.netsTimeoutMs < 1000 || settings.netsTimeoutMs > 60000)
        throw Error::invalid(QStringLiteral("orders.nets.timeout_ms"),
                             OrderSettingsText::tr("Wait between 1 and 60 seconds for the "
                                                   "gateway's answer."));
    const bool nets =
        !settings.netsUrl.trimmed().isEmpty() || !settings.netsSecretKey.trimmed().isEmpty();
    if (nets)  // the gateway checks its own configuration
        NetsGateway(
            {settings.netsUrl.trimmed(), settings.netsSecretKey.trimmed(), settings.netsTimeoutMs});
    Database& db = session.db();
    Transaction tx(db);
    Settings::set(db, QString::fromLatin1(OrderImport::FolderSetting), folder);
    Settings::set(db, QString::fromLatin1(CapturePolicy::AutoCaptureSetting),
                  settings.autoCaptureValueCards ? QStringLiteral("1") : QStringLiteral("0"));
    Settings::set(db, UrlKey, settings.netsUrl.trimmed());
    Settings::set(db, SecretKey, settings.netsSecretKey.trimmed());
    Settings::set(db, TimeoutKey, QString::number(settings.netsTimeoutMs));
    session.journal(QStringLiteral("settings"), {}, QStringLiteral("orders"),
                    {{QStringLiteral("import_folder"), folder},
                     {QStringLiteral("auto_capture_value_cards"), settings.autoCaptureValueCards},
                     {QStringLiteral("nets_url"), settings.netsUrl.trimmed()},
                     {QStringLiteral("nets_timeout_ms"), settings.netsTimeoutMs}});
    tx.commit();
}

}  // namespace skranke
