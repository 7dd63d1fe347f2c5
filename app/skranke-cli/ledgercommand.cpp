#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/receivablesjson.h"
#include "app/skranke-cli/usageerror.h"
#include "core/company/companyservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/parties/debtorservice.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"

#include <QJsonArray>

namespace skranke::cli {

namespace {

class LedgerText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Ledger)
};

std::int64_t debtorId(const QString& text) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error::invalid(
            QStringLiteral("debtor"),
            QCoreApplication::translate("skranke::cli::Ledger", "\"%1\" is not a debtor ID.")
                .arg(text));
    return id;
}

Money amountOf(CliContext& ctx, const QCommandLineParser& p) {
    return Money::fromDecimalString(p.value(QStringLiteral("amount")),
                                    Currency::fromCode(CompanyService::rules(ctx.db()).currency));
}

QDate dateOf(CliContext& ctx, const QCommandLineParser& p) {
    if (p.isSet(QStringLiteral("date")))
        return Dates::parse(p.value(QStringLiteral("date")), QStringLiteral("date"));
    return Dates::localDate(ctx.clock().nowMs(), CompanyService::require(ctx.db()).timeZone);
}

QJsonObject postingJson(CliContext& ctx, const Posting& p) {
    QJsonObject o = toJson(PostingRow{p, p.amount});
    o.remove(QStringLiteral("balance"));
    const auto b = LedgerService::balance(ctx.db(), p.debtorId);
    o.insert(QStringLiteral("debtor"), qint64(p.debtorId));
    o.insert(QStringLiteral("outstanding"), b.outstanding.toDecimalString());
    o.insert(QStringLiteral("prepayment"), b.prepayment.toDecimalString());
    return o;
}

}  // namespace

int runPayment(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("register"), LedgerText::tr("What to do."));
    p.addOptions(
        {{QStringLiteral("debtor"), LedgerText::tr("Debtor ID."), LedgerText::tr("ID")},
         {QStringLiteral("amount"), LedgerText::tr("Amount received."), LedgerText::tr("AMOUNT")},
         {QStringLiteral("date"), LedgerText::tr("Payment date (default: today)."),
          LedgerText::tr("DATE")},
         {QStringLiteral("type"), LedgerText::tr("Payment type (bank, cash, card, …)."),
          LedgerText::tr("TYPE"), QStringLiteral("bank")},
         {QStringLiteral("reference"), LedgerText::tr("The payment's reference."),
          LedgerText::tr("REF")}});
    const QString usage = LedgerText::tr(
        "Usage: skranke-cli --user ME payment register --debtor ID --amount A [--date D] [--type "
        "T] "
        "[--reference R]\nThe payment settles the debtor's oldest open invoices; the rest stands "
        "as a "
        "prepayment.");
    if (!ctx.parse(p, args, usage))
        return 0;
    if (p.positionalArguments() != QStringList{QStringLiteral("register")} ||
        !p.isSet(QStringLiteral("debtor")) || !p.isSet(QStringLiteral("amount")))
        throw UsageError(usage);
    const Posting pay = LedgerService::registerPayment(
        ctx.session(), debtorId(p.value(QStringLiteral("debtor"))), amountOf(ctx, p),
        dateOf(ctx, p), p.value(QStringLiteral("type")), p.value(QStringLiteral("reference")));
    ctx.print(postingJson(ctx, pay), [&] {
        return LedgerText::tr("Registered %1 from debtor %2; %3 remains as prepayment.")
            .arg((-pay.amount).toDecimalString())
            .arg(pay.debtorId)
            .arg((-pay.open).toDecimalString());
    });
    return 0;
}

int runWriteOff(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("debtor"), LedgerText::tr("Debtor ID."), LedgerText::tr("ID")},
         {QStringLiteral("amount"), LedgerText::tr("Amount to write off."),
          LedgerText::tr("AMOUNT")},
         {QStringLiteral("reason"), LedgerText::tr("Why (required)."), LedgerText::tr("TEXT")},
         {QStringLiteral("date"), LedgerText::tr("Date (default: today)."),
          LedgerText::tr("DATE")}});
    const QString usage = LedgerText::tr(
        "Usage: skranke-cli --user ME write-off --debtor ID --amount A --reason R [--date D]");
    if (!ctx.parse(p, args, usage))
        return 0;
    if (!p.positionalArguments().isEmpty() || !p.isSet(QStringLiteral("debtor")) ||
        !p.isSet(QStringLiteral("amount")))
        throw UsageError(usage);
    const Posting w = LedgerService::writeOff(
        ctx.session(), debtorId(p.value(QStringLiteral("debtor"))), amountOf(ctx, p),
        dateOf(ctx, p), p.value(QStringLiteral("reason")));
    ctx.print(postingJson(ctx, w), [&] {
        return LedgerText::tr("Wrote off %1 for debtor %2.")
            .arg((-w.amount).toDecimalString())
            .arg(w.debtorId);
    });
    return 0;
}

int runPostings(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("DEBTOR"), LedgerText::tr("Debtor ID."));
    p.addOption({QStringLiteral("payment-type"), LedgerText::tr("Show the payment type column.")});
    const QString usage = LedgerText::tr("Usage: skranke-cli postings DEBTOR [--payment-type]");
    if (!ctx.parse(p, args, usage))
        return 0;
    if (p.positionalArguments().size() != 1)
        throw UsageError(usage);
    const Debtor d = DebtorService::require(ctx.db(), debtorId(p.positionalArguments()[0]));
    const bool types = p.isSet(QStringLiteral("payment-type"));
    QJsonArray rows;
    QStringList lines{LedgerText::tr("Postings of %1 %2").arg(d.id).arg(d.displayName())};
    for (const PostingRow& r : LedgerService::postings(ctx.db(), d.id)) {
        rows.append(toJson(r));
        QString line =
            QStringLiteral("%1  %2 %3 %4 %5 %6")
                .arg(Dates::iso(r.posting.date))
                .arg(postingKindName(r.posting.kind), -14)
                .arg(r.posting.docNumber > 0 ? QString::number(r.posting.docNumber) : QString(), 7)
                .arg(r.posting.amount.toDecimalString(), 12)
                .arg(r.posting.open.toDecimalString(), 12)
                .arg(r.runningBalance.toDecimalString(), 12);
        if (types)
            line += QStringLiteral("  ") + r.posting.paymentType;
        lines << line;
    }
    ctx.print(rows, [&] { return lines.join(QLatin1Char('\n')); });
    return 0;
}

}  // namespace skranke::cli
