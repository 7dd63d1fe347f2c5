// accounting vouchers|show|transfer|restart|export: the vouchers made of the
// business's posted events, and sending them to the accounting program.
#include "app/skranke-cli/accountingjson.h"
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/usageerror.h"
#include "core/accounting/accountingservice.h"
#include "core/accounting/exportformat.h"
#include "core/accounting/transfertarget.h"
#include "core/accounting/voucherstore.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/time/dates.h"

#include <QDir>

namespace skranke::cli {

namespace {

constexpr int Page = 200;

// Every voucher the filter matches, page by page, in number order.
std::vector<Voucher> allVouchers(Database& db, const VoucherFilter& filter) {
    std::vector<Voucher> all;
    for (;;) {
        const auto page = VoucherStore::list(db, filter, all.empty() ? 0 : all.back().number, Page);
        all.insert(all.end(), page.begin(), page.end());
        if (int(page.size()) < Page)
            return all;
    }
}

Voucher voucherNumbered(Database& db, const QString& text) {
    bool ok = false;
    const qint64 number = text.trimmed().toLongLong(&ok);
    if (!ok || number <= 0)
        throw Error::invalid(QStringLiteral("number"),
                             AccountingText::tr("\"%1\" is not a voucher number.").arg(text));
    if (auto v = VoucherStore::byNumber(db, number))
        return *v;
    throw Error(ErrorCode::NotFound,
                AccountingText::tr("There is no voucher number %1.").arg(number),
                QStringLiteral("number"));
}

QString timeZone(Database& db) {
    return CompanyService::require(db).timeZone;
}

int vouchers(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    requireOnlyOptions(p, QStringLiteral("vouchers"),
                       {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("state"),
                        QStringLiteral("category"), QStringLiteral("lines")},
                       usage);
    VoucherFilter filter;
    const DatePeriod period = periodOptions(p, false, usage);
    filter.from = period.from;
    filter.to = period.to;
    if (p.isSet(QStringLiteral("state"))) {
        filter.state = VoucherTexts::stateFromKey(p.value(QStringLiteral("state")).trimmed());
        if (!filter.state)
            throw Error::invalid(
                QStringLiteral("state"),
                AccountingText::tr("--state must be pending, queued, transferred or failed, not "
                                   "\"%1\".")
                    .arg(p.value(QStringLiteral("state"))));
    }
    if (p.isSet(QStringLiteral("category"))) {
        filter.category =
            VoucherTexts::categoryFromKey(p.value(QStringLiteral("category")).trimmed());
        if (!filter.category)
            throw Error::invalid(
                QStringLiteral("category"),
                AccountingText::tr("--category must be sale, payment, refund, payout or other, "
                                   "not \"%1\".")
                    .arg(p.value(QStringLiteral("category"))));
    }
    // The list is of every posted event: make the vouchers not made yet.
    const GenerationResult made = AccountingService::generate(ctx.session());
    Database& db = ctx.db();
    std::vector<Voucher> list = allVouchers(db, filter);
    const bool withLines = p.isSet(QStringLiteral("lines"));
    if (withLines)
        for (Voucher& v : list)
            v = VoucherStore::require(db, v.id);
    const QString zone = timeZone(db);
    QJsonArray out;
    for (const Voucher& v : list)
        out.append(voucherJson(v, withLines, zone));
    ctx.print(out, [&] {
        QStringList lines;
        if (made.made > 0)
            lines << AccountingText::tr("%n new voucher(s) made.", nullptr, int(made.made));
        if (list.empty())
            lines << AccountingText::tr("No vouchers match.");
        else if (withLines)
            for (const Voucher& v : list)
                lines << voucherText(v, zone) << QString();
        else
            lines << voucherTable(list);
        return lines.join(QLatin1Char('\n')).trimmed();
    });
    return 0;
}

int show(CliContext& ctx, const QString& number) {
    Database& db = ctx.db();
    const Voucher v = VoucherStore::require(db, voucherNumbered(db, number).id);
    const QString zone = timeZone(db);
    ctx.print(voucherJson(v, true, zone), [&] { return voucherText(v, zone); });
    return 0;
}

QString targetOption(const QCommandLineParser& p) {
    const QString target = p.value(QStringLiteral("target")).trimmed();
    if (p.isSet(QStringLiteral("target")) && !TransferTargets::names().contains(target))
        throw Error::invalid(QStringLiteral("target"),
                             AccountingText::tr("--target must be one of %1, not \"%2\".")
                                 .arg(TransferTargets::names().join(QStringLiteral(", ")), target));
    return target;
}

int transfer(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    requireOnlyOptions(p, QStringLiteral("transfer"),
                       {QStringLiteral("target"), QStringLiteral("restart-failed"),
                        QStringLiteral("mark-from"), QStringLiteral("mark-to")},
                       usage);
    const QString target = targetOption(p);
    const bool markFrom = p.isSet(QStringLiteral("mark-from"));
    if (markFrom != p.isSet(QStringLiteral("mark-to")))
        throw Error::invalid(markFrom ? QStringLiteral("mark_to") : QStringLiteral("mark_from"),
                             AccountingText::tr("Give --mark-from and --mark-to together: the "
                                                "period whose pending vouchers to transfer."));
    QDate from, to;
    if (markFrom) {
        from = Dates::parse(p.value(QStringLiteral("mark-from")), QStringLiteral("mark_from"));
        to = Dates::parse(p.value(QStringLiteral("mark-to")), QStringLiteral("mark_to"));
        if (to < from)
            throw Error::invalid(QStringLiteral("mark_to"),
                                 AccountingText::tr("--mark-to (%1) must not be before "
                                                    "--mark-from (%2).")
                                     .arg(Dates::iso(to), Dates::iso(from)));
    }
    const Session& session = ctx.session();
    Database& db = ctx.db();
    int restarted = 0;
    int marked = 0;
    if (p.isSet(QStringLiteral("restart-failed")))
        restarted = AccountingService::restartAllFailed(session);
    if (markFrom) {
        // The vouchers before automatic transfer started wait to be sent by hand.
        AccountingService::generate(session);
        VoucherFilter filter;
        filter.from = from;
        filter.to = to;
        filter.state = VoucherState::Pending;
        std::vector<std::int64_t> ids;
        for (const Voucher& v : allVouchers(db, filter))
            ids.push_back(v.id);
        if (!ids.empty())
            marked = AccountingService::markForTransfer(session, ids);
    }
    const TransferRun run = AccountingService::transfer(session, target);
    // Vouchers that failed before this run (when made, for a missing mapping)
    // wait too: say so, so they are not forgotten.
    VoucherFilter failedFilter;
    failedFilter.state = VoucherState::Failed;
    const std::int64_t failedTotal = VoucherStore::count(db, failedFilter);
    QJsonObject o = transferRunJson(run);
    o.insert(QStringLiteral("restarted"), restarted);
    o.insert(QStringLiteral("marked"), marked);
    o.insert(QStringLiteral("failed_total"), qint64(failedTotal));
    ctx.print(o, [&] {
        QStringList lines;
        if (p.isSet(QStringLiteral("restart-failed")))
            lines << AccountingText::tr("%n failed voucher(s) restarted.", nullptr, restarted);
        if (markFrom)
            lines << AccountingText::tr("%n pending voucher(s) dated %1 – %2 marked for transfer.",
                                        nullptr, marked)
                         .arg(Dates::iso(from), Dates::iso(to));
        lines << transferRunText(run);
        if (failedTotal > 0)
            lines << AccountingText::tr(
                "%n voucher(s) failed and wait: see \"accounting vouchers "
                "--state failed\", then map the accounts and restart "
                "them (accounting transfer --restart-failed).",
                nullptr, int(failedTotal));
        return lines.join(QLatin1Char('\n'));
    });
    return 0;
}

int restart(CliContext& ctx, const QStringList& numbers) {
    const Session& session = ctx.session();
    Database& db = ctx.db();
    std::vector<std::int64_t> ids;
    for (const QString& n : numbers)
        ids.push_back(voucherNumbered(db, n).id);
    const int restarted = AccountingService::restart(session, ids);
    const QString zone = timeZone(db);
    QJsonArray out;
    std::vector<Voucher> after;
    for (std::int64_t id : ids) {
        after.push_back(VoucherStore::require(db, id));
        out.append(voucherJson(after.back(), false, zone));
    }
    ctx.print(
        QJsonObject{{QStringLiteral("restarted"), restarted}, {QStringLiteral("vouchers"), out}},
        [&] {
            return (QStringList{
                        AccountingText::tr("%n voucher(s) restarted.", nullptr, restarted)} +
                    voucherTable(after))
                .join(QLatin1Char('\n'));
        });
    return 0;
}

int exportFile(CliContext& ctx, const QCommandLineParser& p, const QString& format,
               const QString& usage) {
    requireOnlyOptions(p, QStringLiteral("export"),
                       {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("o"),
                        QStringLiteral("output")},
                       usage);
    if (!AccountingExport::names().contains(format))
        throw Error::invalid(
            QStringLiteral("format"),
            AccountingText::tr("The export format must be one of %1, not \"%2\".")
                .arg(AccountingExport::names().join(QStringLiteral(", ")), format));
    if (!p.isSet(QStringLiteral("o")))
        throw UsageError(AccountingText::tr("accounting export needs -o FILE: where to write it.") +
                         QStringLiteral("\n\n") + usage);
    const DatePeriod period = periodOptions(p, true, usage);
    const QString file = p.value(QStringLiteral("o"));
    // The file holds every posted event of the period: make the missing vouchers first.
    AccountingService::generate(ctx.session());
    Database& db = ctx.db();
    AccountingExport::toFile(db, ctx.clock(), format, ExportPeriod{period.from, period.to}, file);
    VoucherFilter filter;
    filter.from = period.from;
    filter.to = period.to;
    const std::int64_t count = VoucherStore::count(db, filter);
    ctx.print(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(file)},
                          {QStringLiteral("format"), format},
                          {QStringLiteral("from"), Dates::iso(period.from)},
                          {QStringLiteral("to"), Dates::iso(period.to)},
                          {QStringLiteral("vouchers"), qint64(count)}},
              [&] {
                  return AccountingText::tr("Wrote %n voucher(s) dated %1 – %2 to %3.", nullptr,
                                            int(count))
                      .arg(Dates::iso(period.from), Dates::iso(period.to),
                           QDir::toNativeSeparators(file));
              });
    return 0;
}

}  // namespace

int runAccountingVouchers(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos,
                          const QString& usage) {
    const QString what = pos.value(0);
    if (what == QLatin1String("vouchers") && pos.size() == 1)
        return vouchers(ctx, p, usage);
    if (what == QLatin1String("show") && pos.size() == 2) {
        requireOnlyOptions(p, what, {}, usage);
        return show(ctx, pos[1]);
    }
    if (what == QLatin1String("transfer") && pos.size() == 1)
        return transfer(ctx, p, usage);
    if (what == QLatin1String("restart") && pos.size() >= 2) {
        requireOnlyOptions(p, what, {}, usage);
        return restart(ctx, pos.mid(1));
    }
    if (what == QLatin1String("export") && pos.size() == 2)
        return exportFile(ctx, p, pos[1], usage);
    throw UsageError(usage);
}

}  // namespace skranke::cli
