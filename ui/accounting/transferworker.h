#pragma once

#include "core/accounting/transferqueue.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <cstdint>
#include <memory>

class QThread;
class QTimer;

namespace skranke {

class Clock;

// Sends queued vouchers to the accounting program while the app runs
// (AccountingService::autoRun, which does nothing unless automatic transfer
// is on), sends the whole queue when staff press Send now, and makes the
// vouchers for what was posted when a voucher list is shown. Each run is on
// a thread of its own with its own connection to the database file, because
// an SQLite connection is not shared across threads, and neither a slow
// accounting program nor the first year of vouchers (seconds on a big file)
// may freeze the window. Runs never overlap: Send now and making vouchers
// asked for during a run follow it (a tick ends early for them, at its next
// voucher sent or chunk made). stop() and the destructor wait for a running
// one, which ends the same way.
class TransferWorker final : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 30 * 1000;

    // databasePath: the file the app has open; clock outlives the worker.
    TransferWorker(QString databasePath, const Clock& clock, QObject* parent = nullptr);
    ~TransferWorker() override;

    void setInterval(int ms);
    int interval() const;
    // Ticks every interval from now on.
    void start();
    // No more ticks; waits for a running one (its result is dropped).
    // Making the vouchers (every kind of run begins with it) stops at the
    // next chunk; what was written stays.
    void stop();
    bool isActive() const;
    bool isBusy() const { return m_thread != nullptr; }
    // A tick now, unless a run is going on (false then).
    bool runNow();
    // Send now: the whole queue, automatic transfer on or not (the caller
    // checked the user's right); after the run going on, if one is. False
    // when a Send now is already asked for. sent() says how it went.
    bool sendNow();
    // Makes the vouchers for the events posted since (the caller checked the
    // user's right); after the run going on, if one is. vouchersMade() says
    // when they are there.
    void makeVouchers();
    bool isMakingVouchers() const;

Q_SIGNALS:
    // On the GUI thread after each tick. stopReason: why the queue stopped
    // (the target unreachable, out of quota) or why the tick failed.
    void ran(int transferred, int failed, const QString& stopReason);
    // On the GUI thread after sendNow's run; error: why it could not run
    // (no target set up, the file unreadable), else empty.
    void sent(const skranke::TransferRun& run, const QString& error);
    // On the GUI thread after makeVouchers' run: how many were made, or why
    // none could be.
    void vouchersMade(qint64 made, const QString& error);

private:
    struct Outcome;
    enum class Kind { Tick, SendNow, MakeVouchers };
    bool launch(Kind kind);
    void launchWanted();
    void yieldTick();
    void runDone(std::uint64_t generation);

    QString m_path;
    const Clock& m_clock;
    QTimer* m_timer;
    QThread* m_thread = nullptr;
    std::shared_ptr<Outcome> m_outcome;
    std::uint64_t m_generation = 0;
    bool m_sendWanted = false;  // asked for during a run
    bool m_makeWanted = false;
};

}  // namespace skranke

Q_DECLARE_METATYPE(skranke::TransferRun)
