#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"

#include <QJsonObject>

namespace skranke::cli {

namespace {
class BackupText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Backup)
};
}  // namespace

int runBackup(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"),
                            BackupText::tr("The new backup file (must not exist)."));
    if (!ctx.parse(p, args, BackupText::tr("Usage: skranke-cli [--db FILE] backup FILE")))
        return 0;
    if (p.positionalArguments().size() != 1)
        throw UsageError(BackupText::tr("backup needs exactly one FILE."));
    const QString target = p.positionalArguments().first();
    ctx.db().backupTo(target);
    ctx.print(QJsonObject{{QStringLiteral("backup"), target}},
              [&] { return BackupText::tr("Backed up %1 to %2.").arg(ctx.db().path(), target); });
    return 0;
}

}  // namespace skranke::cli
