// till payment|drawer|value-card: a debtor's payment taken at the till, the
// drawer opened without a sale, and a value card's balance and history.
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/tillcli.h"
#include "app/skranke-cli/usageerror.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/till/tillpayments.h"
#include "core/till/tillservice.h"
#include "core/till/valuecards.h"
#include "ui/documents/tillpaymentdocument.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace skranke::cli {

namespace {

// "NUMBER|AMOUNT": how much of an invoice the payment settles.
LedgerService::Allocation parseAllocation(Database& db, const QString& spec, int index) {
    const QStringList parts = spec.split(QLatin1Char('|'));
    if (parts.size() != 2)
        throw Error::invalid(
            QStringLiteral("invoice"),
            QCoreApplication::translate("skranke::cli::Till",
                                        "--invoice %1 must be \"NUMBER|AMOUNT\", not \"%2\".")
                .arg(index)
                .arg(spec));
    return {TillCli::positive(parts[0].trimmed(), "invoice"),
            TillCli::amount(parts[1], db, "invoice")};
}

int payment(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    const QString till = TillCli::required(p, "till", usage);
    Database& db = ctx.db();
    TillPaymentInput in;
    in.debtorId = TillCli::positive(TillCli::required(p, "debtor", usage), "debtor");
    in.amount = TillCli::amount(TillCli::required(p, "amount", usage), db, "amount");
    in.tender = tenderKindFromKey(p.value(QStringLiteral("pay-by")).trimmed());
    in.reference = p.value(QStringLiteral("reference"));
    for (const QString& spec : p.values(QStringLiteral("invoice")))
        in.allocations.push_back(parseAllocation(db, spec, int(in.allocations.size()) + 1));
    const TillPayment paid = TillPayments::take(ctx.session(), till, in);
    const QString out = p.value(QStringLiteral("out"));
    if (!out.isEmpty())
        TillPaymentDocument(paid, CompanyService::require(db)).writePdf(out);
    ctx.print(QJsonObject{{QStringLiteral("till"), paid.tillRef},
                          {QStringLiteral("debtor"), qint64(paid.debtorId)},
                          {QStringLiteral("name"), paid.debtorName},
                          {QStringLiteral("tender"), tenderKindKey(paid.tender)},
                          {QStringLiteral("amount"), paid.amount.toDecimalString()},
                          {QStringLiteral("remaining"), paid.remaining.toDecimalString()},
                          {QStringLiteral("posting"), qint64(paid.posting.id)}},
              [&] {
                  return paid.remaining.isZero()
                             ? TillCli::tr("Took %1 from %2 (%3) at till %4.")
                                   .arg(paid.amount.toDecimalString(), paid.debtorName,
                                        tenderKindKey(paid.tender), paid.tillRef)
                             : TillCli::tr(
                                   "Took %1 from %2 (%3) at till %4; %5 stands on the "
                                   "debtor.")
                                   .arg(paid.amount.toDecimalString(), paid.debtorName,
                                        tenderKindKey(paid.tender), paid.tillRef,
                                        paid.remaining.toDecimalString());
              });
    return 0;
}

int drawer(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    const QString till = TillCli::required(p, "till", usage);
    const QString reason = TillCli::required(p, "reason", usage);
    TillService::openDrawer(ctx.session(), till, reason);
    ctx.print(QJsonObject{{QStringLiteral("till"), till}, {QStringLiteral("reason"), reason}},
              [&] { return TillCli::tr("Drawer of till %1 opened: %2").arg(till, reason); });
    return 0;
}

int valueCard(CliContext& ctx, const QString& number) {
    Database& db = ctx.db();
    const ValueCard card = ValueCards::require(db, number);
    const std::vector<ValueCardEntry> entries = ValueCards::entries(db, number);
    const QTimeZone zone(CompanyService::require(db).timeZone.toUtf8());
    const auto when = [&](std::int64_t ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate);
    };
    QJsonArray rows;
    for (const ValueCardEntry& e : entries)
        rows.append(QJsonObject{{QStringLiteral("time"), when(e.createdMs)},
                                {QStringLiteral("kind"), e.kind},
                                {QStringLiteral("amount"), e.amount.toDecimalString()},
                                {QStringLiteral("till"), e.tillRef},
                                {QStringLiteral("receipt"), qint64(e.receiptNumber)},
                                {QStringLiteral("user"), e.userName}});
    ctx.print(
        QJsonObject{{QStringLiteral("number"), card.number},
                    {QStringLiteral("balance"), card.balance.toDecimalString()},
                    {QStringLiteral("currency"), card.balance.currency().code()},
                    {QStringLiteral("entries"), rows}},
        [&] {
            QStringList out{TillCli::tr("Value card %1: balance %2 %3")
                                .arg(ValueCards::grouped(card.number),
                                     card.balance.toDecimalString(),
                                     card.balance.currency().code())};
            for (const ValueCardEntry& e : entries)
                out << QStringLiteral("  %1  %2  %3  %4 %5")
                           .arg(when(e.createdMs), e.kind.leftJustified(7),
                                e.amount.toDecimalString().rightJustified(10), e.tillRef,
                                e.receiptNumber ? QString::number(e.receiptNumber) : QString());
            return out.join(QLatin1Char('\n'));
        });
    return 0;
}

}  // namespace

int runTillMoney(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    const QStringList pos = p.positionalArguments();
    if (pos == QStringList{QStringLiteral("payment")})
        return payment(ctx, p, usage);
    if (pos == QStringList{QStringLiteral("drawer")})
        return drawer(ctx, p, usage);
    if (pos.size() == 2 && pos[0] == QLatin1String("value-card"))
        return valueCard(ctx, pos[1]);
    throw UsageError(usage);
}

}  // namespace skranke::cli
