#include "core/accounting/accountingsettings.h"
#include "core/accounting/resttarget.h"
#include "core/accounting/testtarget.h"
#include "core/accounting/transfertarget.h"
#include "core/store/error.h"
#include "core/time/clock.h"

#include <QCoreApplication>
#include <QStringList>

namespace skranke {

namespace {

struct TargetTexts final {
    Q_DECLARE_TR_FUNCTIONS(skranke::TransferTargets)
};

}  // namespace

std::unique_ptr<TransferTarget> TransferTargets::make(Database& db,
                                                      const AccountingSettings& settings) {
    const QString name = settings.target.trimmed();
    if (name.isEmpty())
        return nullptr;
    if (name == QLatin1String("test")) {
        // The test program stamps what it receives with the real time, as a
        // remote program would with its own clock.
        static const SystemClock clock;
        return std::make_unique<TestTarget>(db, clock);
    }
    if (name == QLatin1String("rest"))
        return std::make_unique<RestTarget>(settings);
    throw Error::invalid(QStringLiteral("target"),
                         TargetTexts::tr("Unknown accounting target \"%1\"; Skranke knows %2.")
                             .arg(name, names().join(QStringLiteral(", "))));
}

QStringList TransferTargets::names() {
    return {QStringLiteral("test"), QStringLiteral("rest")};
}

}  // namespace skranke
