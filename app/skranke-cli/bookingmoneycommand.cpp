// booking invoice|pay|refund|transfer|run-recurring: a booking's money through receivables.
#include "app/skranke-cli/bookingcli.h"
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/usageerror.h"
#include "core/booking/bookingbilling.h"
#include "core/booking/bookingstore.h"
#include "core/booking/recurringrentals.h"
#include "core/store/error.h"
#include "core/time/dates.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace skranke::cli {

namespace {

int invoice(CliContext& ctx, const QCommandLineParser& p, const QString& idText) {
    const std::int64_t id = BookingCli::id(idText, "booking");
    const QDate date = BookingCli::dateOr(ctx, p, "date");
    const Invoice inv = BookingBilling::generateInvoice(ctx.session(), id, date);
    ctx.print(QJsonObject{{QStringLiteral("booking"), qint64(id)},
                          {QStringLiteral("invoice"), qint64(inv.number)},
                          {QStringLiteral("date"), Dates::iso(inv.date)},
                          {QStringLiteral("due"), Dates::iso(inv.dueDate)},
                          {QStringLiteral("total"), inv.total.toDecimalString()},
                          {QStringLiteral("currency"), inv.total.currency().code()}},
              [&] {
                  return BookingCli::tr("Invoice %1 for booking %2: %3 %4, due %5.")
                      .arg(QString::number(inv.number), QString::number(id),
                           inv.total.toDecimalString(), inv.total.currency().code(),
                           Dates::iso(inv.dueDate));
              });
    return 0;
}

int pay(CliContext& ctx, const QCommandLineParser& p, const QString& idText, const QString& usage) {
    const QString amountText = BookingCli::required(p, "amount", usage);
    Database& db = ctx.db();
    const std::int64_t id = BookingCli::id(idText, "booking");
    const Money amount = BookingCli::amount(db, amountText, "amount");
    const QDate date = BookingCli::dateOr(ctx, p, "date");
    std::map<std::int64_t, RowStatus> before;
    for (const BookingRow& r : BookingStore::rows(db, id))
        before[r.id] = r.status;
    // The ledger books a payment with no method as a bank transfer; say so on
    // the booking too.
    const QString method = p.value(QStringLiteral("method")).trimmed();
    const BookingPayment payment = BookingBilling::pay(
        ctx.session(), id, amount, date, method.isEmpty() ? QStringLiteral("bank") : method,
        p.value(QStringLiteral("reference")).trimmed(), p.value(QStringLiteral("comment")));

    const Booking booking = BookingStore::require(db, id);
    const Money total = BookingStore::total(db, booking);
    const Money paid = BookingBilling::paid(db, id);
    const bool inFull = total.isPositive() && !(paid < total);
    QJsonArray finals;
    QStringList finalIds;
    for (const BookingRow& r : BookingStore::rows(db, id))
        if (r.status == RowStatus::Final && before.count(r.id) &&
            before[r.id] != RowStatus::Final) {
            finals.append(qint64(r.id));
            finalIds << QString::number(r.id);
        }
    ctx.print(
        QJsonObject{{QStringLiteral("booking"), qint64(id)},
                    {QStringLiteral("payment"), qint64(payment.id)},
                    {QStringLiteral("amount"), payment.amount.toDecimalString()},
                    {QStringLiteral("date"), Dates::iso(payment.date)},
                    {QStringLiteral("method"), payment.method},
                    {QStringLiteral("reference"), payment.transactionId},
                    {QStringLiteral("paid"), paid.toDecimalString()},
                    {QStringLiteral("total"), total.toDecimalString()},
                    {QStringLiteral("currency"), total.currency().code()},
                    {QStringLiteral("paid_in_full"), inFull},
                    {QStringLiteral("rows_final"), finals}},
        [&] {
            QString text = BookingCli::tr("Booking %1: %2 paid of %3 %4.")
                               .arg(QString::number(id), paid.toDecimalString(),
                                    total.toDecimalString(), total.currency().code());
            text += QLatin1Char(' ') + (inFull ? BookingCli::tr("Paid in full.")
                                               : BookingCli::tr("Not paid in full."));
            if (!finalIds.isEmpty())
                text +=
                    QLatin1Char('\n') +
                    BookingCli::tr("Final now: row %1.").arg(finalIds.join(QStringLiteral(", ")));
            return text;
        });
    return 0;
}

int refund(CliContext& ctx, const QCommandLineParser& p, const QString& idText,
           const QString& usage) {
    const QString amountText = BookingCli::required(p, "amount", usage);
    const bool card = p.isSet(QStringLiteral("card"));
    const QString account = p.value(QStringLiteral("account")).trimmed();
    if (card == !account.isEmpty())
        throw Error::invalid(QStringLiteral("account"),
                             BookingCli::tr("Give either --account or --card."));
    Database& db = ctx.db();
    const std::int64_t id = BookingCli::id(idText, "booking");
    const Money amount = BookingCli::amount(db, amountText, "amount");
    const QDate date = BookingCli::dateOr(ctx, p, "date");
    const BookingPayment back = BookingBilling::refund(
        ctx.session(), id, amount, date, account, p.value(QStringLiteral("reference")).trimmed(),
        p.value(QStringLiteral("comment")));
    const Money left = BookingBilling::refundable(db, id);
    ctx.print(QJsonObject{{QStringLiteral("booking"), qint64(id)},
                          {QStringLiteral("payment"), qint64(back.id)},
                          {QStringLiteral("amount"), back.amount.toDecimalString()},
                          {QStringLiteral("to"), back.method},
                          {QStringLiteral("account"), back.account},
                          {QStringLiteral("date"), Dates::iso(back.date)},
                          {QStringLiteral("refundable"), left.toDecimalString()}},
              [&] {
                  return BookingCli::tr("Booking %1: %2 paid back; %3 still refundable.")
                      .arg(QString::number(id), amount.toDecimalString(), left.toDecimalString());
              });
    return 0;
}

int transfer(CliContext& ctx, const QCommandLineParser& p, const QString& idText,
             const QString& usage) {
    const QString amountText = BookingCli::required(p, "amount", usage);
    const QString toText = BookingCli::required(p, "to", usage);
    Database& db = ctx.db();
    const std::int64_t from = BookingCli::id(idText, "booking");
    const std::int64_t to = BookingCli::id(toText, "to");
    const Money amount = BookingCli::amount(db, amountText, "amount");
    const QDate date = BookingCli::dateOr(ctx, p, "date");
    BookingBilling::transfer(ctx.session(), from, to, amount, date,
                             p.value(QStringLiteral("comment")));
    const Money fromPaid = BookingBilling::paid(db, from);
    const Money toPaid = BookingBilling::paid(db, to);
    ctx.print(QJsonObject{{QStringLiteral("from"), qint64(from)},
                          {QStringLiteral("to"), qint64(to)},
                          {QStringLiteral("amount"), amount.toDecimalString()},
                          {QStringLiteral("from_paid"), fromPaid.toDecimalString()},
                          {QStringLiteral("to_paid"), toPaid.toDecimalString()}},
              [&] {
                  return BookingCli::tr(
                             "%1 moved from booking %2 (now paid %3) to booking %4 "
                             "(now paid %5).")
                      .arg(amount.toDecimalString(), QString::number(from),
                           fromPaid.toDecimalString(), QString::number(to),
                           toPaid.toDecimalString());
              });
    return 0;
}

int runRecurring(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    const QString monthText = BookingCli::required(p, "month", usage);
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(monthText);
    const QDate first =
        match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1) : QDate();
    if (!first.isValid())
        throw Error::invalid(
            QStringLiteral("month"),
            BookingCli::tr("--month must be a month as YYYY-MM, not \"%1\".").arg(monthText));
    const QDate date = BookingCli::dateOr(ctx, p, "date");
    const RecurringRentals::Result result =
        RecurringRentals::run(ctx.session(), first.year(), first.month(), date);

