#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/company/companyservice.h"
#include "core/dunning/dunningsettings.h"
#include "core/dunning/reminderrun.h"
#include "core/mail/smtpsender.h"
#include "core/mail/smtpsettings.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/documents/reminderdispatch.h"

#include <QDir>
#include <QJsonArray>

namespace skranke::cli {

namespace {

class RemindersText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Reminders)
};

Money amount(const QCommandLineParser& p, const char* option, const Currency& c) {
    return p.isSet(QLatin1String(option))
               ? Money::fromDecimalString(
                     p.value(QLatin1String(option)), c,
                     QString::fromLatin1(option).replace(QLatin1Char('-'), QLatin1Char('_')))
               : Money::zero(c);
}

QJsonObject toJson(const ReminderRun::Proposal& r) {
    QJsonArray claims;
    for (const auto& c : r.claims)
        claims.append(QJsonObject{{QStringLiteral("invoice"), qint64(c.number)},
                                  {QStringLiteral("due"), Dates::iso(c.dueDate)},
                                  {QStringLiteral("open"), c.open.toDecimalString()},
                                  {QStringLiteral("interest"), c.interest.toDecimalString()},
                                  {QStringLiteral("fee_bearing"), c.feeBearing},
                                  {QStringLiteral("no_fee_reason"), c.noFeeReason}});
    return {{QStringLiteral("debtor"), qint64(r.debtorId)},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("claims"), claims},
            {QStringLiteral("claims_total"), r.claimsTotal.toDecimalString()},
            {QStringLiteral("earlier_charges"), r.earlierCharges.toDecimalString()},
            {QStringLiteral("fee"), r.fee.toDecimalString()},
            {QStringLiteral("compensation"), r.compensation.toDecimalString()},
            {QStringLiteral("interest"), r.interest.toDecimalString()},
            {QStringLiteral("total"), r.total.toDecimalString()},
            {QStringLiteral("currency"), r.total.currency().code()}};
}

QJsonArray numbersJson(const std::vector<std::int64_t>& numbers) {
    QJsonArray out;
    for (std::int64_t n : numbers)
        out.append(qint64(n));
    return out;
}

}  // namespace

