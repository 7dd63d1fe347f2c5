#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/company/companyservice.h"
#include "core/ledger/settlementservice.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"

#include <QJsonArray>

namespace skranke::cli {

namespace {

class SettleText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Settle)
};

std::int64_t idOf(const QString& text, const char* field) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error::invalid(
            QLatin1String(field),
            QCoreApplication::translate("skranke::cli::Settle", "\"%1\" is not an ID.").arg(text));
    return id;
}

}  // namespace

int runSettle(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("auto|match|undo"), SettleText::tr("What to do."));
    p.addOptions({
        {QStringLiteral("debtor-from"), SettleText::tr("First debtor ID (auto)."),
         SettleText::tr("ID")},
        {QStringLiteral("debtor-to"), SettleText::tr("Last debtor ID (auto)."),
         SettleText::tr("ID")},
        {QStringLiteral("only-balance-zero"),
         SettleText::tr("Only debtors whose balance is 0 (auto).")},
        {QStringLiteral("only-equal-amounts"),
         SettleText::tr("Only payments and invoices exactly alike (auto).")},
        {QStringLiteral("dry-run"), SettleText::tr("Show what would be settled; write nothing.")},
        {QStringLiteral("payment"), SettleText::tr("The payment's posting ID (match)."),
         SettleText::tr("ID")},
        {QStringLiteral("invoice"), SettleText::tr("The invoice number (match)."),
         SettleText::tr("NUMBER")},
        {QStringLiteral("amount"), SettleText::tr("Amount to settle (match)."),
         SettleText::tr("AMOUNT")},
        {QStringLiteral("date"), SettleText::tr("Settlement date (default: today)."),
         SettleText::tr("DATE")},
    });
    const QString usage = SettleText::tr(
        "Usage: skranke-cli --user ME settle auto [--debtor-from ID --debtor-to ID] "
        "[--only-balance-zero] [--only-equal-amounts] [--dry-run]\n"
        "       skranke-cli --user ME settle match --payment ID --invoice NUMBER --amount A\n"
        "       skranke-cli --user ME settle undo SETTLEMENT_ID");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    const QDate date =
        p.isSet(QStringLiteral("date"))
            ? Dates::parse(p.value(QStringLiteral("date")), QStringLiteral("date"))
            : Dates::localDate(ctx.clock().nowMs(), CompanyService::require(ctx.db()).timeZone);
    if (pos == QStringList{QStringLiteral("auto")}) {
        SettlementService::Filter f;
        if (p.isSet(QStringLiteral("debtor-from")))
            f.debtorFrom = idOf(p.value(QStringLiteral("debtor-from")), "debtor_from");
        if (p.isSet(QStringLiteral("debtor-to")))
            f.debtorTo = idOf(p.value(QStringLiteral("debtor-to")), "debtor_to");
        if (f.debtorFrom && f.debtorTo && f.debtorTo < f.debtorFrom)
            throw Error::invalid(QStringLiteral("debtor_to"),
                                 SettleText::tr("--debtor-to is before --debtor-from."));
        f.onlyBalanceZero = p.isSet(QStringLiteral("only-balance-zero"));
        f.onlyEqualAmounts = p.isSet(QStringLiteral("only-equal-amounts"));
        const bool dry = p.isSet(QStringLiteral("dry-run"));
        const auto results = SettlementService::settleAuto(ctx.session(), f, {}, dry, date);
        QJsonArray rows;
        QStringList lines;
        std::int64_t total = 0;
        QString currency;
        for (const auto& r : results) {
            rows.append(QJsonObject{{QStringLiteral("debtor"), qint64(r.debtorId)},
                                    {QStringLiteral("pairs"), r.pairs},
                                    {QStringLiteral("settled"), r.settled.toDecimalString()},
                                    {QStringLiteral("currency"), r.settled.currency().code()}});
            lines << SettleText::tr("debtor %1: %2 in %3 settlements")
                         .arg(r.debtorId)
                         .arg(r.settled.toDecimalString())
                         .arg(r.pairs);
            total += r.settled.minor();
            currency = r.settled.currency().code();
        }
        ctx.print(QJsonObject{{QStringLiteral("dry_run"), dry}, {QStringLiteral("debtors"), rows}},
                  [&] {
                      lines << (dry ? SettleText::tr(
                                          "Would settle %1 debtors (dry run; nothing written).")
                                    : SettleText::tr("Settled %1 debtors."))
                                   .arg(results.size());
                      return lines.join(QLatin1Char('\n'));
                  });
        return 0;
    }
    if (pos == QStringList{QStringLiteral("match")}) {
        for (const char* required : {"payment", "invoice", "amount"})
            if (!p.isSet(QLatin1String(required)))
                throw UsageError(usage);
        const Currency c = Currency::fromCode(CompanyService::rules(ctx.db()).currency);
        const std::int64_t id = SettlementService::match(
            ctx.session(), idOf(p.value(QStringLiteral("payment")), "payment"),
            idOf(p.value(QStringLiteral("invoice")), "invoice"),
            Money::fromDecimalString(p.value(QStringLiteral("amount")), c), date);
        ctx.print(QJsonObject{{QStringLiteral("settlement"), qint64(id)}},
                  [&] { return SettleText::tr("Settlement %1 made.").arg(id); });
        return 0;
    }
    if (pos.size() == 2 && pos[0] == QLatin1String("undo")) {
        const std::int64_t id = idOf(pos[1], "settlement");
        SettlementService::undo(ctx.session(), id);
        ctx.print(QJsonObject{{QStringLiteral("settlement"), qint64(id)},
                              {QStringLiteral("undone"), true}},
                  [&] { return SettleText::tr("Settlement %1 undone.").arg(id); });
        return 0;
    }
    throw UsageError(usage);
}

}  // namespace skranke::cli
