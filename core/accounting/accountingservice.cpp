#include "core/accounting/accountingservice.h"

#include "core/accounting/accountingsettings.h"
#include "core/accounting/voucherbuilder.h"
#include "core/accounting/voucherstore.h"
#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"

#include <QJsonObject>

namespace skranke {

namespace {

// Looks the accounts up again and queues the voucher, or leaves it failed
// with what is still missing. Returns whether it was queued.
bool requeue(Database& db, const AccountResolver& resolver, Voucher v, std::int64_t nowMs) {
    if (v.state != VoucherState::Failed)
        return false;
    const QString missing = resolveAccounts(resolver, v);
    VoucherStore::saveAccounts(db, v);
    if (!missing.isEmpty()) {
        VoucherStore::markFailed(db, v.id, nowMs, FailKind::Mapping, missing);
        return false;
    }
    VoucherStore::markQueued(db, v.id, nowMs);
    return true;
}

std::vector<std::int64_t> failedIds(Database& db, bool targetLevelOnly, std::int64_t before) {
    auto st = db.prepare(
        "SELECT id FROM voucher WHERE state = 'failed' AND (?1 = 0 OR (fail_kind IN "
        "('unreachable', 'quota') AND failed_ms <= ?2)) ORDER BY number");
    st.bindAll(targetLevelOnly, before);
    std::vector<std::int64_t> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    return ids;
}

int restartIds(Database& db, std::int64_t nowMs, const std::vector<std::int64_t>& ids) {
    AccountResolver resolver(db);
    int queued = 0;
    for (std::int64_t id : ids)
        if (auto v = VoucherStore::load(db, id); v && requeue(db, resolver, *v, nowMs))
            ++queued;
    return queued;
}

// The vouchers a transfer sends; false when cancelled meanwhile.
bool makeVouchers(Database& db, const Clock& clock, const std::atomic<bool>* cancel) {
    VoucherGenerator::Options options;
    options.cancel = cancel;
    VoucherGenerator::run(db, clock, options);
    return !(cancel && cancel->load());
}

}  // namespace

GenerationResult AccountingService::generate(const Session& session) {
    session.require(rights::AccountingManage);
    return VoucherGenerator::run(session.db(), session.clock());
}

int AccountingService::markForTransfer(const Session& session,
                                       const std::vector<std::int64_t>& ids) {
    session.require(rights::AccountingManage);
    Database& db = session.db();
    Transaction tx(db);
    const std::int64_t now = session.clock().nowMs();
    int queued = 0;
    for (std::int64_t id : ids) {
        auto v = VoucherStore::load(db, id);
        if (!v || v->state != VoucherState::Pending)
            continue;
        VoucherStore::markQueued(db, id, now);
        session.journal(QStringLiteral("voucher"), v->uid, QStringLiteral("queue"),
                        {{QStringLiteral("number"), qint64(v->number)}});
        ++queued;
    }
    tx.commit();
    return queued;
}

int AccountingService::restart(const Session& session, const std::vector<std::int64_t>& ids) {
    session.require(rights::AccountingManage);
    Database& db = session.db();
    Transaction tx(db);
    const int queued = restartIds(db, session.clock().nowMs(), ids);
    session.journal(
        QStringLiteral("voucher"), {}, QStringLiteral("restart"),
        {{QStringLiteral("asked"), qint64(ids.size())}, {QStringLiteral("queued"), queued}});
    tx.commit();
    return queued;
}

int AccountingService::restartAllFailed(const Session& session) {
    session.require(rights::AccountingManage);
    return restart(session, failedIds(session.db(), false, 0));
}

TransferRun AccountingService::transfer(const Session& session, const QString& targetName) {
    session.require(rights::AccountingManage);
    return sendQueue(session.db(), session.clock(), targetName);
}

TransferRun AccountingService::sendQueue(Database& db, const Clock& clock,
                                         const QString& targetName,
                                         const std::atomic<bool>* cancel) {
    AccountingSettings settings = AccountingSettingsStore::load(db);
    if (!targetName.isEmpty())
        settings.target = targetName;
    if (settings.target.isEmpty())
        throw Error(ErrorCode::Conflict,
                    tr("No accounting program is set up to receive vouchers: choose one under "
                       "Settings → Accounting, or export a file."),
                    QStringLiteral("target"));
    auto target = TransferTargets::make(db, settings);
    if (!target)
        throw Error::invalid(QStringLiteral("target"),
                             tr("Unknown transfer target “%1”.").arg(settings.target));
    if (!makeVouchers(db, clock, cancel))
        return {};
    return TransferQueue::run(db, clock, *target, TransferQueue::AllQueued, cancel);
}

TransferRun AccountingService::autoRun(Database& db, const Clock& clock,
                                       const std::atomic<bool>* cancel) {
    const AccountingSettings settings = AccountingSettingsStore::load(db);
    if (!settings.autoTransfer || settings.target.isEmpty())
        return {};
    if (!makeVouchers(db, clock, cancel))
        return {};
    {
        Transaction tx(db);
        restartIds(db, clock.nowMs(),
                   failedIds(db, true, clock.nowMs() - TransferQueue::RetryAfterMs));
        tx.commit();
    }
    auto target = TransferTargets::make(db, settings);
    if (!target)
        return {};
    return TransferQueue::run(db, clock, *target, TransferQueue::AllQueued, cancel);
}

}  // namespace skranke