int runReminders(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("preview|create"), RemindersText::tr("What to do."));
    p.addOptions({
        {QStringLiteral("level"), RemindersText::tr("Reminder number: 1, 2 or 3."),
         RemindersText::tr("N")},
        {QStringLiteral("to-date"),
         RemindersText::tr("Invoices due up to and including this date."),
         RemindersText::tr("DATE")},
        {QStringLiteral("respite"), RemindersText::tr("Days of respite after the to date."),
         RemindersText::tr("N"), QStringLiteral("0")},
        {QStringLiteral("date"), RemindersText::tr("The reminders' date (default: today)."),
         RemindersText::tr("DATE")},
        {QStringLiteral("terms-days"),
         RemindersText::tr("Days the reminder gives to pay (at least 10)."), RemindersText::tr("N"),
         QStringLiteral("10")},
        {QStringLiteral("debtor-from"), RemindersText::tr("First debtor ID."),
         RemindersText::tr("ID")},
        {QStringLiteral("debtor-to"), RemindersText::tr("Last debtor ID."),
         RemindersText::tr("ID")},
        {QStringLiteral("till"), RemindersText::tr("Only invoices from this till."),
         RemindersText::tr("TILL")},
        {QStringLiteral("post-till"), RemindersText::tr("The till the reminders are posted in."),
         RemindersText::tr("TILL")},
        {QStringLiteral("fee"), RemindersText::tr("Reminder fee."), RemindersText::tr("AMOUNT")},
        {QStringLiteral("compensation"),
         RemindersText::tr("Charge the compensation fee to business debtors.")},
        {QStringLiteral("interest-rate"), RemindersText::tr("Interest per month, in percent."),
         RemindersText::tr("PCT")},
        {QStringLiteral("interest-mode"), RemindersText::tr("started-month or exact."),
         RemindersText::tr("MODE"), QStringLiteral("started-month")},
        {QStringLiteral("reference-rate"),
         RemindersText::tr("The reference rate a year, in percent (default: the setting)."),
         RemindersText::tr("PCT")},
        {QStringLiteral("min-balance"), RemindersText::tr("Leave out debtors owing less."),
         RemindersText::tr("AMOUNT")},
        {QStringLiteral("min-interest"), RemindersText::tr("No interest line below this."),
         RemindersText::tr("AMOUNT")},
        {QStringLiteral("pdf-dir"),
         RemindersText::tr("Write a PDF per reminder and a merged one into this folder."),
         RemindersText::tr("DIR")},
        {QStringLiteral("email"),
         RemindersText::tr("Email each reminder with its PDF to debtors with an address.")},
        {QStringLiteral("debtor"), RemindersText::tr("Only this debtor's reminders (list)."),
         RemindersText::tr("ID")},
        {QStringLiteral("out"), RemindersText::tr("The PDF file to write (pdf)."),
         RemindersText::tr("FILE")},
    });
    const QString usage = RemindersText::tr(
        "Usage: skranke-cli [--user ME] reminders preview|create --level N --to-date D [--respite "
        "N] "
        "[--date D] [--terms-days N] [--debtor-from ID] [--debtor-to ID] [--till T] [--post-till "
        "T] [--fee A] "
        "[--compensation] [--interest-rate PCT_PER_MONTH --interest-mode started-month|exact "
        "--reference-rate PCT] [--min-balance A] [--min-interest A] [--pdf-dir DIR] [--email]\n"
        "       skranke-cli reminders list [--debtor ID]\n"
        "       skranke-cli reminders pdf NUMBER --out FILE");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    if (pos.value(0) == QLatin1String("list") || pos.value(0) == QLatin1String("pdf"))
        return runReminderDocuments(ctx, p, usage);
    if (pos.size() != 1 ||
        (pos[0] != QLatin1String("preview") && pos[0] != QLatin1String("create")) ||
        !p.isSet(QStringLiteral("level")) || !p.isSet(QStringLiteral("to-date")))
        throw UsageError(usage);
    const Currency c = Currency::fromCode(CompanyService::rules(ctx.db()).currency);
    ReminderRun::Params params;
    params.level = int(CliContext::wholeNumber(p, "level", 0, 1));
    params.toDate = Dates::parse(p.value(QStringLiteral("to-date")), QStringLiteral("to_date"));
    params.respiteDays = int(CliContext::wholeNumber(p, "respite", 0));
    params.runDate =
        p.isSet(QStringLiteral("date"))
            ? Dates::parse(p.value(QStringLiteral("date")), QStringLiteral("date"))
            : Dates::localDate(ctx.clock().nowMs(), CompanyService::require(ctx.db()).timeZone);
    params.termsDays = int(CliContext::wholeNumber(p, "terms-days", 0));
    params.debtorFrom = CliContext::wholeNumber(p, "debtor-from", 0);
    params.debtorTo = CliContext::wholeNumber(p, "debtor-to", 0);
    params.tillRef = p.value(QStringLiteral("till"));
    params.postTill = p.value(QStringLiteral("post-till"));
    params.fee = amount(p, "fee", c);
    params.compensation = p.isSet(QStringLiteral("compensation"));
    params.interestPerMonth = p.isSet(QStringLiteral("interest-rate"))
                                  ? Rate::percent(p.value(QStringLiteral("interest-rate")),
                                                  QStringLiteral("interest_rate"))
                                  : Rate();
    const QString mode = p.value(QStringLiteral("interest-mode"));
    if (mode != QLatin1String("started-month") && mode != QLatin1String("exact"))
        throw Error::invalid(
            QStringLiteral("interest_mode"),
            RemindersText::tr("--interest-mode is started-month or exact, not \"%1\".").arg(mode));
    params.interestMode = mode == QLatin1String("exact") ? InterestCalculator::Mode::ExactDays
                                                         : InterestCalculator::Mode::StartedMonth;
    params.referenceRatePerYear =
        p.isSet(QStringLiteral("reference-rate"))
            ? Rate::parsePercent(p.value(QStringLiteral("reference-rate")),
                                 QStringLiteral("reference_rate"))
            : DunningSettings::referenceRate(ctx.db());
    params.minBalance = amount(p, "min-balance", c);
    params.minInterest = amount(p, "min-interest", c);

    if (pos[0] == QLatin1String("preview")) {
        const auto proposals = ReminderRun::preview(ctx.db(), params);
        QJsonArray rows;
        QStringList lines;
        for (const auto& r : proposals) {
            rows.append(toJson(r));
            lines << RemindersText::tr(
                         "%1 %2: claims %3, fee %4, compensation %5, interest %6, total %7")
                         .arg(r.debtorId)
                         .arg(r.name, r.claimsTotal.toDecimalString(), r.fee.toDecimalString(),
                              r.compensation.toDecimalString(), r.interest.toDecimalString(),
                              r.total.toDecimalString());
        }
        ctx.print(rows, [&] { return lines.join(QLatin1Char('\n')); });
        return 0;
    }
    const bool email = p.isSet(QStringLiteral("email"));
    const QString pdfDir = p.value(QStringLiteral("pdf-dir"));
    if (email && !MailSettings::configured(ctx.db()))
        throw Error::invalid(QStringLiteral("email"),
                             RemindersText::tr("Email is not set up yet; set it with "
                                               "\"skranke-cli mail settings --host …\"."));
    if (!pdfDir.isEmpty() && !QDir(pdfDir).exists())
        throw Error::invalid(QStringLiteral("pdf_dir"),
                             RemindersText::tr("The folder %1 does not exist.").arg(pdfDir));
    const auto created = ReminderDispatch::create(ctx.session(), params, {}, email);
    QJsonObject result{{QStringLiteral("reminders"), numbersJson(created.numbers)}};
    QStringList lines{RemindersText::tr("Created %1 reminders.").arg(created.numbers.size())};
    if (!pdfDir.isEmpty() && !created.numbers.empty()) {
        QStringList files;
        const QString merged =
            ReminderDispatch::writePdfs(ctx.db(), created.numbers, pdfDir, &files);
        result.insert(QStringLiteral("pdf_files"), QJsonArray::fromStringList(files));
        result.insert(QStringLiteral("merged_pdf"), merged);
        lines << RemindersText::tr("Wrote %1 PDF files; print them all from %2.")
                     .arg(files.size() - 1)
                     .arg(merged);
    }
    if (email) {
        SmtpSender sender(MailSettings::load(ctx.db()), ctx.clock());
        QJsonArray mails;
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(ctx.clock().nowMs());
        for (const Outbox::Entry& e : Outbox::deliver(ctx.db(), sender, created.mailIds, now)) {
            mails.append(QJsonObject{{QStringLiteral("outbox_id"), qint64(e.id)},
                                     {QStringLiteral("to"), e.to},
                                     {QStringLiteral("status"), e.status},
                                     {QStringLiteral("error"), e.lastError}});
            lines << (e.status == QLatin1String("sent")
                          ? RemindersText::tr("Emailed %1.").arg(e.to)
                          : RemindersText::tr("Not sent to %1: %2 (kept in the outbox; "
                                              "\"skranke-cli mail send --retry-failed\" tries "
                                              "again).")
                                .arg(e.to, e.lastError));
        }
        result.insert(QStringLiteral("emails"), mails);
        result.insert(QStringLiteral("without_email"), numbersJson(created.withoutEmail));
        if (!created.withoutEmail.empty())
            lines << RemindersText::tr("%1 reminders have no email address; print them.")
                         .arg(created.withoutEmail.size());
    }
    ctx.print(result, [&] { return lines.join(QLatin1Char('\n')); });
    return 0;
}

}  // namespace skranke::cli
