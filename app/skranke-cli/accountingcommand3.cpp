// accounting payouts import|list and accounting balance: the card acquirer's
// payouts, and sold vs paid vs paid out vs transferred for a period.
#include "app/skranke-cli/accountingjson.h"
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/usageerror.h"
#include "core/accounting/balancereport.h"
#include "core/accounting/payoutimport.h"
#include "core/accounting/payoutstore.h"
#include "core/store/error.h"
#include "core/time/dates.h"
#include "ui/documents/accountingbalancedocument.h"

#include <QDir>

namespace skranke::cli {

namespace {

using T = AccountingText;

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const QDate& date) {
    return date.isValid() ? QJsonValue(Dates::iso(date)) : QJsonValue(QJsonValue::Null);
}

QJsonObject payoutLineJson(const PayoutLine& l) {
    return {{QStringLiteral("line"), l.lineNo},
            {QStringLiteral("kind"), l.kind},
            {QStringLiteral("reference"), textOrNull(l.reference)},
            {QStringLiteral("date"), dateOrNull(l.txDate)},
            {QStringLiteral("amount"), l.amount.toDecimalString()},
            {QStringLiteral("fee"), l.fee.toDecimalString()},
            {QStringLiteral("text"), textOrNull(l.text)},
            {QStringLiteral("matched"), l.matched()},
            {QStringLiteral("match_kind"), textOrNull(l.matchKind)},
            {QStringLiteral("match"), textOrNull(l.matchLabel)}};
}

QJsonObject payoutJson(const Payout& p, bool withLines) {
    QJsonObject o{{QStringLiteral("id"), qint64(p.id)},
                  {QStringLiteral("acquirer"), p.acquirer},
                  {QStringLiteral("reference"), p.reference},
                  {QStringLiteral("date"), Dates::iso(p.date)},
                  {QStringLiteral("currency"), p.currency},
                  {QStringLiteral("gross"), p.gross.toDecimalString()},
                  {QStringLiteral("fee"), p.fee.toDecimalString()},
                  {QStringLiteral("net"), p.net.toDecimalString()},
                  {QStringLiteral("transactions"), p.transactionCount},
                  {QStringLiteral("unmatched"), p.unmatchedCount},
                  {QStringLiteral("file"), textOrNull(p.fileName)}};
    if (withLines) {
        QJsonArray lines, unmatched;
        for (const PayoutLine& l : p.lines) {
            lines.append(payoutLineJson(l));
            if (l.isTransaction() && !l.matched())
                unmatched.append(payoutLineJson(l));
        }
        o.insert(QStringLiteral("lines"), lines);
        o.insert(QStringLiteral("unmatched_lines"), unmatched);
    }
    return o;
}

QStringList payoutTable(const std::vector<Payout>& payouts) {
    QList<QStringList> rows{{T::tr("Payout"), T::tr("Acquirer"), T::tr("Date"), T::tr("Gross"),
                             T::tr("Fee"), T::tr("Net"), T::tr("Transactions"),
                             T::tr("Unmatched")}};
    for (const Payout& p : payouts)
        rows << QStringList{p.reference,
                            p.acquirer,
                            Dates::iso(p.date),
                            p.gross.toDecimalString(),
                            p.fee.toDecimalString(),
                            p.net.toDecimalString() + QLatin1Char(' ') + p.currency,
                            QString::number(p.transactionCount),
                            QString::number(p.unmatchedCount)};
    return alignedTable(rows, {3, 4, 5, 6, 7});
}

int payoutsImport(CliContext& ctx, const QCommandLineParser& p, const QString& file,
                  const QString& usage) {
    requireOnlyOptions(p, QStringLiteral("payouts import"), {QStringLiteral("acquirer")}, usage);
    const QString acquirer = p.isSet(QStringLiteral("acquirer"))
                                 ? p.value(QStringLiteral("acquirer")).trimmed()
                                 : QStringLiteral("nets");
    const PayoutImportReport r = PayoutImport::importFile(ctx.session(), file, acquirer);
    QJsonArray imported;
    for (const Payout& payout : r.imported)
        imported.append(payoutJson(payout, true));
    const QJsonObject o{
        {QStringLiteral("imported"), imported},
        {QStringLiteral("already_imported"), QJsonArray::fromStringList(r.alreadyImported)},
        {QStringLiteral("unmatched"), r.unmatched}};
    ctx.print(o, [&] {
        QStringList lines;
        if (r.imported.empty())
            lines << T::tr("No new payouts in the file.");
        else
            lines << payoutTable(r.imported);
        for (const QString& ref : r.alreadyImported)
            lines << T::tr("Payout %1 was imported before; left as it is.").arg(ref);
        if (r.unmatched > 0) {
            lines << T::tr("%n transaction(s) settle nothing Skranke knows:", nullptr, r.unmatched);
            for (const Payout& payout : r.imported)
                for (const PayoutLine& l : payout.lines)
                    if (l.isTransaction() && !l.matched())
                        lines << QStringLiteral("  %1  %2  %3  %4")
                                     .arg(payout.reference, Dates::iso(l.txDate), l.reference,
                                          l.amount.toDecimalString());
        }
        return lines.join(QLatin1Char('\n'));
    });
    return 0;
}

int payoutsList(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    requireOnlyOptions(p, QStringLiteral("payouts list"),
                       {QStringLiteral("from"), QStringLiteral("to")}, usage);
    const DatePeriod period = periodOptions(p, false, usage);
    Database& db = ctx.db();
    const std::vector<Payout> payouts = PayoutStore::list(db, period.from, period.to);
    const std::vector<UnmatchedPayoutLine> unmatched =
        PayoutStore::unmatchedLines(db, period.from, period.to);
    QJsonArray out;
    for (const Payout& payout : payouts)
        out.append(payoutJson(payout, false));
    ctx.print(out, [&] {
        QStringList lines;
        if (payouts.empty())
            return T::tr("No payouts.");
        lines << payoutTable(payouts);
        if (!unmatched.empty()) {
            lines << QString() << T::tr("Unmatched transactions:");
            for (const UnmatchedPayoutLine& u : unmatched)
                lines << QStringLiteral("  %1  %2  %3  %4")
                             .arg(u.payoutReference, Dates::iso(u.line.txDate), u.line.reference,
                                  u.line.amount.toDecimalString());
        }
        return lines.join(QLatin1Char('\n'));
    });
    return 0;
}

QString differenceKey(BalanceDifferenceKind kind) {
    switch (kind) {
        case BalanceDifferenceKind::OrdersWithoutPayment:
            return QStringLiteral("orders_without_payment");
        case BalanceDifferenceKind::PaymentsWithoutOrder:
            return QStringLiteral("payments_without_order");
        case BalanceDifferenceKind::UnmatchedPayouts:
            return QStringLiteral("unmatched_payouts");
        case BalanceDifferenceKind::VouchersNotTransferred:
            return QStringLiteral("vouchers_not_transferred");
    }
    return {};
}

QJsonObject rowJson(const BalanceMethodRow& r) {
    return {{QStringLiteral("method"), r.method},
            {QStringLiteral("label"), r.label},
            {QStringLiteral("paid"), r.paid.toDecimalString()},
            {QStringLiteral("paid_out"), r.paidOut.toDecimalString()},
            {QStringLiteral("fees"), r.fees.toDecimalString()},
            {QStringLiteral("not_paid_out"), r.notPaidOut.toDecimalString()},
            {QStringLiteral("acquirer_paid"), r.acquirerPaid},
            {QStringLiteral("money"), r.money},
            {QStringLiteral("vouchered"), r.vouchered.toDecimalString()},
            {QStringLiteral("transferred"), r.transferred.toDecimalString()}};
}

QJsonObject differenceJson(const BalanceDifference& d) {
    QJsonArray items;
    for (const BalanceItem& i : d.items)
        items.append(QJsonObject{{QStringLiteral("id"), qint64(i.id)},
                                 {QStringLiteral("ref"), i.ref},
                                 {QStringLiteral("date"), dateOrNull(i.date)},
                                 {QStringLiteral("amount"), i.amount.toDecimalString()},
                                 {QStringLiteral("text"), i.text}});
    return {{QStringLiteral("kind"), differenceKey(d.kind)},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("explanation"), d.explanation},
            {QStringLiteral("count"), qint64(d.count)},
            {QStringLiteral("sum"), d.sum.toDecimalString()},
            {QStringLiteral("items"), items}};
}

