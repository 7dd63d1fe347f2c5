// cancellations: the cancellation list of a period (this week by default),
// as text, JSON, CSV and PDF.
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/booking/bookingtime.h"
#include "core/booking/cancellationlist.h"
#include "core/company/companyservice.h"
#include "core/export/csvwriter.h"
#include "core/store/error.h"
#include "core/time/dates.h"
#include "ui/documents/cancellationlistdocument.h"

#include <QJsonArray>
#include <QJsonObject>

namespace skranke::cli {

namespace {

class CancellationsText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Cancellations)
};

QJsonObject toJson(const CancellationList::Line& line) {
    const Cancellation& c = line.cancellation;
    return QJsonObject{
        {QStringLiteral("id"), qint64(c.id)},
        {QStringLiteral("cancelled_at"), line.cancelledAt.toString(Qt::ISODate)},
        {QStringLiteral("cancelled_ms"), qint64(c.cancelledMs)},
        {QStringLiteral("booking"), qint64(c.bookingId)},
        {QStringLiteral("row"), qint64(c.rowId)},
        {QStringLiteral("customer"),
         line.customerId > 0
             ? QJsonValue(QJsonObject{{QStringLiteral("id"), qint64(line.customerId)},
                                      {QStringLiteral("name"), line.customer}})
             : QJsonValue()},
        {QStringLiteral("product"), QJsonObject{{QStringLiteral("id"), qint64(c.productId)},
                                                {QStringLiteral("name"), line.product}}},
        {QStringLiteral("from"), BookingTime::format(c.start, line.kind)},
        {QStringLiteral("to"), BookingTime::format(c.end, line.kind)},
        {QStringLiteral("quantity"), c.quantity},
        {QStringLiteral("reason"), c.reason},
        {QStringLiteral("fee"), c.fee.toDecimalString()},
        {QStringLiteral("suggested_fee"), c.suggestedFee.toDecimalString()},
        {QStringLiteral("currency"), c.fee.currency().code()},
        {QStringLiteral("waived_by"),
         c.waivedBy.isEmpty() ? QJsonValue() : QJsonValue(line.waivedBy)},
        {QStringLiteral("waived_by_login"),
         c.waivedBy.isEmpty() ? QJsonValue() : QJsonValue(c.waivedBy)},
        {QStringLiteral("debited"), c.debited},
        {QStringLiteral("invoiced"), c.invoiceId > 0},
        {QStringLiteral("user"), line.user},
        {QStringLiteral("user_login"), c.cancelledBy},
    };
}

QString textLine(const CancellationList::Line& line) {
    const Cancellation& c = line.cancellation;
    QString text =
        CancellationsText::tr("%1  booking %2  %3  %4  %5 – %6  ×%7  fee %8  %9")
            .arg(line.cancelledAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 QString::number(c.bookingId),
                 line.customer.isEmpty() ? CancellationsText::tr("(no customer)") : line.customer,
                 line.product, BookingTime::format(c.start, line.kind),
                 BookingTime::format(c.end, line.kind), QString::number(c.quantity),
                 c.fee.toDecimalString(), line.user);
    if (!c.waivedBy.isEmpty())
        text += QStringLiteral("  ") + CancellationsText::tr("(%1 waived by %2)")
                                           .arg(c.suggestedFee.toDecimalString(), line.waivedBy);
    if (c.debited)
        text += QStringLiteral("  ") + CancellationsText::tr("[billed]");
    for (const QString& reason : c.reason.split(QLatin1Char('\n')))
        text += QStringLiteral("\n    ") + reason;
    return text;
}

}  // namespace

