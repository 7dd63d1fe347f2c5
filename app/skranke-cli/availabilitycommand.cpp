// availability: a bookable product's free units per day.
#include "app/skranke-cli/bookingcli.h"
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/booking/availabilityservice.h"
#include "core/store/error.h"
#include "core/time/dates.h"

#include <QJsonArray>

namespace skranke::cli {

namespace {

class AvailabilityText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Availability)
};

constexpr int MaxDays = 366;

}  // namespace

int runAvailability(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("product"), AvailabilityText::tr("The product: its item number or ID."),
         AvailabilityText::tr("NUMBER|ID")},
        {QStringLiteral("from"), AvailabilityText::tr("The first day."),
         AvailabilityText::tr("DATE")},
        {QStringLiteral("to"),
         AvailabilityText::tr("The last day (at most a year after the first)."),
         AvailabilityText::tr("DATE")},
    });
    const QString usage = AvailabilityText::tr(
        "Usage: skranke-cli availability --product NUMBER|ID --from DATE --to DATE\n"
        "Free units of the product on each day from --from to --to; below 0 when overbooked.");
    if (!ctx.parse(p, args, usage))
        return 0;
    if (!p.positionalArguments().isEmpty())
        throw UsageError(usage);
    const QString productText = BookingCli::required(p, "product", usage);
    const QString fromText = BookingCli::required(p, "from", usage);
    const QString toText = BookingCli::required(p, "to", usage);
    Database& db = ctx.db();
    const Product product = BookingCli::product(db, productText);
    if (!isBookable(product.kind))
        throw Error::invalid(QStringLiteral("product"),
                             AvailabilityText::tr("%1 is not booked over time.").arg(product.name));
    const QDate from = Dates::parse(fromText, QStringLiteral("from"));
    const QDate to = Dates::parse(toText, QStringLiteral("to"));
    if (to < from)
        throw Error::invalid(QStringLiteral("to"),
                             AvailabilityText::tr("--to must not be before --from."));
    const qint64 days = from.daysTo(to) + 1;
    if (days > MaxDays)
        throw Error::invalid(QStringLiteral("to"),
                             AvailabilityText::tr("At most %1 days at a time.").arg(MaxDays));

    const std::vector<int> free =
        AvailabilityService::freeUnitsPerDay(db, product.id, from, int(days));
    QJsonArray rows;
    QStringList lines{AvailabilityText::tr("%1 (%2), capacity %3")
                          .arg(product.name, product.number, QString::number(product.capacity)),
                      QStringLiteral("%1  %2").arg(AvailabilityText::tr("Date").leftJustified(10),
                                                   AvailabilityText::tr("Free").rightJustified(5))};
    for (int i = 0; i < int(free.size()); ++i) {
        const QString day = Dates::iso(from.addDays(i));
        rows.append(QJsonObject{{QStringLiteral("date"), day}, {QStringLiteral("free"), free[i]}});
        lines << QStringLiteral("%1  %2").arg(day, QString::number(free[i]).rightJustified(5));
    }
    ctx.print(QJsonObject{{QStringLiteral("product"), BookingCli::productJson(product)},
                          {QStringLiteral("capacity"), product.capacity},
                          {QStringLiteral("from"), Dates::iso(from)},
                          {QStringLiteral("to"), Dates::iso(to)},
                          {QStringLiteral("days"), rows}},
              [&] { return lines.join(QLatin1Char('\n')); });
    return 0;
}

}  // namespace skranke::cli
