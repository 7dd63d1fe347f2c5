// booking cancel: cancelling a row, some of its units, or a whole booking,
// with a reason; the suppliers are told when the booking asks for supplier
// reports. And product cancellation-rules: the deadlines that set the fee.
#include "app/skranke-cli/bookingcli.h"
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/usageerror.h"
#include "core/booking/bookingstore.h"
#include "core/booking/cancellationservice.h"
#include "core/store/error.h"
#include "ui/documents/bookingdispatch.h"

#include <QDateTime>
#include <QJsonArray>

namespace skranke::cli {

namespace {

class CancelText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::BookingCancel)
};

QString isoTime(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject cancellationJson(const Cancellation& c) {
    return {{QStringLiteral("id"), qint64(c.id)},
            {QStringLiteral("booking"), qint64(c.bookingId)},
            {QStringLiteral("row"), qint64(c.rowId)},
            {QStringLiteral("product"), qint64(c.productId)},
            {QStringLiteral("units"), c.quantity},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("suggested_fee"), c.suggestedFee.toDecimalString()},
            {QStringLiteral("fee"), c.fee.toDecimalString()},
            {QStringLiteral("currency"), c.fee.currency().code()},
            {QStringLiteral("waived_by"),
             c.waivedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.waivedBy)},
            {QStringLiteral("debited"), c.debited},
            {QStringLiteral("cancelled_at"), isoTime(c.cancelledMs)},
            {QStringLiteral("cancelled_by"), c.cancelledBy}};
}

QString cancellationLine(const Cancellation& c) {
    QString line = CancelText::tr("Row %1: %n unit(s) cancelled", nullptr, c.quantity).arg(c.rowId);
    const QString currency = c.fee.currency().code();
    if (c.debited)
        line += CancelText::tr(", billed: the purchase stands, no fee");
    else if (!c.waivedBy.isEmpty())
        line += CancelText::tr(", fee %1 %2 waived by %3")
                    .arg(c.suggestedFee.toDecimalString(), currency, c.waivedBy);
    else
        line += CancelText::tr(", fee %1 %2").arg(c.fee.toDecimalString(), currency);
    return line;
}

// Only the options booking cancel takes: anything else given is a mistake
// the user should hear about, not an option silently ignored.
void requireOnlyCancelOptions(const QCommandLineParser& p, const QString& usage) {
    static const QStringList allowed{QStringLiteral("row"),       QStringLiteral("booking"),
                                     QStringLiteral("quantity"),  QStringLiteral("reason"),
                                     QStringLiteral("waive-fee"), QStringLiteral("all-parts")};
    for (const QString& name : p.optionNames())
        if (!allowed.contains(name))
            throw UsageError(CancelText::tr("booking cancel takes no --%1.").arg(name) +
                             QStringLiteral("\n\n") + usage);
}

// Every argument read and checked before anything is written.
CancelRequest requestFrom(const QCommandLineParser& p, bool wholeBooking) {
    CancelRequest request;
    request.reason = p.value(QStringLiteral("reason")).trimmed();
    if (request.reason.isEmpty())
        throw Error::invalid(QStringLiteral("reason"),
                             CancelText::tr("--reason is required: say why it is cancelled."));
    request.waiveFee = p.isSet(QStringLiteral("waive-fee"));
    request.allParts = p.isSet(QStringLiteral("all-parts"));
    if (wholeBooking && p.isSet(QStringLiteral("quantity")))
        throw Error::invalid(QStringLiteral("quantity"),
                             CancelText::tr("--quantity cancels units of one row: give it with "
                                            "--row, not --booking."));
    if (wholeBooking && request.allParts)
        throw Error::invalid(QStringLiteral("all_parts"),
                             CancelText::tr("--all-parts is for --row: --booking cancels every "
                                            "row anyway."));
    if (p.isSet(QStringLiteral("quantity"))) {
        request.units = BookingCli::count(p, "quantity", 0, 1);
        if (request.allParts)
            throw Error::invalid(QStringLiteral("all_parts"),
                                 CancelText::tr("--all-parts cancels whole rows: give it "
                                                "without --quantity."));
    }
    return request;
}

QJsonObject reportJson(const BookingDispatch::SupplierReport& r) {
    QJsonArray rows;
    for (std::int64_t id : r.rowIds)
        rows.append(qint64(id));
    return {{QStringLiteral("supplier"), qint64(r.supplier.id)},
            {QStringLiteral("name"), r.supplier.name},
            {QStringLiteral("email"), r.supplier.email.trimmed()},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("file"), r.fileName},
            {QStringLiteral("outbox_id"),
             r.mailId > 0 ? QJsonValue(qint64(r.mailId)) : QJsonValue(QJsonValue::Null)}};
}

QString reportLine(const BookingDispatch::SupplierReport& r) {
    return r.mailId > 0
               ? CancelText::tr("Cancellation report for %1 queued for %2 (outbox %3).")
                     .arg(r.supplier.name, r.supplier.email.trimmed(), QString::number(r.mailId))
               : CancelText::tr(
                     "%1 has no email address: tell them of the cancellation "
                     "yourself.")
                     .arg(r.supplier.name);
}

}  // namespace

