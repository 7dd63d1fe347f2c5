#pragma once

#include "core/accounting/transfertarget.h"

#include <QCoreApplication>
#include <atomic>
#include <cstdint>

namespace skranke {

class Clock;
class Database;

struct TransferRun {
    int transferred = 0;
    int failed = 0;
    bool stopped = false;  // the target was unreachable or out of quota
    bool busy = false;     // another worker holds the lease
    QString stopReason;
};

// The one worker: takes the lease, then sends queued vouchers one at a time
// in voucher-number order. Each attempt is counted and journaled before the
// call and its answer journaled after, each in its own transaction, so a
// crash in between leaves the voucher queued and it is sent again with the
// same key. A voucher-level failure (rejected, missing mapping) marks it
// failed and the worker goes on; a target-level one (unreachable, quota)
// marks it failed and stops, and later vouchers wait behind it until it is
// restarted (restartable() after a pause, or by hand). `stop` (may be null)
// ends the run between two vouchers: the rest stay queued for the next run.
class TransferQueue final {
    Q_DECLARE_TR_FUNCTIONS(skranke::TransferQueue)
public:
    static constexpr int AllQueued = 1000000;
    static TransferRun run(Database& db, const Clock& clock, TransferTarget& target,
                           int maxVouchers = AllQueued, const std::atomic<bool>* stop = nullptr);
    // Target-level failures older than this are queued again by the
    // automatic worker (AccountingService::autoRun).
    static constexpr std::int64_t RetryAfterMs = 5 * 60 * 1000;
};

}  // namespace skranke
