// accounting: the vouchers made of the business's posted events and their
// way to the accounting program. Here the options, the mapping, the chart and
// the settings; vouchers|show|transfer|restart|export in
// accountingcommand2.cpp, payouts|balance in accountingcommand3.cpp.
#include "app/skranke-cli/accountingjson.h"
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/usageerror.h"
#include "core/store/error.h"
#include "core/time/dates.h"

namespace skranke::cli {

namespace {

int mapping(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos,
            const QString& usage) {
    requireOnlyOptions(p, QStringLiteral("mapping"), {}, usage);
    const QString what = pos.value(1);
    if (what == QLatin1String("show") && pos.size() == 2) {
        Database& db = ctx.db();
        const std::vector<MappingEntry> entries = AccountMapping::needed(db);
        const bool installed = ChartOfAccounts::installed(db);
        QJsonArray out;
        for (const MappingEntry& e : entries)
            out.append(mappingJson(e));
        ctx.print(out, [&] {
            QStringList lines = mappingTable(entries);
            if (!installed)
                lines << AccountingText::tr(
                    "The country's default chart and mapping are installed the first time "
                    "vouchers are made (accounting vouchers).");
            return lines.join(QLatin1Char('\n'));
        });
        return 0;
    }
    if (what != QLatin1String("set") || pos.size() < 4 || pos.size() > 5)
        throw UsageError(usage);
    const QString role = pos[2].trimmed();
    const QString qualifier = pos.size() == 5 ? pos[3].trimmed() : QString();
    const QString account = pos.last().trimmed();
    AccountMapping::set(ctx.session(), role, qualifier, account);
    const MappingEntry entry{role, qualifier, account};
    ctx.print(mappingJson(entry), [&] {
        const QString what = AccountMapping::describe(role, qualifier);
        return account.isEmpty()
                   ? AccountingText::tr("%1 is no longer mapped.").arg(what)
                   : AccountingText::tr("%1 now goes to account %2.").arg(what, account);
    });
    return 0;
}

int accounts(CliContext& ctx) {
    const std::vector<Account> chart = ChartOfAccounts::list(ctx.db());
    QJsonArray out;
    for (const Account& a : chart)
        out.append(accountJson(a));
    ctx.print(out, [&] {
        return chart.empty() ? AccountingText::tr(
                                   "The chart of accounts is empty: the country's default "
                                   "chart and mapping are installed the first time vouchers are "
                                   "made (accounting vouchers).")
                             : accountTable(chart).join(QLatin1Char('\n'));
    });
    return 0;
}

int settings(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    const QStringList changes{QStringLiteral("target"),   QStringLiteral("auto-from"),
                              QStringLiteral("auto-off"), QStringLiteral("rest-url"),
                              QStringLiteral("rest-key"), QStringLiteral("rest-timeout")};
    requireOnlyOptions(p, QStringLiteral("settings"), changes, usage);
    AccountingSettings s = AccountingSettingsStore::load(ctx.db());
    bool changed = false;
    for (const QString& name : changes)
        changed = changed || p.isSet(name);
    if (changed) {
        if (p.isSet(QStringLiteral("auto-from")) && p.isSet(QStringLiteral("auto-off")))
            throw UsageError(AccountingText::tr("Give --auto-from DATE or --auto-off, not both.") +
                             QStringLiteral("\n\n") + usage);
        if (p.isSet(QStringLiteral("target"))) {
            const QString target = p.value(QStringLiteral("target")).trimmed();
            s.target = target == QLatin1String("none") ? QString() : target;
        }
        if (p.isSet(QStringLiteral("auto-from"))) {
            s.autoFrom =
                Dates::parse(p.value(QStringLiteral("auto-from")), QStringLiteral("auto_from"));
            s.autoTransfer = true;
        }
        if (p.isSet(QStringLiteral("auto-off")))
            s.autoTransfer = false;
        if (p.isSet(QStringLiteral("rest-url")))
            s.restUrl = p.value(QStringLiteral("rest-url")).trimmed();
        if (p.isSet(QStringLiteral("rest-key")))
            s.restKey = p.value(QStringLiteral("rest-key")).trimmed();
        if (p.isSet(QStringLiteral("rest-timeout")))
            s.restTimeoutS = int(CliContext::wholeNumber(p, "rest-timeout", s.restTimeoutS, 1));
        AccountingSettingsStore::save(ctx.session(), s);
        s = AccountingSettingsStore::load(ctx.db());
    }
    ctx.print(settingsJson(s), [&] { return settingsText(s); });
    return 0;
}

}  // namespace

void requireOnlyOptions(const QCommandLineParser& p, const QString& what,
                        const QStringList& allowed, const QString& usage) {
    for (const QString& name : p.optionNames())
        if (!allowed.contains(name))
            throw UsageError(AccountingText::tr("accounting %1 takes no --%2.").arg(what, name) +
                             QStringLiteral("\n\n") + usage);
}

DatePeriod periodOptions(const QCommandLineParser& p, bool required, const QString& usage) {
    const bool hasFrom = p.isSet(QStringLiteral("from"));
    const bool hasTo = p.isSet(QStringLiteral("to"));
    if (required && (!hasFrom || !hasTo))
        throw Error::invalid(hasFrom ? QStringLiteral("to") : QStringLiteral("from"),
                             AccountingText::tr("Give the period with --from DATE and --to DATE.") +
                                 QStringLiteral("\n\n") + usage);
    DatePeriod period;
    if (hasFrom)
        period.from = Dates::parse(p.value(QStringLiteral("from")), QStringLiteral("from"));
    if (hasTo)
        period.to = Dates::parse(p.value(QStringLiteral("to")), QStringLiteral("to"));
    if (hasFrom && hasTo && period.to < period.from)
        throw Error::invalid(QStringLiteral("to"),
                             AccountingText::tr("--to (%1) must not be before --from (%2).")
                                 .arg(Dates::iso(period.to), Dates::iso(period.from)));
    return period;
}

int runAccounting(CliContext& ctx, const QStringList& args) {
    using T = AccountingText;
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("vouchers|show|transfer|restart|export|payouts|balance|"
                                           "mapping|accounts|settings"),
                            T::tr("What to do."));
    p.addOptions({
        {QStringLiteral("from"),
         T::tr("The first voucher date (vouchers, export, payouts list, balance)."), T::tr("DATE")},
        {QStringLiteral("to"), T::tr("The last voucher date, inclusive."), T::tr("DATE")},
        {QStringLiteral("state"),
         T::tr("Only vouchers in this state: pending, queued, transferred or failed (vouchers)."),
         T::tr("STATE")},
        {QStringLiteral("category"),
         T::tr("Only vouchers of this kind: sale, payment, refund, payout or other (vouchers)."),
         T::tr("CATEGORY")},
        {QStringLiteral("lines"), T::tr("With each voucher's lines (vouchers).")},
        {QStringLiteral("target"),
         T::tr("Send to this target instead of the one set up: test or rest (transfer); set the "
               "target: test, rest or none (settings)."),
         T::tr("TARGET")},
        {QStringLiteral("restart-failed"),
         T::tr("Restart every failed voucher before sending (transfer).")},
        {QStringLiteral("mark-from"),
         T::tr("Mark the pending vouchers dated from DATE for transfer first (transfer)."),
         T::tr("DATE")},
        {QStringLiteral("mark-to"), T::tr("... up to DATE, inclusive (transfer)."), T::tr("DATE")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         T::tr("Write the file to FILE (export)."),
         T::tr("FILE")},
        {QStringLiteral("acquirer"),
         T::tr("The card acquirer the payout file is from (payouts import)."), T::tr("NAME")},
        {QStringLiteral("pdf"), T::tr("Write the balance report as PDF to FILE (balance)."),
         T::tr("FILE")},
        {QStringLiteral("auto-from"),
         T::tr("Transfer automatically the vouchers dated from DATE on (settings)."),
         T::tr("DATE")},
        {QStringLiteral("auto-off"), T::tr("Stop transferring automatically (settings).")},
        {QStringLiteral("rest-url"),
         T::tr("The accounting program's API; vouchers are POSTed to URL/vouchers (settings)."),
         T::tr("URL")},
        {QStringLiteral("rest-key"), T::tr("The API's bearer token (settings)."), T::tr("KEY")},
        {QStringLiteral("rest-timeout"), T::tr("Seconds to wait for the API (settings)."),
         T::tr("S")},
    });
    const QString usage = T::tr(
        "Usage: skranke-cli --user ME accounting vouchers [--from DATE --to DATE] "
        "[--state STATE] [--category CATEGORY] [--lines]\n"
        "       skranke-cli accounting show NUMBER\n"
        "       skranke-cli --user ME accounting transfer [--target test|rest] "
        "[--restart-failed] [--mark-from DATE --mark-to DATE]\n"
        "       skranke-cli --user ME accounting restart NUMBER...\n"
        "       skranke-cli --user ME accounting export saft|sie4|csv --from DATE --to DATE "
        "-o FILE\n"
        "       skranke-cli --user ME accounting payouts import FILE [--acquirer NAME]\n"
        "       skranke-cli accounting payouts list [--from DATE --to DATE]\n"
        "       skranke-cli accounting balance --from DATE --to DATE [--pdf FILE]\n"
        "       skranke-cli accounting mapping show\n"
        "       skranke-cli --user ME accounting mapping set ROLE [QUALIFIER] ACCOUNT\n"
        "       skranke-cli accounting accounts\n"
        "       skranke-cli [--user ME] accounting settings [--target test|rest|none] "
        "[--auto-from DATE|--auto-off] [--rest-url URL] [--rest-key KEY] [--rest-timeout S]\n"
        "Every posted sale, payment, refund and payout becomes a numbered, balanced voucher; "
        "vouchers, transfer and export make the missing ones first. transfer sends the queued "
        "vouchers to the accounting program; vouchers dated before automatic transfer started "
        "wait until marked with --mark-from/--mark-to. A voucher whose account is not mapped "
        "fails with the reason: map it (mapping set; an empty ACCOUNT removes a mapping), then "
        "restart it.");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    const QString what = pos.value(0);
    if (what == QLatin1String("mapping"))
        return mapping(ctx, p, pos, usage);
    if (what == QLatin1String("accounts") && pos.size() == 1) {
        requireOnlyOptions(p, what, {}, usage);
        return accounts(ctx);
    }
    if (what == QLatin1String("settings") && pos.size() == 1)
        return settings(ctx, p, usage);
    if (what == QLatin1String("payouts"))
        return runAccountingPayouts(ctx, p, pos, usage);
    if (what == QLatin1String("balance"))
        return runAccountingBalance(ctx, p, pos, usage);
    return runAccountingVouchers(ctx, p, pos, usage);
}

}  // namespace skranke::cli
