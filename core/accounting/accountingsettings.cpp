#include "core/accounting/accountingsettings.h"

#include "core/accounting/transfertarget.h"
#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"
#include "core/time/dates.h"

#include <QJsonObject>
#include <QUrl>

namespace skranke {

namespace {

const QString kTarget = QStringLiteral("accounting.target");
const QString kAuto = QStringLiteral("accounting.auto");
const QString kAutoFrom = QStringLiteral("accounting.auto_from");
const QString kRestUrl = QStringLiteral("accounting.rest.url");
const QString kRestKey = QStringLiteral("accounting.rest.key");
const QString kRestTimeout = QStringLiteral("accounting.rest.timeout_s");

}  // namespace

AccountingSettings AccountingSettingsStore::load(Database& db) {
    AccountingSettings s;
    s.target = Settings::value(db, kTarget);
    s.autoTransfer = Settings::value(db, kAuto) == QLatin1String("1");
    s.autoFrom = QDate::fromString(Settings::value(db, kAutoFrom), Qt::ISODate);
    s.restUrl = Settings::value(db, kRestUrl);
    s.restKey = Settings::value(db, kRestKey);
    bool ok = false;
    const int timeout = Settings::value(db, kRestTimeout).toInt(&ok);
    s.restTimeoutS = ok ? timeout : 20;
    return s;
}

void AccountingSettingsStore::save(const Session& session, const AccountingSettings& input) {
    session.require(rights::SettingsEdit);
    AccountingSettings s = input;
    s.target = s.target.trimmed();
    s.restUrl = s.restUrl.trimmed();
    if (!s.target.isEmpty() && !TransferTargets::names().contains(s.target))
        throw Error::invalid(
            QStringLiteral("target"),
            tr("Unknown transfer target “%1”: use %2, or none.")
                .arg(s.target, TransferTargets::names().join(QStringLiteral(", "))));
    if (s.autoTransfer && !s.autoFrom.isValid())
        throw Error::invalid(QStringLiteral("auto_from"),
                             tr("Say from which date vouchers are transferred automatically."));
    if (s.autoTransfer && s.target.isEmpty())
        throw Error::invalid(
            QStringLiteral("target"),
            tr("Choose where vouchers go before switching on automatic transfer."));
    if (s.target == QLatin1String("rest")) {
        const QUrl url(s.restUrl, QUrl::StrictMode);
        if (s.restUrl.isEmpty() || !url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty())
            throw Error::invalid(QStringLiteral("rest_url"),
                                 tr("Give the accounting program's address, e.g. "
                                    "https://api.example.com/v1, not “%1”.")
                                     .arg(s.restUrl));
    }
    if (s.restTimeoutS < 1 || s.restTimeoutS > 60)
        throw Error::invalid(QStringLiteral("rest_timeout"),
                             tr("The timeout is 1 to 60 seconds, not %1.").arg(s.restTimeoutS));
    Database& db = session.db();
    Transaction tx(db);
    Settings::set(db, kTarget, s.target);
    Settings::set(db, kAuto, s.autoTransfer ? QStringLiteral("1") : QStringLiteral("0"));
    Settings::set(db, kAutoFrom, s.autoFrom.isValid() ? Dates::iso(s.autoFrom) : QString());
    Settings::set(db, kRestUrl, s.restUrl);
    Settings::set(db, kRestKey, s.restKey);
    Settings::set(db, kRestTimeout, QString::number(s.restTimeoutS));
    session.journal(QStringLiteral("settings"), {}, QStringLiteral("accounting"),
                    {{QStringLiteral("target"), s.target},
                     {QStringLiteral("auto"), s.autoTransfer},
                     {QStringLiteral("auto_from"), Dates::iso(s.autoFrom)},
                     {QStringLiteral("rest_url"), s.restUrl}});
    tx.commit();
}

}  // namespace skranke
