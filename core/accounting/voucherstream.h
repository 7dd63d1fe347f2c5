#pragma once

#include "core/accounting/voucherorder.h"
#include "core/accounting/vouchersources.h"

#include <QString>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace skranke {

class Database;
class ReadTransaction;

// A voucher with its place in the numbering (voucherorder.h).
struct KeyedVoucher {
    EventKey key;
    Voucher voucher;
};

// Vouchers handed out one at a time, in event order.
class VoucherStream {
public:
    virtual ~VoucherStream() = default;
    // The next voucher (to move from), or null when there are no more;
    // waits while it is still being made.
    virtual KeyedVoucher* peek() = 0;
    // Moves past the voucher peek() gave.
    virtual void pop() = 0;
};

// The stream whose next voucher comes first of all, or null when all are done.
VoucherStream* earliest(const std::vector<VoucherStream*>& streams);

// Vouchers collected from sources in any order, then sorted.
class CollectedVouchers final : public VoucherSink, public VoucherStream {
public:
    void add(MadeVoucher&& made) override;
    void sort();  // before the first peek()
    KeyedVoucher* peek() override;
    void pop() override;

private:
    std::vector<KeyedVoucher> m_vouchers;
    std::size_t m_at = 0;
};

// A source read on a thread of its own, over a connection of its own, while
// the caller writes the vouchers already read. The source must make its
// vouchers in event order (see VoucherSources).
class ReadingThread final : public VoucherStream {
public:
    using Read = std::function<void(Database&, VoucherSink&)>;

    // Opens the connection and takes its snapshot of the file here, on the
    // calling thread: the caller holds the write lock meanwhile, so that all
    // of a run's readers see the file as it was at one moment. `cancel` (may
    // be null) ends the reading early, like the destructor.
    ReadingThread(const QString& path, Read read, const std::atomic<bool>* cancel);
    ~ReadingThread() override;  // stops the reading and waits for the thread
    ReadingThread(const ReadingThread&) = delete;
    ReadingThread& operator=(const ReadingThread&) = delete;

    KeyedVoucher* peek() override;  // rethrows what the reading threw
    void pop() override;
    // True when `cancel` ended the reading: the vouchers handed out are not all.
    bool stopped();

private:
    class Sink;
    void work(const Read& read);
    void hand(std::vector<KeyedVoucher>&& batch, bool last);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReadTransaction> m_snapshot;
    const std::atomic<bool>* m_cancel;
    std::atomic<bool> m_stop{false};  // the destructor

    std::mutex m_mutex;
    std::condition_variable m_handed;
    std::deque<std::vector<KeyedVoucher>> m_batches;  // read, not yet taken
    bool m_done = false;
    bool m_stopped = false;
    std::exception_ptr m_error;

    std::vector<KeyedVoucher> m_current;  // the batch being taken
    std::size_t m_at = 0;

    std::thread m_thread;  // last: starts once the rest is ready
};

}  // namespace skranke
