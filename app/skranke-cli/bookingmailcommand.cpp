// booking supplier-report|send-invoice|send-confirmation: a booking's
// mail-outs. They are queued in the outbox; "mail send" delivers them.
#include "app/skranke-cli/bookingcli.h"
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/booking/bookingbilling.h"
#include "core/booking/bookingstore.h"
#include "core/mail/outbox.h"
#include "core/store/error.h"
#include "ui/documents/bookingdispatch.h"
#include "ui/documents/supplierreportdocument.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <map>

namespace skranke::cli {

namespace {

class BookingMailText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::BookingMail)
};

const QStringList mailCommands{QStringLiteral("supplier-report"), QStringLiteral("send-invoice"),
                               QStringLiteral("send-confirmation")};

QString usageText() {
    return BookingMailText::tr(
        "Usage: skranke-cli [--user ME] booking supplier-report ID [--pdf-dir DIR] [--send]\n"
        "       skranke-cli --user ME booking send-invoice ID\n"
        "       skranke-cli --user ME booking send-confirmation ID\n"
        "The emails are queued in the outbox; \"skranke-cli mail send\" delivers them.");
}

// The subcommand: the first word that is not an option or an option's value.
QString subcommand(const QStringList& args) {
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--pdf-dir")) {
            ++i;
            continue;
        }
        if (!args[i].startsWith(QLatin1Char('-')))
            return args[i];
    }
    return {};
}

QString isoTime(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue idOrNull(std::int64_t id) {
    return id > 0 ? QJsonValue(qint64(id)) : QJsonValue(QJsonValue::Null);
}

int supplierReport(CliContext& ctx, const QCommandLineParser& p, const QString& idText) {
    Database& db = ctx.db();
    const std::int64_t id = BookingCli::id(idText, "booking");
    const QString pdfDir = p.value(QStringLiteral("pdf-dir"));
    const bool send = p.isSet(QStringLiteral("send"));
    if (p.isSet(QStringLiteral("pdf-dir")) && (pdfDir.isEmpty() || !QDir(pdfDir).exists()))
        throw Error::invalid(QStringLiteral("pdf_dir"),
                             BookingMailText::tr("The folder %1 does not exist.")
                                 .arg(QDir::toNativeSeparators(pdfDir)));
    const std::vector<BookingDispatch::SupplierRows> groups = BookingDispatch::suppliers(db, id);
    if (groups.empty())
        throw Error(ErrorCode::Conflict,
                    BookingMailText::tr("Booking %1 has no rows from a supplier (that are not "
                                        "cancelled): there is nothing to report.")
                        .arg(id),
                    QStringLiteral("booking"));

    std::map<std::int64_t, QString> files;  // supplier → PDF written
    if (!pdfDir.isEmpty())
        for (const auto& g : groups)
            files[g.supplier.id] = BookingDispatch::writeSupplierReportPdf(
                db, id, g.supplier.id,
                QDir(pdfDir).filePath(SupplierReportDocument::fileName(id, g.supplier.id)));
    std::map<std::int64_t, std::int64_t> mails;  // supplier → outbox entry
    std::optional<std::int64_t> sentMs;
    if (send) {
        const auto result = BookingDispatch::sendSupplierReports(ctx.session(), id);
        for (const auto& r : result.reports)
            mails[r.supplier.id] = r.mailId;
        sentMs = result.sentMs;
    }

    QJsonArray suppliers;
    QJsonArray withoutEmail;
    QStringList lines;
    for (const auto& g : groups) {
        QJsonArray rows;
        for (std::int64_t r : g.rowIds)
            rows.append(qint64(r));
        const QString email = g.supplier.email.trimmed();
        const std::int64_t mailId = mails.contains(g.supplier.id) ? mails[g.supplier.id] : 0;
        suppliers.append(QJsonObject{
            {QStringLiteral("id"), qint64(g.supplier.id)},
            {QStringLiteral("name"), g.supplier.name},
            {QStringLiteral("email"), email},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("pdf"), files.contains(g.supplier.id) ? QJsonValue(files[g.supplier.id])
                                                                  : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("outbox_id"), idOrNull(mailId)}});
        if (email.isEmpty())
            withoutEmail.append(qint64(g.supplier.id));
        QString line =
            BookingMailText::tr("%1 (supplier %2): %n row(s)", nullptr, int(g.rowIds.size()))
                .arg(g.supplier.name, QString::number(g.supplier.id));
        if (email.isEmpty())
            line += BookingMailText::tr(", no email address");
        else if (mailId > 0)
            line += BookingMailText::tr(", queued for %1 (outbox %2)").arg(email).arg(mailId);
        else
            line += BookingMailText::tr(", to %1").arg(email);
        if (files.contains(g.supplier.id))
            line += BookingMailText::tr(", %1").arg(QDir::toNativeSeparators(files[g.supplier.id]));
        lines << line;
    }
    if (send && !sentMs)
        lines << BookingMailText::tr("No supplier has an email address: nothing was sent.");
    else if (send)
        lines << BookingMailText::tr("Queued; send it with \"skranke-cli mail send\".");
    else if (pdfDir.isEmpty())
        lines << BookingMailText::tr(
            "Nothing sent: add --send to email the reports, or "
            "--pdf-dir DIR to write them.");

    ctx.print(
        QJsonObject{{QStringLiteral("booking"), qint64(id)},
                    {QStringLiteral("suppliers"), suppliers},
                    {QStringLiteral("without_email"), withoutEmail},
                    {QStringLiteral("sent"), sentMs.has_value()},
                    {QStringLiteral("sent_at"),
                     sentMs ? QJsonValue(isoTime(*sentMs)) : QJsonValue(QJsonValue::Null)}},
        [&] {
            return (QStringList{BookingMailText::tr("Supplier reports of booking %1:").arg(id)} +
                    lines)
                .join(QLatin1Char('\n'));
        });
    return 0;
}

