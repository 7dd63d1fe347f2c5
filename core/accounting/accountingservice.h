#pragma once

#include "core/accounting/transferqueue.h"
#include "core/accounting/vouchergenerator.h"

#include <QCoreApplication>
#include <cstdint>
#include <vector>

namespace skranke {

class Session;

// What staff do with vouchers. All need accounting.manage and are journaled.
class AccountingService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::AccountingService)
public:
    static GenerationResult generate(const Session& session);
    // "Transfer": pending vouchers → queued. Others are skipped; returns how
    // many were queued.
    static int markForTransfer(const Session& session, const std::vector<std::int64_t>& ids);
    // "Restart": failed vouchers → their accounts looked up again, then
    // queued, or failed again for a mapping still missing.
    static int restart(const Session& session, const std::vector<std::int64_t>& ids);
    static int restartAllFailed(const Session& session);
    // Generate, then send the queue to the configured target (or `target`).
    // Throws Conflict when no target is set up.
    static TransferRun transfer(const Session& session, const QString& target = {});
    // What transfer does after its rights check, for the GUI's worker thread
    // (its own connection; the page checked the right before asking).
    // cancel: checked while the vouchers are made (see VoucherGenerator) and
    // between two vouchers sent; what is not sent stays queued.
    static TransferRun sendQueue(Database& db, const Clock& clock, const QString& target = {},
                                 const std::atomic<bool>* cancel = nullptr);
    // The automatic worker's tick: only when automatic transfer is on;
    // re-queues target-level failures older than RetryAfterMs first.
    static TransferRun autoRun(Database& db, const Clock& clock,
                               const std::atomic<bool>* cancel = nullptr);
};

}  // namespace skranke
