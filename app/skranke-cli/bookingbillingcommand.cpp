// booking run-billing: the Invoice tabs' automation flags, for a date.
#include "app/skranke-cli/bookingcli.h"
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/usageerror.h"
#include "core/booking/billingrun.h"
#include "core/time/dates.h"
#include "ui/documents/billingrundispatch.h"

#include <QJsonArray>

namespace skranke::cli {

namespace {

QString actionKey(BillingRun::Action action) {
    switch (action) {
        case BillingRun::Action::Invoice:
            return QStringLiteral("invoice");
        case BillingRun::Action::Remind:
            return QStringLiteral("remind");
        case BillingRun::Action::Cancel:
            return QStringLiteral("cancel");
    }
    return {};
}

QJsonObject itemJson(const BillingRun::Item& i) {
    QJsonObject o{{QStringLiteral("action"), actionKey(i.action)},
                  {QStringLiteral("booking"), qint64(i.bookingId)},
                  {QStringLiteral("customer"), i.customer},
                  {QStringLiteral("refused"), i.refused},
                  {QStringLiteral("note"), i.note}};
    if (i.invoiceNumber > 0)
        o.insert(QStringLiteral("invoice"), qint64(i.invoiceNumber));
    if (i.debtorId > 0)
        o.insert(QStringLiteral("debtor"), qint64(i.debtorId));
    if (i.action == BillingRun::Action::Invoice)
        o.insert(QStringLiteral("send"), i.send);
    return o;
}

QString itemLine(const BillingRun::Item& i) {
    QString line = QStringLiteral("%1 %2 %3")
                       .arg(BillingRun::actionName(i.action), -8)
                       .arg(i.bookingId, 6)
                       .arg(i.customer);
    if (i.invoiceNumber > 0)
        line += QStringLiteral("  ") + BookingCli::tr("invoice %1").arg(i.invoiceNumber);
    if (i.refused)
        line += QStringLiteral("  ") + BookingCli::tr("REFUSED");
    if (!i.note.isEmpty())
        line += QStringLiteral("  ") + i.note;
    return line;
}

}  // namespace

int runBookingBilling(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    if (p.positionalArguments().size() != 1)
        throw UsageError(usage);
    const QDate date = BookingCli::dateOr(ctx, p, "date");
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    std::vector<BillingRun::Item> items;
    std::vector<std::int64_t> mailIds;
    if (dryRun) {
        items = BillingRun::preview(ctx.db(), date);
    } else {
        const auto result = BillingRunDispatch::run(ctx.session(), date);
        items = result.items;
        mailIds = result.mailIds;
    }
    QJsonArray list;
    QJsonArray mails;
    for (const auto& i : items)
        list.append(itemJson(i));
    for (const std::int64_t id : mailIds)
        mails.append(qint64(id));
    ctx.print(QJsonObject{{QStringLiteral("date"), Dates::iso(date)},
                          {QStringLiteral("dry_run"), dryRun},
                          {QStringLiteral("items"), list},
                          {QStringLiteral("outbox"), mails}},
              [&] {
                  QStringList out;
                  for (const auto& i : items)
                      out << itemLine(i);
                  if (items.empty())
                      out << BookingCli::tr("Nothing to do on %1.").arg(Dates::iso(date));
                  else if (dryRun)
                      out << BookingCli::tr("A preview: nothing was done.");
                  if (!mailIds.empty())
                      out << BookingCli::tr(
                          "%n email(s) queued in the outbox; \"skranke-cli "
                          "mail send\" delivers them.",
                          nullptr, int(mailIds.size()));
                  return out.join(QLatin1Char('\n'));
              });
    return 0;
}

}  // namespace skranke::cli
