#include "core/dunning/dunningsettings.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"

namespace skranke {

namespace {
const QString referenceKey = QStringLiteral("dunning.reference_rate");
}  // namespace

Rate DunningSettings::referenceRate(Database& db) {
    return Rate::parsePercent(Settings::value(db, referenceKey, QStringLiteral("0")),
                              QStringLiteral("reference_rate"));
}

void DunningSettings::setReferenceRate(const Session& session, const QString& percentPerYear) {
    session.require(rights::SettingsEdit);
    const QString field = QStringLiteral("reference_rate");
    const Rate rate = Rate::parsePercent(percentPerYear.trimmed(), field);
    if (rate.value() > 1)
        throw Error::invalid(field, tr("The reference rate is a yearly rate in percent; %1 % is "
                                       "more than 100 %.")
                                        .arg(rate.toPercentString()));
    Transaction tx(session.db());
    Settings::set(session.db(), referenceKey, rate.toPercentString());
    session.journal(
        QStringLiteral("setting"), {}, QStringLiteral("set"),
        {{QStringLiteral("key"), referenceKey}, {QStringLiteral("value"), rate.toPercentString()}});
    tx.commit();
}

}  // namespace skranke