int sendInvoice(CliContext& ctx, const QString& idText, bool confirmation) {
    const std::int64_t id = BookingCli::id(idText, "booking");
    const std::int64_t mailId = confirmation
                                    ? BookingDispatch::sendPaymentConfirmation(ctx.session(), id)
                                    : BookingDispatch::sendLatestInvoice(ctx.session(), id);
    Database& db = ctx.db();
    const Outbox::Entry entry = Outbox::find(db, mailId);
    std::int64_t number = 0;
    for (const Invoice& inv : BookingBilling::invoices(db, id))
        if (!inv.isCreditNote() && inv.status == Invoice::Status::Posted)
            number = inv.number;
    ctx.print(
        QJsonObject{{QStringLiteral("booking"), qint64(id)},
                    {QStringLiteral("invoice"), qint64(number)},
                    {QStringLiteral("paid_copy"), confirmation},
                    {QStringLiteral("to"), entry.to},
                    {QStringLiteral("subject"), entry.subject},
                    {QStringLiteral("outbox_id"), qint64(mailId)},
                    {QStringLiteral("status"), entry.status}},
        [&] {
            return (confirmation
                        ? BookingMailText::tr("Payment confirmation (invoice %1 marked paid) of "
                                              "booking %2 queued for %3 (outbox %4); send it with "
                                              "\"skranke-cli mail send\".")
                        : BookingMailText::tr("Invoice %1 of booking %2 queued for %3 (outbox %4); "
                                              "send it with \"skranke-cli mail send\"."))
                .arg(QString::number(number), QString::number(id), entry.to,
                     QString::number(mailId));
        });
    return 0;
}

int runMailOut(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(mailCommands.join(QLatin1Char('|')),
                            BookingMailText::tr("What to send."));
    p.addOptions({
        {QStringLiteral("pdf-dir"),
         BookingMailText::tr("Write each supplier's report as a PDF into this folder "
                             "(supplier-report)."),
         BookingMailText::tr("DIR")},
        {QStringLiteral("send"),
         BookingMailText::tr("Email each supplier their report and mark the booking as reported "
                             "(supplier-report).")},
    });
    const QString usage = usageText();
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2)
        throw UsageError(usage);
    const bool report = pos[0] == QLatin1String("supplier-report");
    if (!report && (p.isSet(QStringLiteral("pdf-dir")) || p.isSet(QStringLiteral("send"))))
        throw UsageError(usage);
    if (report)
        return supplierReport(ctx, p, pos[1]);
    return sendInvoice(ctx, pos[1], pos[0] == QLatin1String("send-confirmation"));
}

}  // namespace

int runBookingWithMail(CliContext& ctx, const QStringList& args) {
    if (mailCommands.contains(subcommand(args)))
        return runMailOut(ctx, args);
    const int rc = runBooking(ctx, args);
    // "booking --help" shows the mail-outs too.
    if (subcommand(args).isEmpty() &&
        (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")) ||
         args.contains(QStringLiteral("-help"))))
        ctx.printText(QStringLiteral("\n") + usageText());
    return rc;
}

}  // namespace skranke::cli
