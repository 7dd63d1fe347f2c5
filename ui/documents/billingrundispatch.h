#pragma once

#include "core/booking/billingrun.h"

#include <QCoreApplication>
#include <QDate>
#include <vector>

namespace skranke {

class Session;

// The billing run with its mail-outs, shared by the GUI and the CLI: runs
// BillingRun, then queues each new invoice whose booking says "send
// invoice" as an email to the customer, and tells the suppliers of
// bookings cancelled for want of payment (when the booking sends supplier
// reports). Mails are queued in the outbox; delivery is separate.
class BillingRunDispatch final {
    Q_DECLARE_TR_FUNCTIONS(skranke::BillingRunDispatch)
public:
    struct Result {
        std::vector<BillingRun::Item> items;  // as BillingRun::run, with mail notes
        std::vector<std::int64_t> mailIds;    // queued in the outbox
    };
    static Result run(const Session& session, const QDate& today);
};

}  // namespace skranke
