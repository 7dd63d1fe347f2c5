#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/till/tillreport.h"
#include "core/till/tillservice.h"
#include "core/time/dates.h"
#include "ui/documents/tillreportdocument.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <limits>

namespace skranke::cli {

namespace {

class TillText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Till)
};

QString localTime(std::int64_t ms, const QString& timeZone) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(timeZone.toUtf8())).toString(Qt::ISODate);
}

std::int64_t startOfDayMs(const QDate& day, const QString& timeZone) {
    return QDateTime(day, QTime(0, 0), QTimeZone(timeZone.toUtf8())).toMSecsSinceEpoch();
}

QJsonObject reportJson(const TillReport& r, const QString& timeZone) {
    QJsonObject tenders;
    for (const auto& [kind, amount] : r.tenders)
        tenders.insert(tenderKindKey(kind), amount.toDecimalString());
    QJsonArray vat;
    for (const ReceiptVat& v : r.vat)
        vat.append(QJsonObject{{QStringLiteral("rate"), v.rate.toPercentString()},
                               {QStringLiteral("gross"), v.gross.toDecimalString()},
                               {QStringLiteral("vat"), v.vat.toDecimalString()}});
    QJsonObject paymentTenders;
    for (const auto& [kind, amount] : r.debtorPaymentTenders)
        paymentTenders.insert(tenderKindKey(kind), amount.toDecimalString());
    const auto optional = [](const std::optional<Money>& m) {
        return m ? QJsonValue(m->toDecimalString()) : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("till"), r.till.ref},
            {QStringLiteral("kind"), r.zNumber > 0 ? QStringLiteral("z") : QStringLiteral("x")},
            {QStringLiteral("z_number"),
             r.zNumber > 0 ? QJsonValue(qint64(r.zNumber)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("made"), localTime(r.madeMs, timeZone)},
            {QStringLiteral("shift_opened"), localTime(r.shift.openedMs, timeZone)},
            {QStringLiteral("currency"), r.salesTotal.currency().code()},
            {QStringLiteral("float"), r.cashFloat.toDecimalString()},
            {QStringLiteral("sales"), r.sales},
            {QStringLiteral("sales_total"), r.salesTotal.toDecimalString()},
            {QStringLiteral("returns"), r.returns},
            {QStringLiteral("returns_total"), r.returnsTotal.toDecimalString()},
            {QStringLiteral("tenders"), tenders},
            {QStringLiteral("vat"), vat},
            {QStringLiteral("rounding"), r.rounding.toDecimalString()},
            {QStringLiteral("cash_in"), r.cashIn.toDecimalString()},
            {QStringLiteral("cash_out"), r.cashOut.toDecimalString()},
            {QStringLiteral("value_cards_sold"), r.valueCardsSold.toDecimalString()},
            {QStringLiteral("debtor_payments"), r.debtorPayments},
            {QStringLiteral("debtor_payment_tenders"), paymentTenders},
            {QStringLiteral("expected_cash"), r.expectedCash.toDecimalString()},
            {QStringLiteral("counted_cash"), optional(r.countedCash)},
            {QStringLiteral("difference"), optional(r.difference)}};
}

QString reportText(const TillReport& r, const QString& timeZone) {
    QStringList out{
        r.zNumber > 0
            ? TillText::tr("Z report %1, till %2, %3")
                  .arg(r.zNumber)
                  .arg(r.till.ref, localTime(r.madeMs, timeZone))
            : TillText::tr("X report, till %1, %2").arg(r.till.ref, localTime(r.madeMs, timeZone))};
    out << TillText::tr("Shift opened %1").arg(localTime(r.shift.openedMs, timeZone));
    out << TillText::tr("Sales: %1, %2").arg(r.sales).arg(r.salesTotal.toDecimalString());
    out << TillText::tr("Returns: %1, %2").arg(r.returns).arg(r.returnsTotal.toDecimalString());
    if (!r.valueCardsSold.isZero())
        out << TillText::tr("Of which value cards sold (not turnover): %1")
                   .arg(r.valueCardsSold.toDecimalString());
    for (const auto& [kind, amount] : r.tenders)
        out << QStringLiteral("%1: %2").arg(tenderKindName(kind), amount.toDecimalString());
    for (const auto& [kind, amount] : r.debtorPaymentTenders)
        out << TillText::tr("Debtor payments, %1: %2")
                   .arg(tenderKindName(kind), amount.toDecimalString());
    for (const ReceiptVat& v : r.vat)
        out << TillText::tr("VAT %1 %: %2 of %3")
                   .arg(v.rate.toPercentString(), v.vat.toDecimalString(),
                        v.gross.toDecimalString());
    out << TillText::tr("Cash rounding: %1").arg(r.rounding.toDecimalString());
    out << TillText::tr("Float: %1").arg(r.cashFloat.toDecimalString());
    out << TillText::tr("Cash in: %1").arg(r.cashIn.toDecimalString());
    out << TillText::tr("Cash out: %1").arg(r.cashOut.toDecimalString());
    out << TillText::tr("Expected cash: %1").arg(r.expectedCash.toDecimalString());
    if (r.countedCash)
        out << TillText::tr("Counted cash: %1").arg(r.countedCash->toDecimalString())
            << TillText::tr("Difference: %1").arg(r.difference->toDecimalString());
    return out.join(QLatin1Char('\n'));
}