QJsonObject balanceJson(const BalanceReport& b) {
    QJsonArray rows, differences;
    for (const BalanceMethodRow& r : b.rows)
        rows.append(rowJson(r));
    for (const BalanceDifference& d : b.differences)
        differences.append(differenceJson(d));
    return {{QStringLiteral("from"), Dates::iso(b.from)},
            {QStringLiteral("to"), Dates::iso(b.to)},
            {QStringLiteral("currency"), b.currency},
            {QStringLiteral("sold"), b.sold.toDecimalString()},
            {QStringLiteral("sold_invoices"), b.soldInvoices.toDecimalString()},
            {QStringLiteral("sold_receipts"), b.soldReceipts.toDecimalString()},
            {QStringLiteral("sold_orders"), b.soldOrders.toDecimalString()},
            {QStringLiteral("paid"), b.paid.toDecimalString()},
            {QStringLiteral("paid_out"), b.paidOut.toDecimalString()},
            {QStringLiteral("fees"), b.fees.toDecimalString()},
            {QStringLiteral("vouchered"), b.vouchered.toDecimalString()},
            {QStringLiteral("transferred"), b.transferred.toDecimalString()},
            {QStringLiteral("methods"), rows},
            {QStringLiteral("differences"), differences}};
}

QString balanceText(const BalanceReport& b) {
    QStringList out{
        T::tr("Balance %1 – %2 (%3)").arg(Dates::iso(b.from), Dates::iso(b.to), b.currency),
        T::tr("Sold: %1 (invoices %2, till %3, online orders %4)")
            .arg(b.sold.toDecimalString(), b.soldInvoices.toDecimalString(),
                 b.soldReceipts.toDecimalString(), b.soldOrders.toDecimalString()),
        QString()};
    QList<QStringList> rows{{T::tr("Method"), T::tr("Paid"), T::tr("Paid out"), T::tr("Fees"),
                             T::tr("Not paid out"), T::tr("Vouchered"), T::tr("Transferred")}};
    for (const BalanceMethodRow& r : b.rows)
        rows << QStringList{r.money ? r.label : T::tr("%1 (no money)").arg(r.label),
                            r.paid.toDecimalString(),
                            r.paidOut.toDecimalString(),
                            r.fees.toDecimalString(),
                            r.acquirerPaid ? r.notPaidOut.toDecimalString() : QString(),
                            r.vouchered.toDecimalString(),
                            r.transferred.toDecimalString()};
    rows << QStringList{T::tr("Total"),
                        b.paid.toDecimalString(),
                        b.paidOut.toDecimalString(),
                        b.fees.toDecimalString(),
                        QString(),
                        b.vouchered.toDecimalString(),
                        b.transferred.toDecimalString()};
    out << alignedTable(rows, {1, 2, 3, 4, 5, 6});
    for (const BalanceDifference& d : b.differences) {
        out << QString()
            << T::tr("%1: %2, %3").arg(d.title).arg(d.count).arg(d.sum.toDecimalString());
        for (const BalanceItem& i : d.items)
            out << QStringLiteral("  %1  %2  %3  %4")
                       .arg(Dates::iso(i.date), i.ref, i.amount.toDecimalString(), i.text);
        if (std::int64_t(d.items.size()) < d.count)
            out << T::tr("  … and %n more", nullptr, int(d.count - std::int64_t(d.items.size())));
    }
    return out.join(QLatin1Char('\n'));
}

}  // namespace

