// schedule: the booking rows on each unit over a period, as the schedule
// grid shows them.
#include "app/skranke-cli/bookingcli.h"
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/booking/bookingtime.h"
#include "core/booking/schedulequery.h"
#include "core/store/error.h"
#include "core/time/dates.h"

#include <QJsonArray>

namespace skranke::cli {

namespace {

class ScheduleText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Schedule)
};

constexpr int MaxDays = 366;

}  // namespace

int runSchedule(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("from"), ScheduleText::tr("The first day."), ScheduleText::tr("DATE")},
        {QStringLiteral("to"), ScheduleText::tr("The last day (at most a year after the first)."),
         ScheduleText::tr("DATE")},
        {QStringLiteral("category"), ScheduleText::tr("Only the units of this category."),
         ScheduleText::tr("NAME")},
        {QStringLiteral("all"),
         ScheduleText::tr("List the units with no bookings in the period too.")},
    });
    const QString usage = ScheduleText::tr(
        "Usage: skranke-cli schedule --from DATE --to DATE [--category NAME] [--all]\n"
        "The booking rows (not cancelled) on each unit that overlap the days from --from "
        "to --to.");
    if (!ctx.parse(p, args, usage))
        return 0;
    if (!p.positionalArguments().isEmpty())
        throw UsageError(usage);
    const QString fromText = BookingCli::required(p, "from", usage);
    const QString toText = BookingCli::required(p, "to", usage);
    const QDate from = Dates::parse(fromText, QStringLiteral("from"));
    const QDate to = Dates::parse(toText, QStringLiteral("to"));
    if (to < from)
        throw Error::invalid(QStringLiteral("to"),
                             ScheduleText::tr("--to must not be before --from."));
    if (from.daysTo(to) + 1 > MaxDays)
        throw Error::invalid(QStringLiteral("to"),
                             ScheduleText::tr("At most %1 days at a time.").arg(MaxDays));
    Database& db = ctx.db();
    const QString category = p.value(QStringLiteral("category")).trimmed();
    if (!category.isEmpty() && !ScheduleQuery::categories(db).contains(category))
        throw Error::invalid(
            QStringLiteral("category"),
            ScheduleText::tr("No units are in the category \"%1\"; the categories are: %2.")
                .arg(category, ScheduleQuery::categories(db).join(QStringLiteral(", "))));
    const bool all = p.isSet(QStringLiteral("all"));

    const std::vector<ScheduleResource> resources = ScheduleQuery::resources(db, category);
    std::vector<std::int64_t> ids;
    for (const ScheduleResource& r : resources)
        ids.push_back(r.id);
    const std::vector<ScheduleBlock> blocks = ScheduleQuery::blocks(
        db, ids, BookingTime::fromDate(from), BookingTime::fromDate(to.addDays(1)));

    QJsonArray out;
    QStringList lines;
    for (const ScheduleResource& res : resources) {
        QJsonArray bookings;
        QStringList blockLines;
        for (const ScheduleBlock& b : blocks) {
            if (b.resourceId != res.id)
                continue;
            const QString arrival = BookingTime::format(b.start, res.kind);
            const QString departure = BookingTime::format(b.end, res.kind);
            bookings.append(QJsonObject{{QStringLiteral("row"), qint64(b.rowId)},
                                        {QStringLiteral("booking"), qint64(b.bookingId)},
                                        {QStringLiteral("customer"), b.customerName},
                                        {QStringLiteral("status"), rowStatusKey(b.status)},
                                        {QStringLiteral("arrival"), arrival},
                                        {QStringLiteral("departure"), departure},
                                        {QStringLiteral("quantity"), b.quantity},
                                        {QStringLiteral("overbooked"), b.overbooked},
                                        {QStringLiteral("settled"), b.settled}});
            QString line = ScheduleText::tr("  row %1  booking %2  %3  %4  %5 – %6")
                               .arg(QString::number(b.rowId), QString::number(b.bookingId),
                                    b.customerName.isEmpty() ? ScheduleText::tr("(no customer)")
                                                             : b.customerName,
                                    rowStatusName(b.status), arrival, departure);
            if (b.quantity > 1)
                line += QStringLiteral("  ×%1").arg(b.quantity);
            if (b.overbooked)
                line += QStringLiteral("  ") + ScheduleText::tr("[overbooked]");
            blockLines << line;
        }
        if (bookings.isEmpty() && !all)
            continue;
        out.append(QJsonObject{
            {QStringLiteral("id"), qint64(res.id)},
            {QStringLiteral("name"), res.name},
            {QStringLiteral("category"), res.category},
            {QStringLiteral("product"), QJsonObject{{QStringLiteral("id"), qint64(res.productId)},
                                                    {QStringLiteral("name"), res.productName}}},
            {QStringLiteral("bookings"), bookings}});
        lines << QStringLiteral("%1 / %2 (%3)").arg(res.category, res.name, res.productName);
        lines << (blockLines.isEmpty() ? QStringList{ScheduleText::tr("  free")} : blockLines);
    }
    if (lines.isEmpty())
        lines
            << ScheduleText::tr("No bookings from %1 to %2.").arg(Dates::iso(from), Dates::iso(to));
    ctx.print(QJsonObject{{QStringLiteral("from"), Dates::iso(from)},
                          {QStringLiteral("to"), Dates::iso(to)},
                          {QStringLiteral("category"), category},
                          {QStringLiteral("resources"), out}},
              [&] { return lines.join(QLatin1Char('\n')); });
    return 0;
}

}  // namespace skranke::cli
