#include "ui/accounting/transferworker.h"

#include "core/accounting/accountingservice.h"
#include "core/accounting/vouchergenerator.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/time/clock.h"

#include <QThread>
#include <QTimer>
#include <atomic>
#include <exception>
#include <memory>
#include <utility>

namespace skranke {

struct TransferWorker::Outcome {
    Kind kind = Kind::Tick;
    TransferRun run;
    qint64 made = 0;
    QString error;
    // stop(), or someone waiting for a run behind a tick: making the
    // vouchers stops between chunks, sending between vouchers.
    std::atomic<bool> cancel{false};
};

TransferWorker::TransferWorker(QString databasePath, const Clock& clock, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_clock(clock), m_timer(new QTimer(this)) {
    m_timer->setInterval(DefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &TransferWorker::runNow);
}

TransferWorker::~TransferWorker() {
    stop();
}

void TransferWorker::setInterval(int ms) {
    m_timer->setInterval(ms);
}

int TransferWorker::interval() const {
    return m_timer->interval();
}

void TransferWorker::start() {
    if (!m_path.isEmpty())
        m_timer->start();
}

bool TransferWorker::isActive() const {
    return m_timer->isActive();
}

void TransferWorker::stop() {
    m_timer->stop();
    m_sendWanted = false;
    m_makeWanted = false;
    if (!m_thread)
        return;
    ++m_generation;  // the finished tick's queued call is now stale
    if (m_outcome)
        m_outcome->cancel = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_outcome.reset();
}

bool TransferWorker::runNow() {
    return launch(Kind::Tick);
}

bool TransferWorker::sendNow() {
    if (m_sendWanted || (m_outcome && m_outcome->kind == Kind::SendNow))
        return false;
    if (m_thread) {
        m_sendWanted = true;
        yieldTick();
        return true;
    }
    return launch(Kind::SendNow);
}

void TransferWorker::makeVouchers() {
    if (m_thread) {
        m_makeWanted = true;
        yieldTick();
    } else {
        launch(Kind::MakeVouchers);
    }
}

// A tick is background work, and a catch-up of a big queue takes minutes:
// it ends at its next voucher or chunk for someone who waits, and the next
// tick goes on where it ended.
void TransferWorker::yieldTick() {
    if (m_outcome && m_outcome->kind == Kind::Tick)
        m_outcome->cancel = true;
}

bool TransferWorker::isMakingVouchers() const {
    return m_makeWanted || (m_outcome && m_outcome->kind == Kind::MakeVouchers);
}

// What was asked for during a run: Send now first (someone waits for it;
// it makes the vouchers too), else the vouchers.
void TransferWorker::launchWanted() {
    if (m_thread)
        return;
    if (std::exchange(m_sendWanted, false)) {
        launch(Kind::SendNow);
        return;
    }
    if (std::exchange(m_makeWanted, false))
        launch(Kind::MakeVouchers);
}

bool TransferWorker::launch(Kind kind) {
    if (m_thread || m_path.isEmpty())
        return false;
    auto outcome = std::make_shared<Outcome>();
    outcome->kind = kind;
    m_outcome = outcome;
    const QString path = m_path;
    const Clock* clock = &m_clock;
    m_thread = QThread::create([path, clock, outcome] {
        try {
            // Its own connection, opened and closed on this thread.
            const auto db = Database::open(path, Database::OpenMode::Existing);
            switch (outcome->kind) {
                case Kind::SendNow:
                    outcome->run = AccountingService::sendQueue(*db, *clock, {}, &outcome->cancel);
                    break;
                case Kind::Tick:
                    outcome->run = AccountingService::autoRun(*db, *clock, &outcome->cancel);
                    break;
                case Kind::MakeVouchers: {
                    VoucherGenerator::Options options;
                    options.cancel = &outcome->cancel;
                    outcome->made = VoucherGenerator::run(*db, *clock, options).made;
                    break;
                }
            }
        } catch (const Error& e) {
            outcome->error = e.message();
        } catch (const std::exception& e) {
            outcome->error = QString::fromLocal8Bit(e.what());
        }
    });
    m_thread->setObjectName(QStringLiteral("accounting-transfer"));
    const std::uint64_t generation = ++m_generation;
    // QThread::finished comes from the worker thread: queued to this (GUI) thread.
    connect(
        m_thread, &QThread::finished, this, [this, generation] { runDone(generation); },
        Qt::QueuedConnection);
    // Someone waits for Send now and the vouchers; a tick is background work.
    m_thread->start(kind == Kind::Tick ? QThread::LowPriority : QThread::NormalPriority);
    return true;
}

void TransferWorker::runDone(std::uint64_t generation) {
    if (generation != m_generation || !m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    launchWanted();
    if (outcome->kind == Kind::SendNow) {
        Q_EMIT sent(outcome->run, outcome->error);
        return;
    }
    if (outcome->kind == Kind::MakeVouchers) {
        Q_EMIT vouchersMade(outcome->made, outcome->error);
        return;
    }
    if (!outcome->error.isEmpty()) {
        Q_EMIT ran(0, 0, outcome->error);
        return;
    }
    if (outcome->run.busy)
        return;  // another worker (the CLI, another window) is sending
    Q_EMIT ran(outcome->run.transferred, outcome->run.failed, outcome->run.stopReason);
}

}  // namespace skranke
