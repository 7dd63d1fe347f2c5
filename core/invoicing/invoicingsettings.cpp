#include "core/invoicing/invoicingsettings.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"

#include <QRegularExpression>

namespace skranke {

namespace {
const QString enabledKey = QStringLiteral("invoicing.enabled");
const QString fikKey = QStringLiteral("invoicing.fik_creditor");
}  // namespace

bool InvoicingSettings::enabled(Database& db) {
    return Settings::value(db, enabledKey, QStringLiteral("1")) == QLatin1String("1");
}

void InvoicingSettings::setEnabled(const Session& session, bool on) {
    session.require(rights::SettingsEdit);
    Transaction tx(session.db());
    Settings::set(session.db(), enabledKey, on ? QStringLiteral("1") : QStringLiteral("0"));
    session.journal(QStringLiteral("setting"), {}, QStringLiteral("set"),
                    {{QStringLiteral("key"), enabledKey}, {QStringLiteral("value"), on}});
    tx.commit();
}

QString InvoicingSettings::fikCreditor(Database& db) {
    return Settings::value(db, fikKey);
}

void InvoicingSettings::setFikCreditor(const Session& session, const QString& number) {
    session.require(rights::SettingsEdit);
    static const QRegularExpression eight(QStringLiteral("^\\d{8}$"));
    const QString n = number.trimmed();
    if (!n.isEmpty() && !eight.match(n).hasMatch())
        throw Error::invalid(QStringLiteral("fik_creditor"),
                             tr("The FIK creditor number has 8 digits, not \"%1\".").arg(number));
    Transaction tx(session.db());
    Settings::set(session.db(), fikKey, n);
    session.journal(QStringLiteral("setting"), {}, QStringLiteral("set"),
                    {{QStringLiteral("key"), fikKey}, {QStringLiteral("value"), n}});
    tx.commit();
}

}  // namespace skranke
