// skranke-cli reminders list|pdf: the reminders already made.
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/dunning/reminderstore.h"
#include "core/store/error.h"
#include "core/time/dates.h"
#include "ui/documents/reminderdocument.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace skranke::cli {

namespace {

class ReminderDocumentsText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Reminders)
};

std::int64_t numberOf(const QString& text, const char* field) {
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n <= 0)
        throw Error::invalid(
            QLatin1String(field),
            QCoreApplication::translate("skranke::cli::Reminders", "\"%1\" is not a number.")
                .arg(text));
    return n;
}

}  // namespace

int runReminderDocuments(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    const QStringList pos = p.positionalArguments();
    if (pos[0] == QLatin1String("pdf")) {
        if (pos.size() != 2 || !p.isSet(QStringLiteral("out")))
            throw UsageError(usage);
        const std::int64_t number = numberOf(pos[1], "reminder");
        const QString out = p.value(QStringLiteral("out"));
        ReminderDocument(ReminderDocument::load(ctx.db(), number)).writePdf(out);
        ctx.print(QJsonObject{{QStringLiteral("reminder"), qint64(number)},
                              {QStringLiteral("file"), out}},
                  [&] { return ReminderDocumentsText::tr("Wrote %1.").arg(out); });
        return 0;
    }
    if (pos.size() != 1)
        throw UsageError(usage);
    const std::int64_t debtor = p.isSet(QStringLiteral("debtor"))
                                    ? numberOf(p.value(QStringLiteral("debtor")), "debtor")
                                    : 0;
    QJsonArray rows;
    QStringList lines;
    for (const Reminder& r : ReminderStore::list(ctx.db(), debtor)) {
        rows.append(QJsonObject{{QStringLiteral("number"), qint64(r.number)},
                                {QStringLiteral("debtor"), qint64(r.debtorId)},
                                {QStringLiteral("name"), r.debtorName},
                                {QStringLiteral("level"), r.level},
                                {QStringLiteral("date"), Dates::iso(r.date)},
                                {QStringLiteral("due"), Dates::iso(r.dueDate)},
                                {QStringLiteral("fee"), r.fee.toDecimalString()},
                                {QStringLiteral("compensation"), r.compensation.toDecimalString()},
                                {QStringLiteral("interest"), r.interest.toDecimalString()},
                                {QStringLiteral("total"), r.total.toDecimalString()},
                                {QStringLiteral("currency"), r.total.currency().code()}});
        lines << ReminderDocumentsText::tr("%1  %2  level %3  %4 %5: total %6, due %7")
                     .arg(r.number)
                     .arg(Dates::iso(r.date))
                     .arg(r.level)
                     .arg(r.debtorId)
                     .arg(r.debtorName, r.total.toDecimalString(), Dates::iso(r.dueDate));
    }
    ctx.print(rows, [&] { return lines.join(QLatin1Char('\n')); });
    return 0;
}

}  // namespace skranke::cli
