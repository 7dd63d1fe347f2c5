#pragma once

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <vector>

namespace skranke {

class AppContext;

// Sends mails just queued in the outbox, at once, and says how it went in a
// line for the user; a failure leaves them waiting in the outbox
// (Settings → Email), so nothing is lost.
QString deliverNow(AppContext& context, const std::vector<std::int64_t>& mailIds);

}  // namespace skranke
