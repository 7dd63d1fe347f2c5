// booking create|edit|show|copy|row|invoice|pay|run-recurring|run-billing|cancel: bookings
// and their rows from the command line.
#include "app/skranke-cli/bookingcli.h"
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/booking/bookingbilling.h"
#include "core/booking/bookingservice.h"
#include "core/booking/bookingstore.h"
#include "core/parties/customerservice.h"
#include "core/store/error.h"
#include "core/time/dates.h"

#include <QJsonArray>

namespace skranke::cli {

namespace {

struct TextField {
    const char* option;
    QString Booking::*member;
    const char* help;
};

const TextField textFields[] = {
    {"source", &Booking::source,
     QT_TRANSLATE_NOOP("skranke::cli::Booking", "Where the booking came from (create, edit).")},
    {"referrer", &Booking::referrer,
     QT_TRANSLATE_NOOP("skranke::cli::Booking", "Who referred the customer (create, edit).")},
    {"campaign", &Booking::campaign,
     QT_TRANSLATE_NOOP("skranke::cli::Booking", "The campaign (create, edit).")},
    {"comment", &Booking::customerComment,
     QT_TRANSLATE_NOOP("skranke::cli::Booking",
                       "The customer's comment (create, edit); the payment's comment (pay).")},
    {"note", &Booking::internalNote,
     QT_TRANSLATE_NOOP("skranke::cli::Booking", "An internal note (create, edit).")},
    {"invoice-message", &Booking::invoiceMessage,
     QT_TRANSLATE_NOOP("skranke::cli::Booking",
                       "A message printed on the booking's invoices (create, edit).")},
    {"payment-method", &Booking::paymentMethod,
     QT_TRANSLATE_NOOP("skranke::cli::Booking",
                       "How the customer pays, e.g. invoice or card (create, edit).")},
};

// The Invoice tab's yes/no fields: --OPTION sets, --no-OPTION clears.
struct FlagField {
    const char* option;
    bool Booking::*member;
    const char* help;
};

const FlagField flagFields[] = {
    {"invoice", &Booking::invoiceWanted,
     QT_TRANSLATE_NOOP("skranke::cli::Booking", "The booking is invoiced (default yes).")},
    {"send-invoice", &Booking::sendInvoice,
     QT_TRANSLATE_NOOP("skranke::cli::Booking",
                       "run-billing emails new invoices to the customer (default yes).")},
    {"generate-invoice", &Booking::generateInvoice,
     QT_TRANSLATE_NOOP("skranke::cli::Booking",
                       "run-billing invoices rows not yet invoiced (default yes).")},
    {"generate-reminder", &Booking::generateReminder,
     QT_TRANSLATE_NOOP("skranke::cli::Booking",
                       "run-billing lists overdue invoices for a reminder (default yes).")},
    {"settle-booking", &Booking::settleBooking,
     QT_TRANSLATE_NOOP("skranke::cli::Booking",
                       "Rows are settled when the booking is paid in full (default yes).")},
    {"cancel-on-missing-payment", &Booking::cancelOnMissingPayment,
     QT_TRANSLATE_NOOP("skranke::cli::Booking",
                       "run-billing cancels the booking when the deposit or the total is not "
                       "paid by its due date (default no).")},
};

// The header options given; everything else keeps its value. Reads and
// checks them all before anything is written.
void applyHeader(const QCommandLineParser& p, Booking& b) {
    if (p.isSet(QStringLiteral("customer")))
        b.customerId = BookingCli::id(p.value(QStringLiteral("customer")), "customer");
    if (p.isSet(QStringLiteral("purpose")))
        b.purpose = p.value(QStringLiteral("purpose")).trimmed();
    if (p.isSet(QStringLiteral("tags")))
        b.tags = p.value(QStringLiteral("tags"));
    for (const TextField& f : textFields)
        if (p.isSet(QLatin1String(f.option)))
            b.*f.member = p.value(QLatin1String(f.option));
    for (const char* option : {"deposit-due", "final-due"}) {
        if (!p.isSet(QLatin1String(option)))
            continue;
        const QDate d =
            Dates::parse(p.value(QLatin1String(option)).trimmed(), BookingCli::field(option));
        (QLatin1String(option) == QLatin1String("deposit-due") ? b.depositDue : b.finalDue) = d;
    }
    for (const FlagField& f : flagFields) {
        const QString on = QLatin1String(f.option);
        if (p.isSet(on) && p.isSet(QStringLiteral("no-") + on))
            throw Error::invalid(BookingCli::field(f.option),
                                 BookingCli::tr("Give --%1 or --no-%1, not both.").arg(on));
        if (p.isSet(on))
            b.*f.member = true;
        if (p.isSet(QStringLiteral("no-") + on))
            b.*f.member = false;
    }
    if (p.isSet(QStringLiteral("supplier-report")))
        b.supplierReport = true;
    if (p.isSet(QStringLiteral("no-supplier-report")))
        b.supplierReport = false;
}

QJsonValue dateJson(const QDate& d) {
    return d.isValid() ? QJsonValue(Dates::iso(d)) : QJsonValue(QJsonValue::Null);
}

QJsonObject headerJson(Database& db, const Booking& b) {
    QJsonValue customer(QJsonValue::Null);
    if (b.customerId > 0) {
        const auto c = CustomerService::find(db, b.customerId);
        customer = QJsonObject{{QStringLiteral("id"), qint64(b.customerId)},
                               {QStringLiteral("name"), c ? c->name : QString()}};
    }
    return {{QStringLiteral("id"), qint64(b.id)},
            {QStringLiteral("customer"), customer},
            {QStringLiteral("purpose"), b.purpose},
            {QStringLiteral("source"), b.source},
            {QStringLiteral("referrer"), b.referrer},
            {QStringLiteral("campaign"), b.campaign},
            {QStringLiteral("tags"), b.tags},
            {QStringLiteral("comment"), b.customerComment},
            {QStringLiteral("note"), b.internalNote},
            {QStringLiteral("deposit_due"), dateJson(b.depositDue)},
            {QStringLiteral("final_due"), dateJson(b.finalDue)},
            {QStringLiteral("invoice_message"), b.invoiceMessage},
            {QStringLiteral("supplier_report"), b.supplierReport},
            {QStringLiteral("payment_method"), b.paymentMethod},
            {QStringLiteral("invoice"), b.invoiceWanted},
            {QStringLiteral("send_invoice"), b.sendInvoice},
            {QStringLiteral("generate_invoice"), b.generateInvoice},
            {QStringLiteral("generate_reminder"), b.generateReminder},
            {QStringLiteral("settle_booking"), b.settleBooking},
            {QStringLiteral("cancel_on_missing_payment"), b.cancelOnMissingPayment},
            {QStringLiteral("booked_by"), b.bookedBy},
            {QStringLiteral("copied_from"),
             b.copiedFrom > 0 ? QJsonValue(qint64(b.copiedFrom)) : QJsonValue(QJsonValue::Null)}};
}

int createOrEdit(CliContext& ctx, const QCommandLineParser& p, const QString& idText) {
    Database& db = ctx.db();
    Booking b;
    if (!idText.isEmpty())
        b = BookingStore::require(db, BookingCli::id(idText, "booking"));
    applyHeader(p, b);
    const bool create = idText.isEmpty();
    const Booking saved =
        create ? BookingService::create(ctx.session(), b) : BookingService::edit(ctx.session(), b);
    ctx.print(headerJson(db, saved), [&] {
        return create ? BookingCli::tr("Booking %1 created.").arg(saved.id)
                      : BookingCli::tr("Booking %1 saved.").arg(saved.id);
    });
    return 0;
}

int show(CliContext& ctx, const QString& idText) {
    Database& db = ctx.db();
    const Booking b = BookingStore::require(db, BookingCli::id(idText, "booking"));
    const std::vector<Invoice> invoices = BookingBilling::invoices(db, b.id);
    const std::vector<BookingPayment> payments = BookingBilling::payments(db, b.id);
    const std::vector<BookingRow> rows = BookingStore::rows(db, b.id);
    const Money total = BookingStore::total(db, b);
    const Money paid = BookingBilling::paid(db, b.id);
    BookingRowView view(db, invoices);

    QJsonObject o = headerJson(db, b);
    QJsonArray rowsJson;
    for (const BookingRow& r : rows)
        rowsJson.append(view.json(r));
    QJsonArray invoicesJson;
    for (const Invoice& inv : invoices)
        invoicesJson.append(QJsonObject{{QStringLiteral("number"), qint64(inv.number)},
                                        {QStringLiteral("date"), dateJson(inv.date)},
                                        {QStringLiteral("due"), dateJson(inv.dueDate)},
                                        {QStringLiteral("total"), inv.total.toDecimalString()}});
    QJsonArray paymentsJson;
    for (const BookingPayment& pay : payments)
        paymentsJson.append(QJsonObject{{QStringLiteral("id"), qint64(pay.id)},
                                        {QStringLiteral("kind"), pay.kind},
                                        {QStringLiteral("succeeded"), pay.succeeded},
                                        {QStringLiteral("date"), dateJson(pay.date)},
                                        {QStringLiteral("amount"), pay.amount.toDecimalString()},
                                        {QStringLiteral("method"), pay.method},
                                        {QStringLiteral("reference"), pay.transactionId},
                                        {QStringLiteral("comment"), pay.comment}});
    o.insert(QStringLiteral("rows"), rowsJson);
    o.insert(QStringLiteral("total"), total.toDecimalString());
    o.insert(QStringLiteral("paid"), paid.toDecimalString());
    o.insert(QStringLiteral("currency"), total.currency().code());
    o.insert(QStringLiteral("invoices"), invoicesJson);
    o.insert(QStringLiteral("payments"), paymentsJson);

    ctx.print(o, [&] {
        const QJsonObject customer = o[QStringLiteral("customer")].toObject();
        QStringList out;
        out << (customer.isEmpty()
                    ? BookingCli::tr("Booking %1, no customer yet").arg(b.id)
                    : BookingCli::tr("Booking %1 for %2 (customer %3)")
                          .arg(QString::number(b.id), customer[QStringLiteral("name")].toString(),
                               QString::number(b.customerId)));
        out << BookingCli::tr("Purpose: %1  Source: %2  Booked by: %3")
                   .arg(bookingPurposeName(b.purpose), b.source, b.bookedBy);
        if (!b.customerComment.isEmpty())
            out << BookingCli::tr("Comment: %1").arg(b.customerComment);
        if (!b.internalNote.isEmpty())
            out << BookingCli::tr("Note: %1").arg(b.internalNote);
        if (b.depositDue.isValid() || b.finalDue.isValid())
            out << BookingCli::tr("Deposit due: %1  Final due: %2")
                       .arg(Dates::iso(b.depositDue), Dates::iso(b.finalDue));
        out << (rows.empty() ? BookingCli::tr("No rows.") : BookingCli::tr("Rows:"));
        for (const BookingRow& r : rows)
            out << view.line(r);
        out << BookingCli::tr("Total %1 %2, paid %3")
                   .arg(total.toDecimalString(), total.currency().code(), paid.toDecimalString());
        for (const Invoice& inv : invoices)
            out << BookingCli::tr("Invoice %1 of %2, due %3: %4")
                       .arg(QString::number(inv.number), Dates::iso(inv.date),
                            Dates::iso(inv.dueDate), inv.total.toDecimalString());
        for (const BookingPayment& pay : payments)
            out << (pay.succeeded ? BookingCli::tr("Payment %1 on %2: %3 (%4) %5")
                                  : BookingCli::tr("Failed payment %1 on %2: %3 (%4) %5"))
                       .arg(QString::number(pay.id), Dates::iso(pay.date),
                            pay.amount.toDecimalString(), pay.method, pay.transactionId);
        return out.join(QLatin1Char('\n'));
    });
    return 0;
}

int copy(CliContext& ctx, const QString& idText) {
    const std::int64_t id = BookingCli::id(idText, "booking");
    const Booking copied = BookingService::copy(ctx.session(), id);
    const std::size_t rows = BookingStore::rows(ctx.db(), copied.id).size();
    ctx.print(QJsonObject{{QStringLiteral("id"), qint64(copied.id)},
                          {QStringLiteral("copied_from"), qint64(id)},
                          {QStringLiteral("rows"), qint64(rows)}},
              [&] {
                  return BookingCli::tr("Booking %1 copied to booking %2 (%n row(s)).", nullptr,
                                        int(rows))
                      .arg(id)
                      .arg(copied.id);
              });
    return 0;
}

}  // namespace

int runBooking(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("create|edit|show|copy|row|invoice|pay|run-recurring|run-billing|cancel"),
        BookingCli::tr("What to do."));
    p.addOptions({
        {QStringLiteral("customer"),
         BookingCli::tr("The customer the booking is for (create, edit)."), BookingCli::tr("ID")},
        {QStringLiteral("purpose"),
         BookingCli::tr("The purpose: %1 (create, edit).")
             .arg(bookingPurposeKeys().join(QStringLiteral(", "))),
         BookingCli::tr("KEY")},
        {QStringLiteral("tags"),
         BookingCli::tr("Tags of the booking (create, edit) or the row (row)."),
         BookingCli::tr("TAGS")},
        {QStringLiteral("deposit-due"), BookingCli::tr("When the deposit is due (create, edit)."),
         BookingCli::tr("DATE")},
        {QStringLiteral("final-due"),
         BookingCli::tr("When the whole amount is due (create, edit)."), BookingCli::tr("DATE")},
        {QStringLiteral("supplier-report"),
         BookingCli::tr("Send the supplier a report of the booking (create, edit).")},
        {QStringLiteral("no-supplier-report"),
         BookingCli::tr("Send the supplier no report (edit).")},
        {QStringLiteral("booking"),
         BookingCli::tr("The booking the row is added to (row add); the booking to cancel "
                        "(cancel)."),
         BookingCli::tr("ID")},
        {QStringLiteral("row"), BookingCli::tr("The row to cancel (cancel)."),
         BookingCli::tr("ID")},
        {QStringLiteral("reason"), BookingCli::tr("Why it is cancelled; required (cancel)."),
         BookingCli::tr("TEXT")},
        {QStringLiteral("waive-fee"),
         BookingCli::tr("Charge none of the cancellation fee the product's rules suggest "
                        "(cancel).")},
        {QStringLiteral("all-parts"),
         BookingCli::tr("Cancel the row's package parts and accessories too (cancel).")},
        {QStringLiteral("product"),
         BookingCli::tr("The product booked: its item number or ID (row add, row edit)."),
         BookingCli::tr("NUMBER|ID")},
        {QStringLiteral("arrival"),
         BookingCli::tr("Arrival: YYYY-MM-DD, or YYYY-MM-DDTHH:MM for products booked by the hour "
                        "(row)."),
         BookingCli::tr("WHEN")},
        {QStringLiteral("departure"), BookingCli::tr("Departure, as the arrival (row)."),
         BookingCli::tr("WHEN")},
        {QStringLiteral("quantity"),
         BookingCli::tr("How many units (row; default 1); how many of the row's units to cancel "
                        "(cancel; default all)."),
         BookingCli::tr("N")},
        {QStringLiteral("guests"),
         BookingCli::tr("Guests per category, e.g. adult:2,child:1 (row)."),
         BookingCli::tr("GUESTS")},
        {QStringLiteral("price"),
         BookingCli::tr(
             "A manual price for the row including VAT, instead of the price table's (row)."),
         BookingCli::tr("AMOUNT")},
        {QStringLiteral("offered-price"),
         BookingCli::tr("Drop the manual price and use the price table's (row edit).")},
        {QStringLiteral("status"),
         BookingCli::tr("reservation, final, waitlist, long_term or self_booking (row)."),
         BookingCli::tr("STATUS")},
        {QStringLiteral("resource"),
         BookingCli::tr("The unit to book; default the first free (row)."), BookingCli::tr("ID")},
        {QStringLiteral("parent"), BookingCli::tr("The row this row belongs under (row)."),
         BookingCli::tr("ROW")},
        {QStringLiteral("text"),
         BookingCli::tr("The invoice text; default the product's name (row)."),
         BookingCli::tr("TEXT")},
        {QStringLiteral("recurring"),
         BookingCli::tr("A long-term rental that repeats monthly (row, with --status long_term).")},
        {QStringLiteral("overbook"),
         BookingCli::tr(
             "Book even when the product is fully booked; needs the overbooking right (row).")},
        {QStringLiteral("date"),
         BookingCli::tr(
             "Invoice or payment date; for run-recurring and run-billing the invoice date "
             "(default: today)."),
         BookingCli::tr("DATE")},
        {QStringLiteral("dry-run"),
         BookingCli::tr("Only list what the run would do (run-billing).")},
        {QStringLiteral("amount"), BookingCli::tr("The amount paid (pay)."),
         BookingCli::tr("AMOUNT")},
        {QStringLiteral("method"),
         BookingCli::tr("How it was paid, e.g. bank or card (pay; default bank)."),
         BookingCli::tr("METHOD")},
        {QStringLiteral("reference"), BookingCli::tr("The payment's transaction ID (pay)."),
         BookingCli::tr("TXID")},
        {QStringLiteral("month"), BookingCli::tr("The month to run (run-recurring)."),
         BookingCli::tr("YYYY-MM")},
        {QStringLiteral("account"),
         BookingCli::tr("The bank account to pay back to: reg. no. and account, a Norwegian "
                        "account number or an IBAN (refund)."),
         BookingCli::tr("ACCOUNT")},
        {QStringLiteral("card"), BookingCli::tr("Pay back to the card (refund).")},
        {QStringLiteral("to"), BookingCli::tr("The booking to move the payment to (transfer)."),
         BookingCli::tr("ID")},
    });
    for (const FlagField& f : flagFields) {
        p.addOption({QLatin1String(f.option),
                     QCoreApplication::translate("skranke::cli::Booking", f.help)});
        p.addOption({QStringLiteral("no-") + QLatin1String(f.option),
                     BookingCli::tr("The opposite of --%1.").arg(QLatin1String(f.option))});
    }
    for (const TextField& f : textFields)
        p.addOption({QLatin1String(f.option),
                     QCoreApplication::translate("skranke::cli::Booking", f.help),
                     BookingCli::tr("TEXT")});
    const QString usage = BookingCli::tr(
        "Usage: skranke-cli --user ME booking create [--customer ID] [--purpose KEY] "
        "[--source S] [--referrer R] [--campaign C] [--tags T] [--comment TEXT] [--note TEXT] "
        "[--deposit-due D] [--final-due D] [--invoice-message TEXT] [--payment-method M] "
        "[--supplier-report] [--[no-]invoice] [--[no-]send-invoice] [--[no-]generate-invoice] "
        "[--[no-]generate-reminder] [--[no-]settle-booking] [--[no-]cancel-on-missing-payment]\n"
        "       skranke-cli --user ME booking edit ID [the same options] [--no-supplier-report]\n"
        "       skranke-cli booking show ID\n"
        "       skranke-cli --user ME booking copy ID\n"
        "       skranke-cli --user ME booking row add --booking ID --product NUMBER|ID "
        "--arrival WHEN --departure WHEN [--quantity N] [--guests adult:2,child:1] "
        "[--price AMOUNT] [--status STATUS] [--resource ID] [--parent ROW] [--text TEXT] "
        "[--tags T] [--recurring] [--overbook]\n"
        "       skranke-cli --user ME booking row edit ROW [the same options but --booking] "
        "[--offered-price]\n"
        "       skranke-cli --user ME booking invoice ID [--date D]\n"
        "       skranke-cli --user ME booking pay ID --amount A [--date D] [--method M] "
        "[--reference TXID] [--comment C]\n"
        "       skranke-cli --user ME booking run-recurring --month YYYY-MM [--date D]\n"
        "       skranke-cli --user ME booking run-billing [--date D] [--dry-run]\n"
        "       skranke-cli --user ME booking refund ID --amount A (--account ACCOUNT|--card) "
        "[--date D] [--reference TXID] [--comment C]\n"
        "       skranke-cli --user ME booking transfer ID --to ID --amount A [--date D] "
        "[--comment C]\n"
        "       skranke-cli --user ME booking cancel --row ID [--quantity N] --reason TEXT "
        "[--waive-fee] [--all-parts]\n"
        "       skranke-cli --user ME booking cancel --booking ID --reason TEXT [--waive-fee]");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    const QString what = pos.value(0);
    if (what == QLatin1String("row"))
        return runBookingRow(ctx, p, usage);
    if (what == QLatin1String("cancel"))
        return runBookingCancel(ctx, p, usage);
    if (what == QLatin1String("run-billing"))
        return runBookingBilling(ctx, p, usage);
    if (what == QLatin1String("invoice") || what == QLatin1String("pay") ||
        what == QLatin1String("run-recurring") || what == QLatin1String("refund") ||
        what == QLatin1String("transfer"))
        return runBookingMoney(ctx, p, usage);
    if (pos == QStringList{QStringLiteral("create")})
        return createOrEdit(ctx, p, {});
    if (what == QLatin1String("edit") && pos.size() == 2)
        return createOrEdit(ctx, p, pos[1]);
    if (what == QLatin1String("show") && pos.size() == 2)
        return show(ctx, pos[1]);
    if (what == QLatin1String("copy") && pos.size() == 2)
        return copy(ctx, pos[1]);
    throw UsageError(usage);
}

}  // namespace skranke::cli
