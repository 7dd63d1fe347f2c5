#include "ui/documents/billingrundispatch.h"

#include "core/auth/session.h"
#include "core/booking/bookingstore.h"
#include "core/store/error.h"
#include "ui/documents/bookingdispatch.h"

namespace skranke {

BillingRunDispatch::Result BillingRunDispatch::run(const Session& session, const QDate& today) {
    Result result;
    result.items = BillingRun::run(session, today);
    for (BillingRun::Item& item : result.items) {
        if (item.refused)
            continue;
        try {
            if (item.action == BillingRun::Action::Invoice && item.send) {
                result.mailIds.push_back(
                    BookingDispatch::sendLatestInvoice(session, item.bookingId));
                item.note = tr("Emailed to the customer.");
            } else if (item.action == BillingRun::Action::Cancel &&
                       BookingStore::require(session.db(), item.bookingId).supplierReport) {
                const auto sent =
                    BookingDispatch::sendCancellationReports(session, item.bookingId, item.rowIds);
                result.mailIds.insert(result.mailIds.end(), sent.mailIds.begin(),
                                      sent.mailIds.end());
            }
        } catch (const Error& e) {
            // The invoice or the cancellation stands; only the mail is missing.
            const QString missing = tr("Not emailed: %1").arg(e.message());
            item.note = item.note.isEmpty() ? missing : item.note + QLatin1Char(' ') + missing;
        }
    }
    return result;
}

}  // namespace skranke