int runAccountingPayouts(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos,
                         const QString& usage) {
    const QString what = pos.value(1);
    if (what == QLatin1String("import") && pos.size() == 3)
        return payoutsImport(ctx, p, pos[2], usage);
    if (what == QLatin1String("list") && pos.size() == 2)
        return payoutsList(ctx, p, usage);
    throw UsageError(usage);
}

int runAccountingBalance(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos,
                         const QString& usage) {
    if (pos.size() != 1)
        throw UsageError(usage);
    requireOnlyOptions(p, QStringLiteral("balance"),
                       {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("pdf")},
                       usage);
    const DatePeriod period = periodOptions(p, true, usage);
    Database& db = ctx.db();
    const BalanceReport report = BalanceReport::make(db, period.from, period.to);
    QJsonObject o = balanceJson(report);
    if (p.isSet(QStringLiteral("pdf"))) {
        const QString file = p.value(QStringLiteral("pdf"));
        // In the program's language, like the screen it comes from.
        AccountingBalanceDocument(report).writePdf(file);
        o.insert(QStringLiteral("pdf"), QDir::toNativeSeparators(file));
    }
    ctx.print(o, [&] {
        QString text = balanceText(report);
        if (o.contains(QStringLiteral("pdf")))
            text += QLatin1Char('\n') +
                    T::tr("Wrote the report to %1.").arg(o.value(QStringLiteral("pdf")).toString());
        return text;
    });
    return 0;
}

}  // namespace skranke::cli