int runCancellations(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("from"), CancellationsText::tr("The first day (default: this Monday)."),
         CancellationsText::tr("DATE")},
        {QStringLiteral("to"),
         CancellationsText::tr("The last day, inclusive (default: this Sunday; at most %1 days).")
             .arg(CancellationList::MaxDays),
         CancellationsText::tr("DATE")},
        {QStringLiteral("csv"), CancellationsText::tr("Write CSV to FILE."),
         CancellationsText::tr("FILE")},
        {QStringLiteral("separator"), CancellationsText::tr("CSV separator: ';', ',' or tab."),
         CancellationsText::tr("SEP"), QStringLiteral(";")},
        {QStringLiteral("pdf"), CancellationsText::tr("Write a PDF to FILE."),
         CancellationsText::tr("FILE")},
    });
    const QString usage = CancellationsText::tr(
        "Usage: skranke-cli cancellations [--from DATE --to DATE] [--csv FILE [--separator S]] "
        "[--pdf FILE]\n"
        "The bookings cancelled on the days from --from to --to (in the company's time zone), "
        "with reasons and fees; without dates, this week (Monday to Sunday).");
    if (!ctx.parse(p, args, usage))
        return 0;
    if (!p.positionalArguments().isEmpty())
        throw UsageError(usage);
    const bool hasFrom = p.isSet(QStringLiteral("from"));
    const bool hasTo = p.isSet(QStringLiteral("to"));
    if (hasFrom != hasTo)
        throw Error::invalid(hasFrom ? QStringLiteral("to") : QStringLiteral("from"),
                             hasFrom ? CancellationsText::tr("Give --to with --from (or neither "
                                                             "for this week).")
                                     : CancellationsText::tr("Give --from with --to (or neither "
                                                             "for this week)."));
    Database& db = ctx.db();
    const CompanyProfile company = CompanyService::require(db);
    auto [from, to] =
        CancellationList::weekOf(Dates::localDate(ctx.clock().nowMs(), company.timeZone));
    if (hasFrom) {
        from = Dates::parse(p.value(QStringLiteral("from")), QStringLiteral("from"));
        to = Dates::parse(p.value(QStringLiteral("to")), QStringLiteral("to"));
    }
    if (to < from)
        throw Error::invalid(QStringLiteral("to"),
                             CancellationsText::tr("--to (%1) must not be before --from (%2).")
                                 .arg(Dates::iso(to), Dates::iso(from)));
    if (from.daysTo(to) + 1 > CancellationList::MaxDays)
        throw Error::invalid(QStringLiteral("to"),
                             CancellationsText::tr("--to: at most %1 days from --from at a time.")
                                 .arg(CancellationList::MaxDays));
    const QChar separator = CsvWriter::separatorFromText(p.value(QStringLiteral("separator")));
    const CancellationList::Result list = CancellationList::load(db, from, to);

    if (p.isSet(QStringLiteral("csv"))) {
        CsvWriter csv(separator);
        CancellationList::writeCsv(csv, list, QLocale::c());
        csv.save(p.value(QStringLiteral("csv")));
    }
    if (p.isSet(QStringLiteral("pdf")))
        CancellationListDocument(company.name, list, DocumentText::languageFor({}, company.country))
            .writePdf(p.value(QStringLiteral("pdf")));

    QJsonArray out;
    QStringList lines{
        CancellationsText::tr("Cancellations %1 – %2").arg(Dates::iso(from), Dates::iso(to))};
    for (const CancellationList::Line& line : list.lines) {
        out.append(toJson(line));
        lines << textLine(line);
    }
    const CancellationList::Totals& t = list.totals;
    if (list.lines.empty())
        lines << CancellationsText::tr("No bookings were cancelled in this period.");
    lines << CancellationsText::tr("Total: %1 cancellations, %2 units, fees %3 %4")
                 .arg(t.count)
                 .arg(t.units)
                 .arg(t.fees.toDecimalString(), t.fees.currency().code());
    ctx.print(
        QJsonObject{{QStringLiteral("from"), Dates::iso(from)},
                    {QStringLiteral("to"), Dates::iso(to)},
                    {QStringLiteral("time_zone"), company.timeZone},
                    {QStringLiteral("cancellations"), out},
                    {QStringLiteral("totals"),
                     QJsonObject{{QStringLiteral("count"), t.count},
                                 {QStringLiteral("units"), qint64(t.units)},
                                 {QStringLiteral("fees"), t.fees.toDecimalString()},
                                 {QStringLiteral("suggested_fees"), t.suggested.toDecimalString()},
                                 {QStringLiteral("currency"), t.fees.currency().code()}}}},
        [&] { return lines.join(QLatin1Char('\n')); });
    return 0;
}

}  // namespace skranke::cli
