#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/demo/demobusiness.h"
#include "core/store/error.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>

namespace skranke::cli {

namespace {
class DemoText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Demo)
};
}  // namespace

int runDemo(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("size"), DemoText::tr("small (default) or large (benchmark sizes)."),
          DemoText::tr("SIZE"), QStringLiteral("small")},
         {QStringLiteral("seed"), DemoText::tr("Seed; the same seed gives the same business."),
          DemoText::tr("N"), QStringLiteral("1")}});
    if (!ctx.parse(
            p, args,
            DemoText::tr("Usage: skranke-cli --db FILE demo [--size small|large] [--seed N]\n"
                         "Creates FILE (which must not exist) with a demo business. Every demo "
                         "user (owner, manager, desk) has the PIN 1234.")))
        return 0;
    DemoBusiness::Options options;
    const QString size = p.value(QStringLiteral("size"));
    if (size == QLatin1String("large"))
        options.size = DemoBusiness::Size::Large;
    else if (size != QLatin1String("small"))
        throw UsageError(DemoText::tr("--size must be small or large, not \"%1\".").arg(size));
    bool ok = false;
    options.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        throw UsageError(DemoText::tr("--seed must be a whole number."));

    QElapsedTimer timer;
    timer.start();
    auto db = ctx.createDb();
    try {
        DemoBusiness::build(*db, ctx.clock(), options);
    } catch (...) {
        db.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(ctx.dbPath() + QLatin1String(suffix));
        throw;
    }
    ctx.print(QJsonObject{{QStringLiteral("database"), db->path()},
                          {QStringLiteral("size"), size},
                          {QStringLiteral("seed"), QString::number(options.seed)},
                          {QStringLiteral("users"), QStringLiteral("owner, manager, desk")},
                          {QStringLiteral("seconds"), QString::number(timer.elapsed() / 1000)}},
              [&] {
                  return DemoText::tr(
                             "Created the demo business in %1 (users owner, manager and desk; "
                             "PIN %2).")
                      .arg(db->path(), QLatin1String(DemoBusiness::DemoPin));
              });
    return 0;
}

}  // namespace skranke::cli