int runBookingCancel(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    if (p.positionalArguments().size() != 1)
        throw UsageError(usage);
    requireOnlyCancelOptions(p, usage);
    const bool byRow = p.isSet(QStringLiteral("row"));
    const bool byBooking = p.isSet(QStringLiteral("booking"));
    if (!byRow && !byBooking)
        throw UsageError(CancelText::tr("booking cancel needs --row ID or --booking ID.") +
                         QStringLiteral("\n\n") + usage);
    if (byRow && byBooking)
        throw Error::invalid(QStringLiteral("row"),
                             CancelText::tr("Give --row or --booking, not both."));
    const std::int64_t id = byRow ? BookingCli::id(p.value(QStringLiteral("row")), "row")
                                  : BookingCli::id(p.value(QStringLiteral("booking")), "booking");
    const CancelRequest request = requestFrom(p, byBooking);

    const Session& session = ctx.session();
    Database& db = ctx.db();
    const std::int64_t bookingId =
        byRow ? BookingStore::requireRow(db, id).bookingId : BookingStore::require(db, id).id;
    const std::vector<Cancellation> done =
        byRow ? CancellationService::cancelRow(session, id, request)
              : CancellationService::cancelBooking(session, id, request);
    // The cancellation stands even when its suppliers cannot be told (as in
    // the GUI): the customer was promised it. What failed is reported.
    const bool reportWanted = BookingStore::require(db, bookingId).supplierReport;
    BookingDispatch::SupplierReportResult reports;
    QString reportError;
    if (reportWanted) {
        std::vector<std::int64_t> rows;
        for (const Cancellation& c : done)
            rows.push_back(c.rowId);
        try {
            reports = BookingDispatch::sendCancellationReports(session, bookingId, rows);
        } catch (const Error& e) {
            reportError = CancelText::tr(
                              "The cancellation stands, but the suppliers were not "
                              "told: %1")
                              .arg(e.message());
        }
    }

    QJsonArray cancellations;
    Money fees = Money::zero(done.front().fee.currency());
    for (const Cancellation& c : done) {
        cancellations.append(cancellationJson(c));
        fees = fees + c.fee;
    }
    QJsonArray reportsJson;
    for (const auto& r : reports.reports)
        reportsJson.append(reportJson(r));
    ctx.print(
        QJsonObject{
            {QStringLiteral("booking"), qint64(bookingId)},
            {QStringLiteral("cancellations"), cancellations},
            {QStringLiteral("fees"), fees.toDecimalString()},
            {QStringLiteral("currency"), fees.currency().code()},
            {QStringLiteral("supplier_report"), reportWanted},
            {QStringLiteral("supplier_reports"), reportsJson},
            {QStringLiteral("supplier_report_error"),
             reportError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reportError)}},
        [&] {
            QStringList lines;
            for (const Cancellation& c : done)
                lines << cancellationLine(c);
            if (fees.isPositive())
                lines << CancelText::tr("Fees of %1 %2 are billed with booking %3's next invoice.")
                             .arg(fees.toDecimalString(), fees.currency().code())
                             .arg(bookingId);
            for (const auto& r : reports.reports)
                lines << reportLine(r);
            if (!reportError.isEmpty())
                lines << reportError;
            if (!reports.mailIds.empty())
                lines << CancelText::tr("\"skranke-cli mail send\" delivers the outbox.");
            return lines.join(QLatin1Char('\n'));
        });
    return 0;
}

int runProductCancellationRules(CliContext& ctx, const QCommandLineParser& p,
                                const Product& product) {
    const bool set = p.isSet(QStringLiteral("set"));
    const bool clear = p.isSet(QStringLiteral("clear"));
    if (set && clear)
        throw Error::invalid(QStringLiteral("set"),
                             CancelText::tr("Give --set or --clear, not both."));
    if (set) {
        const QString text = p.value(QStringLiteral("set"));
        if (text.trimmed().isEmpty())
            throw Error::invalid(QStringLiteral("set"),
                                 CancelText::tr("--set needs the rules, e.g. \"14:50, 3:100\"; "
                                                "--clear removes them."));
        CancellationRules::set(ctx.session(), product.id,
                               CancellationRules::parse(text, QStringLiteral("set")));
    } else if (clear) {
        CancellationRules::set(ctx.session(), product.id, {});
    }
    const std::vector<CancellationRule> rules = CancellationRules::of(ctx.db(), product.id);
    QJsonArray rulesJson;
    for (const CancellationRule& r : rules)
        rulesJson.append(QJsonObject{{QStringLiteral("days_before"), r.daysBefore},
                                     {QStringLiteral("fee_percent"), r.fee.toPercentString()}});
    const QString description = CancellationRules::describe(rules);
    ctx.print(QJsonObject{{QStringLiteral("product"), BookingCli::productJson(product)},
                          {QStringLiteral("rules"), rulesJson},
                          {QStringLiteral("text"), CancellationRules::format(rules)},
                          {QStringLiteral("description"), description}},
              [&] {
                  QString text =
                      CancelText::tr("%1 (%2): %3.").arg(product.name, product.number, description);
                  if (!rules.empty())
                      text += QLatin1Char('\n') + CancelText::tr(
                                                      "Rules (days before arrival: "
                                                      "fee %): %1")
                                                      .arg(CancellationRules::format(rules));
                  return text;
              });
    return 0;
}

}  // namespace skranke::cli
