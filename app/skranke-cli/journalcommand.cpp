#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/journal/journal.h"
#include "core/store/uuid.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace skranke::cli {

namespace {

class JournalText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Journal)
};

int verify(CliContext& ctx) {
    const Journal::Verification v = Journal::verify(ctx.db());
    QJsonObject out{{QStringLiteral("ok"), v.ok()},
                    {QStringLiteral("chain_intact"), v.chainIntact},
                    {QStringLiteral("triggers_intact"), v.triggersIntact},
                    {QStringLiteral("entries_checked"), qint64(v.entriesChecked)}};
    if (v.firstBrokenId)
        out.insert(QStringLiteral("first_broken_entry"), qint64(*v.firstBrokenId));
    if (!v.reason.isEmpty())
        out.insert(QStringLiteral("reason"), v.reason);
    ctx.print(out, [&] {
        return v.ok() ? JournalText::tr("Journal intact: %1 entries checked.").arg(v.entriesChecked)
                      : JournalText::tr("Journal BROKEN: %1.").arg(v.reason);
    });
    return v.ok() ? 0 : 1;
}

int list(CliContext& ctx, const QCommandLineParser& p) {
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        throw UsageError(JournalText::tr("--limit must be a positive number."));
    QJsonArray rows;
    QStringList lines;
    for (const JournalEntry& e : Journal::page(ctx.db(), 0, limit)) {
        const QString at = QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODate);
        rows.append(QJsonObject{
            {QStringLiteral("id"), qint64(e.id)},
            {QStringLiteral("at"), at},
            {QStringLiteral("user"), e.userLogin},
            {QStringLiteral("entity"), e.entity},
            {QStringLiteral("entity_uid"), Uuid::toText(e.entityUid)},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("payload"), QJsonDocument::fromJson(e.payload.toUtf8()).object()}});
        lines << QStringLiteral("%1  %2  %3  %4.%5  %6")
                     .arg(e.id, 6)
                     .arg(at, e.userLogin, e.entity, e.action, e.payload);
    }
    ctx.print(rows, [&] { return lines.join(QLatin1Char('\n')); });
    return 0;
}

}  // namespace

int runJournal(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("verify|list"), JournalText::tr("What to do."));
    p.addOption({QStringLiteral("limit"),
                 JournalText::tr("How many entries list shows, newest first."),
                 JournalText::tr("N"), QStringLiteral("50")});
    const QString usage = JournalText::tr(
        "Usage: skranke-cli [--db FILE] [--json] journal verify\n"
        "       skranke-cli [--db FILE] [--json] journal list [--limit N]");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    if (pos == QStringList{QStringLiteral("verify")})
        return verify(ctx);
    if (pos == QStringList{QStringLiteral("list")})
        return list(ctx, p);
    throw UsageError(usage);
}

}  // namespace skranke::cli
