#include "ui/bookings/maildelivery.h"

#include "core/mail/outbox.h"
#include "core/mail/smtpsender.h"
#include "core/mail/smtpsettings.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "ui/shell/appcontext.h"

#include <QDateTime>

namespace skranke {

namespace {
struct MailDelivery {
    Q_DECLARE_TR_FUNCTIONS(skranke::MailDelivery)
};
}  // namespace

QString deliverNow(AppContext& context, const std::vector<std::int64_t>& mailIds) {
    if (mailIds.empty())
        return {};
    try {
        SmtpSender sender(MailSettings::load(context.db()), context.clock());
        const auto entries = Outbox::deliver(
            context.db(), sender, mailIds, QDateTime::fromMSecsSinceEpoch(context.clock().nowMs()));
        int sent = 0;
        QString lastError;
        for (const auto& e : entries) {
            sent += e.status == QLatin1String("sent") ? 1 : 0;
            if (!e.lastError.isEmpty())
                lastError = e.lastError;
        }
        if (sent == int(mailIds.size()))
            return MailDelivery::tr("Sent.");
        return MailDelivery::tr(
                   "%1 of %2 sent; the rest waits in the outbox (Settings → Email): %3")
            .arg(sent)
            .arg(mailIds.size())
            .arg(lastError);
    } catch (const Error& e) {
        return MailDelivery::tr("Queued in the outbox, not sent: %1").arg(e.message());
    }
}

}  // namespace skranke
