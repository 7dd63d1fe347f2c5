#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/company/companyservice.h"
#include "core/export/csvwriter.h"
#include "core/ledger/balancelist.h"
#include "core/ledger/posting.h"
#include "core/store/error.h"
#include "core/time/dates.h"
#include "ui/documents/balancelistdocument.h"

#include <QJsonArray>

namespace skranke::cli {

namespace {

class BalanceText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::BalanceList)
};

QStringList bucketNames(int interval) {
    return {BalanceText::tr("Not due"), BalanceText::tr("0–%1").arg(interval),
            BalanceText::tr("%1–%2").arg(interval + 1).arg(2 * interval),
            BalanceText::tr("Over %1").arg(2 * interval)};
}

QJsonObject toJson(const BalanceList::Row& r) {
    QJsonArray buckets, items;
    for (const Money& m : r.buckets)
        buckets.append(m.toDecimalString());
    for (const auto& i : r.items)
        items.append(QJsonObject{{QStringLiteral("kind"), i.kind},
                                 {QStringLiteral("number"), qint64(i.number)},
                                 {QStringLiteral("date"), Dates::iso(i.date)},
                                 {QStringLiteral("due"), Dates::iso(i.dueDate)},
                                 {QStringLiteral("open"), i.open.toDecimalString()},
                                 {QStringLiteral("bucket"), i.bucket}});
    QJsonObject o{{QStringLiteral("debtor"), qint64(r.debtorId)},
                  {QStringLiteral("name"), r.name},
                  {QStringLiteral("buckets"), buckets},
                  {QStringLiteral("credits"), r.credits.toDecimalString()},
                  {QStringLiteral("balance"), r.balance.toDecimalString()},
                  {QStringLiteral("currency"), r.balance.currency().code()}};
    if (!r.items.empty())
        o.insert(QStringLiteral("items"), items);
    return o;
}

}  // namespace

int runBalanceList(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("as-of"), BalanceText::tr("The date the balances are as of."),
         BalanceText::tr("DATE")},
        {QStringLiteral("interval"), BalanceText::tr("Days per aging interval."),
         BalanceText::tr("N"), QStringLiteral("30")},
        {QStringLiteral("debtor-from"), BalanceText::tr("First debtor ID."), BalanceText::tr("ID")},
        {QStringLiteral("debtor-to"), BalanceText::tr("Last debtor ID."), BalanceText::tr("ID")},
        {QStringLiteral("specified"), BalanceText::tr("Each open item under its debtor.")},
        {QStringLiteral("include-zero"), BalanceText::tr("Debtors with balance 0 too.")},
        {QStringLiteral("csv"), BalanceText::tr("Write CSV to FILE."), BalanceText::tr("FILE")},
        {QStringLiteral("pdf"), BalanceText::tr("Write a PDF to FILE."), BalanceText::tr("FILE")},
        {QStringLiteral("separator"), BalanceText::tr("CSV separator: ';', ',' or tab."),
         BalanceText::tr("SEP"), QStringLiteral(";")},
    });
    const QString usage = BalanceText::tr(
        "Usage: skranke-cli balance-list --as-of D [--interval N] [--debtor-from ID] [--debtor-to "
        "ID] "
        "[--specified] [--include-zero] [--csv FILE [--separator S]] [--pdf FILE]");
    if (!ctx.parse(p, args, usage))
        return 0;
    if (!p.isSet(QStringLiteral("as-of")) || !p.positionalArguments().isEmpty())
        throw UsageError(usage);
    BalanceList::Filter f;
    f.asOf = Dates::parse(p.value(QStringLiteral("as-of")), QStringLiteral("as_of"));
    bool ok = false;
    f.intervalDays = p.value(QStringLiteral("interval")).toInt(&ok);
    if (!ok)
        throw Error::invalid(QStringLiteral("interval"),
                             BalanceText::tr("--interval must be a number of days."));
    f.debtorFrom = CliContext::wholeNumber(p, "debtor-from", 0);
    f.debtorTo = CliContext::wholeNumber(p, "debtor-to", 0);
    f.specified = p.isSet(QStringLiteral("specified"));
    f.includeZero = p.isSet(QStringLiteral("include-zero"));
    const auto rows = BalanceList::compute(ctx.db(), f);
    const QStringList buckets = bucketNames(f.intervalDays);

    if (p.isSet(QStringLiteral("csv"))) {
        CsvWriter csv(CsvWriter::separatorFromText(p.value(QStringLiteral("separator"))));
        csv.addRow(QStringList{BalanceText::tr("Debtor"), BalanceText::tr("Name"),
                               BalanceText::tr("Item"), BalanceText::tr("Due")} +
                   buckets + QStringList{BalanceText::tr("Credits"), BalanceText::tr("Balance")});
        for (const auto& r : rows) {
            QStringList line{QString::number(r.debtorId), r.name, QString(), QString()};
            for (const Money& m : r.buckets)
                line << m.toDecimalString();
            csv.addRow(line << r.credits.toDecimalString() << r.balance.toDecimalString());
            for (const auto& i : r.items) {
                QStringList item{QString::number(r.debtorId), r.name,
                                 postingKindName(postingKindFromKey(i.kind)) + QLatin1Char(' ') +
                                     (i.number > 0 ? QString::number(i.number) : QString()),
                                 Dates::iso(i.dueDate)};
                for (int b = 0; b < BalanceList::BucketCount; ++b)
                    item << (i.bucket == b ? i.open.toDecimalString() : QString());
                csv.addRow(item << (i.bucket < 0 ? i.open.toDecimalString() : QString())
                                << QString());
            }
        }
        csv.save(p.value(QStringLiteral("csv")));
    }
    if (p.isSet(QStringLiteral("pdf"))) {
        const CompanyProfile company = CompanyService::require(ctx.db());
        BalanceListDocument(company.name, f, rows, DocumentText::languageFor({}, company.country))
            .writePdf(p.value(QStringLiteral("pdf")));
    }
    QJsonArray out;
    QStringList lines{QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                          .arg(BalanceText::tr("Debtor"), 7)
                          .arg(BalanceText::tr("Name"), -28)
                          .arg(buckets[0], 12)
                          .arg(buckets[1], 12)
                          .arg(buckets[2], 12)
                          .arg(buckets[3], 12)
                          .arg(BalanceText::tr("Credits"), 12)
                          .arg(BalanceText::tr("Balance"), 12)};
    for (const auto& r : rows) {
        out.append(toJson(r));
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(r.debtorId, 7)
                     .arg(r.name.left(28), -28)
                     .arg(r.buckets[0].toDecimalString(), 12)
                     .arg(r.buckets[1].toDecimalString(), 12)
                     .arg(r.buckets[2].toDecimalString(), 12)
                     .arg(r.buckets[3].toDecimalString(), 12)
                     .arg(r.credits.toDecimalString(), 12)
                     .arg(r.balance.toDecimalString(), 12);
    }
    ctx.print(QJsonObject{{QStringLiteral("as_of"), Dates::iso(f.asOf)},
                          {QStringLiteral("interval"), f.intervalDays},
                          {QStringLiteral("buckets"), QJsonArray::fromStringList(buckets)},
                          {QStringLiteral("debtors"), out}},
              [&] { return lines.join(QLatin1Char('\n')); });
    return 0;
}

}  // namespace skranke::cli
