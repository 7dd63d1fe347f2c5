// booking row add|edit: the products a booking books, over a period.
#include "app/skranke-cli/bookingcli.h"
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/usageerror.h"
#include "core/booking/bookingbilling.h"
#include "core/booking/bookingservice.h"
#include "core/booking/bookingstore.h"
#include "core/booking/bookingtime.h"
#include "core/booking/schedulequery.h"
#include "core/catalog/catalogservice.h"
#include "core/store/error.h"

namespace skranke::cli {

namespace {

// The row options given, onto `in`; the rest keep their value. Every value
// is read and checked here, before anything is written.
void applyRow(Database& db, const QCommandLineParser& p, const Product& product, RowInput& in) {
    in.productId = product.id;
    if (p.isSet(QStringLiteral("arrival")))
        in.start = BookingTime::parse(p.value(QStringLiteral("arrival")), product.kind,
                                      QStringLiteral("arrival"));
    if (p.isSet(QStringLiteral("departure")))
        in.end = BookingTime::parse(p.value(QStringLiteral("departure")), product.kind,
                                    QStringLiteral("departure"));
    if (in.end <= in.start)
        throw Error::invalid(QStringLiteral("departure"),
                             BookingCli::tr("--departure (%1) must be after --arrival (%2).")
                                 .arg(BookingTime::format(in.end, product.kind),
                                      BookingTime::format(in.start, product.kind)));
    in.quantity = BookingCli::count(p, "quantity", in.quantity, 1);
    if (p.isSet(QStringLiteral("guests")))
        in.guests = guestsFromText(p.value(QStringLiteral("guests")));
    if (p.isSet(QStringLiteral("price")) && p.isSet(QStringLiteral("offered-price")))
        throw Error::invalid(QStringLiteral("price"),
                             BookingCli::tr("Give --price or --offered-price, not both."));
    if (p.isSet(QStringLiteral("price")))
        in.manual = BookingCli::amount(db, p.value(QStringLiteral("price")), "price");
    if (p.isSet(QStringLiteral("offered-price")))
        in.manual.reset();
    if (p.isSet(QStringLiteral("status")))
        in.status = rowStatusFromKey(p.value(QStringLiteral("status")).trimmed());
    if (p.isSet(QStringLiteral("resource")))
        in.resourceId = BookingCli::id(p.value(QStringLiteral("resource")), "resource");
    if (p.isSet(QStringLiteral("parent")))
        in.parentId = BookingCli::id(p.value(QStringLiteral("parent")), "parent");
    if (p.isSet(QStringLiteral("text")))
        in.invoiceText = p.value(QStringLiteral("text"));
    if (p.isSet(QStringLiteral("tags")))
        in.tags = p.value(QStringLiteral("tags"));
    if (p.isSet(QStringLiteral("recurring")))
        in.recurring = true;
    if (p.isSet(QStringLiteral("overbook")))
        in.allowOverbooking = true;
}

int printRow(CliContext& ctx, const BookingRow& row, bool added) {
    Database& db = ctx.db();
    BookingRowView view(db, BookingBilling::invoices(db, row.bookingId));
    QJsonObject o = view.json(row);
    o.insert(QStringLiteral("booking_total"),
             BookingStore::total(db, BookingStore::require(db, row.bookingId)).toDecimalString());
    ctx.print(o, [&] {
        const Money price = row.price();
        QString text =
            (added ? BookingCli::tr("Row %1 added to booking %2: %3, %4 – %5.")
                   : BookingCli::tr("Row %1 of booking %2 saved: %3, %4 – %5."))
                .arg(QString::number(row.id), QString::number(row.bookingId), row.invoiceText,
                     view.time(row, row.start), view.time(row, row.end));
        text += QLatin1Char('\n') +
                BookingCli::tr("Price %1 %2").arg(price.toDecimalString(), price.currency().code());
        if (row.manual)
            text +=
                BookingCli::tr(" (manual; the price table offers %1)")
                    .arg(row.offered ? row.offered->toDecimalString() : BookingCli::tr("no price"));
        text += QLatin1Char('\n') + BookingCli::tr("Status %1, unit %2")
                                        .arg(rowStatusName(row.status),
                                             row.resourceId > 0 ? view.resource(row.resourceId)
                                                                : BookingCli::tr("none"));
        if (row.overbooked)
            text += QLatin1Char('\n') + BookingCli::tr("Overbooked.");
        return text;
    });
    return 0;
}

}  // namespace

int runBookingRow(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1);
    Database& db = ctx.db();
    if (action == QLatin1String("add") && pos.size() == 2) {
        const QString bookingText = BookingCli::required(p, "booking", usage);
        const QString productText = BookingCli::required(p, "product", usage);
        BookingCli::required(p, "arrival", usage);
        BookingCli::required(p, "departure", usage);
        const std::int64_t bookingId = BookingCli::id(bookingText, "booking");
        const Product product = BookingCli::product(db, productText);
        RowInput in;
        applyRow(db, p, product, in);
        const BookingRow row = BookingService::addRow(ctx.session(), bookingId, in);
        return printRow(ctx, row, true);
    }
    if (action == QLatin1String("edit") && pos.size() == 3) {
        if (p.isSet(QStringLiteral("booking")))
            throw UsageError(
                BookingCli::tr("A row stays in its booking: row edit takes no --booking.") +
                QStringLiteral("\n\n") + usage);
        const BookingRow before = BookingStore::requireRow(db, BookingCli::id(pos[2], "row"));
        RowInput in = BookingService::inputOf(before);
        const Product product = p.isSet(QStringLiteral("product"))
                                    ? BookingCli::product(db, p.value(QStringLiteral("product")))
                                    : *CatalogService::product(db, before.productId);
        applyRow(db, p, product, in);
        // Unless a unit is asked for, the row keeps its unit while that is
        // free over the new period, else the service picks the first free one.
        if (!p.isSet(QStringLiteral("resource")) &&
            (product.id != before.productId || in.start != before.start || in.end != before.end)) {
            bool free = product.id == before.productId && before.resourceId > 0;
            if (free)
                for (const ScheduleBlock& b :
                     ScheduleQuery::blocks(db, {before.resourceId}, in.start, in.end))
                    free = free && b.rowId == before.id;
            in.resourceId = free ? before.resourceId : 0;
        }
        const BookingRow row = BookingService::editRow(ctx.session(), before.id, in);
        return printRow(ctx, row, false);
    }
    throw UsageError(usage);
}

}  // namespace skranke::cli
