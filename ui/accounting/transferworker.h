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
// is on), and the whole queue when staff press Send now. Each run is on a
// thread of its own with its own connection to the database file, because
// an SQLite connection is not shared across threads and a slow accounting
// program must not freeze the window. Runs never overlap; stop() and the
// destructor wait for a running one.
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
    void stop();
    bool isActive() const;
    bool isBusy() const { return m_thread != nullptr; }
    // A tick now, unless a run is going on (false then).
    bool runNow();
    // Send now: the whole queue, automatic transfer on or not (the caller
    // checked the user's right); false when a run is going on. sent() says
    // how it went.
    bool sendNow();

Q_SIGNALS:
    // On the GUI thread after each tick. stopReason: why the queue stopped
    // (the target unreachable, out of quota) or why the tick failed.
    void ran(int transferred, int failed, const QString& stopReason);
    // On the GUI thread after sendNow's run; error: why it could not run
    // (no target set up, the file unreadable), else empty.
    void sent(const skranke::TransferRun& run, const QString& error);

private:
    struct Outcome;
    enum class Kind { Tick, SendNow };
    bool launch(Kind kind);
    void runDone(std::uint64_t generation);

    QString m_path;
    const Clock& m_clock;
    QTimer* m_timer;
    QThread* m_thread = nullptr;
    std::shared_ptr<Outcome> m_outcome;
    std::uint64_t m_generation = 0;
};

}  // namespace skranke

Q_DECLARE_METATYPE(skranke::TransferRun)