int report(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || !p.isSet(QStringLiteral("till")))
        throw UsageError(usage);
    const QString till = p.value(QStringLiteral("till"));
    const bool counted = p.isSet(QStringLiteral("counted"));
    const bool again = p.isSet(QStringLiteral("number"));
    TillReport r;
    if (pos[1] == QLatin1String("x") && !counted && !again) {
        r = TillReports::x(ctx.session(), till);
    } else if (pos[1] == QLatin1String("z") && counted != again) {
        if (again) {
            bool ok = false;
            const qint64 number = p.value(QStringLiteral("number")).toLongLong(&ok);
            if (!ok || number <= 0)
                throw Error::invalid(QStringLiteral("number"),
                                     TillText::tr("\"%1\" is not a Z report number.")
                                         .arg(p.value(QStringLiteral("number"))));
            r = TillReports::zAgain(ctx.db(), till, number);
        } else {
            const Currency c = Currency::fromCode(CompanyService::rules(ctx.db()).currency);
            r = TillReports::z(ctx.session(), till,
                               Money::fromDecimalString(p.value(QStringLiteral("counted")), c,
                                                        QStringLiteral("counted")));
        }
    } else {
        throw UsageError(usage);
    }
    const CompanyProfile company = CompanyService::require(ctx.db());
    QJsonObject json = reportJson(r, company.timeZone);
    if (p.isSet(QStringLiteral("out"))) {
        const QString out = p.value(QStringLiteral("out"));
        TillReportDocument(r, company).writePdf(out);
        json.insert(QStringLiteral("file"), out);
    }
    ctx.print(json, [&] { return reportText(r, company.timeZone); });
    return 0;
}

struct ReceiptRow {
    std::int64_t number = 0;
    std::int64_t createdMs = 0;
    QString kind;
    Money total;
    Money rounding;
};

// A till's receipts made in [fromMs, toMs), oldest first. A time range is
// read through receipt_by_time; the whole till through (till_id, number).
std::vector<ReceiptRow> receiptsOf(Database& db, std::int64_t tillId, std::int64_t fromMs,
                                   std::int64_t toMs, int limit) {
    const bool range = fromMs != std::numeric_limits<std::int64_t>::min() ||
                       toMs != std::numeric_limits<std::int64_t>::max();
    auto st = db.prepare(
        range ? "SELECT number, created_ms, kind, currency, total_minor, rounding_minor "
                "FROM receipt INDEXED BY receipt_by_time "
                "WHERE created_ms >= ?2 AND created_ms < ?3 AND till_id = ?1 "
                "ORDER BY created_ms, id LIMIT ?4"
              : "SELECT number, created_ms, kind, currency, total_minor, rounding_minor "
                "FROM receipt WHERE till_id = ?1 AND created_ms >= ?2 AND created_ms < ?3 "
                "ORDER BY number LIMIT ?4");
    st.bindAll(tillId, fromMs, toMs, limit);
    std::vector<ReceiptRow> out;
    while (st.step()) {
        const Currency c = Currency::fromCode(st.text(3));
        out.push_back(
            {st.int64(0), st.int64(1), st.text(2), Money(st.int64(4), c), Money(st.int64(5), c)});
    }
    return out;
}

int receipts(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("till")))
        throw UsageError(usage);
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        throw Error::invalid(
            QStringLiteral("limit"),
            TillText::tr("\"%1\" is not a positive number.").arg(p.value(QStringLiteral("limit"))));
    Database& db = ctx.db();
    const Till till = TillService::requireTill(db, p.value(QStringLiteral("till")));
    const QString tz = CompanyService::require(db).timeZone;
    std::int64_t fromMs = std::numeric_limits<std::int64_t>::min();
    std::int64_t toMs = std::numeric_limits<std::int64_t>::max();
    QDate from, to;
    if (p.isSet(QStringLiteral("from"))) {
        from = Dates::parse(p.value(QStringLiteral("from")), QStringLiteral("from"));
        fromMs = startOfDayMs(from, tz);
    }
    if (p.isSet(QStringLiteral("to"))) {
        to = Dates::parse(p.value(QStringLiteral("to")), QStringLiteral("to"));
        toMs = startOfDayMs(to.addDays(1), tz);
    }
    if (from.isValid() && to.isValid() && to < from)
        throw Error::invalid(QStringLiteral("to"), TillText::tr("--to is before --from."));
    QJsonArray rows;
    QStringList lines;
    const auto found = receiptsOf(db, till.id, fromMs, toMs, limit);
    for (const ReceiptRow& r : found) {
        const QString at = localTime(r.createdMs, tz);
        rows.append(QJsonObject{{QStringLiteral("number"), qint64(r.number)},
                                {QStringLiteral("time"), at},
                                {QStringLiteral("kind"), r.kind},
                                {QStringLiteral("total"), r.total.toDecimalString()},
                                {QStringLiteral("rounding"), r.rounding.toDecimalString()},
                                {QStringLiteral("currency"), r.total.currency().code()}});
        lines << QStringLiteral("%1  %2  %3 %4")
                     .arg(r.number, 6)
                     .arg(at, -25)
                     .arg(r.kind, -6)
                     .arg(r.total.toDecimalString(), 10);
    }
    ctx.print(rows, [&] {
        if (int(found.size()) == limit)
            lines << TillText::tr(
                         "(the first %1 receipts; narrow with --from/--to or raise "
                         "--limit)")
                         .arg(limit);
        return lines.join(QLatin1Char('\n'));
    });
    return 0;
}

}  // namespace

int runTillReports(CliContext& ctx, const QCommandLineParser& parser, const QString& usage) {
    if (parser.positionalArguments().value(0) == QLatin1String("report"))
        return report(ctx, parser, usage);
    return receipts(ctx, parser, usage);
}

}  // namespace skranke::cli