    Database& db = ctx.db();
    QJsonArray rows;
    QStringList lines;
    for (std::int64_t rowId : result.rowIds) {
        const BookingRow row = BookingStore::requireRow(db, rowId);
        BookingRowView view(db, BookingBilling::invoices(db, row.bookingId));
        rows.append(view.json(row));
        lines << view.line(row);
    }
    QJsonArray invoices, skipped;
    QStringList invoiceNumbers, skippedIds;
    for (std::int64_t n : result.invoiceNumbers) {
        invoices.append(qint64(n));
        invoiceNumbers << QString::number(n);
    }
    for (std::int64_t b : result.skippedBookings) {
        skipped.append(qint64(b));
        skippedIds << QString::number(b);
    }
    ctx.print(
        QJsonObject{{QStringLiteral("month"), first.toString(QStringLiteral("yyyy-MM"))},
                    {QStringLiteral("date"), Dates::iso(date)},
                    {QStringLiteral("rows"), rows},
                    {QStringLiteral("invoices"), invoices},
                    {QStringLiteral("skipped_bookings"), skipped}},
        [&] {
            QStringList out{BookingCli::tr("%n row(s) created for %1.", nullptr, int(rows.size()))
                                .arg(first.toString(QStringLiteral("yyyy-MM")))};
            out << lines;
            if (!invoiceNumbers.isEmpty())
                out << BookingCli::tr("Invoices: %1.")
                           .arg(invoiceNumbers.join(QStringLiteral(", ")));
            if (!skippedIds.isEmpty())
                out << BookingCli::tr("Already run for the month: booking %1.")
                           .arg(skippedIds.join(QStringLiteral(", ")));
            return out.join(QLatin1Char('\n'));
        });
    return 0;
}

}  // namespace

int runBookingMoney(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    const QStringList pos = p.positionalArguments();
    const QString what = pos.value(0);
    if (what == QLatin1String("invoice") && pos.size() == 2)
        return invoice(ctx, p, pos[1]);
    if (what == QLatin1String("pay") && pos.size() == 2)
        return pay(ctx, p, pos[1], usage);
    if (what == QLatin1String("refund") && pos.size() == 2)
        return refund(ctx, p, pos[1], usage);
    if (what == QLatin1String("transfer") && pos.size() == 2)
        return transfer(ctx, p, pos[1], usage);
    if (what == QLatin1String("run-recurring") && pos.size() == 1)
        return runRecurring(ctx, p, usage);
    throw UsageError(usage);
}

}  // namespace skranke::cli
