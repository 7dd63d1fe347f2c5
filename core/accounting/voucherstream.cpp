#include "core/accounting/voucherstream.h"

#include "core/store/database.h"
#include "core/store/readtransaction.h"
#include "core/store/statement.h"

#include <algorithm>
#include <stdexcept>

namespace skranke {

namespace {

// Thrown into a source to end its reading when the run no longer wants it.
struct Stopped {};

// Vouchers are handed from a reading thread to the writer this many at a time.
constexpr std::size_t BatchSize = 2048;

}  // namespace

VoucherStream* earliest(const std::vector<VoucherStream*>& streams) {
    VoucherStream* first = nullptr;
    const KeyedVoucher* firstVoucher = nullptr;
    for (VoucherStream* s : streams) {
        const KeyedVoucher* v = s->peek();
        if (v && (!firstVoucher || v->key < firstVoucher->key)) {
            first = s;
            firstVoucher = v;
        }
    }
    return first;
}

void CollectedVouchers::add(MadeVoucher&& made) {
    m_vouchers.push_back({eventKeyOf(made), std::move(made.voucher)});
}

void CollectedVouchers::sort() {
    std::sort(m_vouchers.begin(), m_vouchers.end(),
              [](const KeyedVoucher& a, const KeyedVoucher& b) { return a.key < b.key; });
}

KeyedVoucher* CollectedVouchers::peek() {
    return m_at < m_vouchers.size() ? &m_vouchers[m_at] : nullptr;
}

void CollectedVouchers::pop() {
    ++m_at;
}

// Checks that the source keeps to event order and hands its vouchers over
// in batches.
class ReadingThread::Sink final : public VoucherSink {
public:
    explicit Sink(ReadingThread& reader) : m_reader(reader) { m_batch.reserve(BatchSize); }

    void add(MadeVoucher&& made) override {
        const EventKey key = eventKeyOf(made);
        if (m_any && key < m_last)
            throw std::logic_error("a voucher source read its events out of order");
        m_last = key;
        m_any = true;
        m_batch.push_back({key, std::move(made.voucher)});
        if (m_batch.size() >= BatchSize) {
            m_reader.hand(std::move(m_batch), false);
            m_batch = {};
            m_batch.reserve(BatchSize);
        }
    }

    void finish() { m_reader.hand(std::move(m_batch), true); }

private:
    ReadingThread& m_reader;
    std::vector<KeyedVoucher> m_batch;
    EventKey m_last;
    bool m_any = false;
};

ReadingThread::ReadingThread(const QString& path, Read read, const std::atomic<bool>* cancel)
    : m_db(Database::open(path, Database::OpenMode::Existing)), m_cancel(cancel) {
    m_snapshot = std::make_unique<ReadTransaction>(*m_db);
    // SQLite takes a read transaction's snapshot at its first read.
    m_db->prepare("SELECT count(*) FROM number_series").step();
    m_thread = std::thread([this, read = std::move(read)] { work(read); });
}

ReadingThread::~ReadingThread() {
    m_stop = true;
    m_thread.join();
}

void ReadingThread::work(const Read& read) {
    try {
        Sink sink(*this);
        read(*m_db, sink);
        sink.finish();
    } catch (const Stopped&) {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_done = true;
        m_handed.notify_all();
    } catch (...) {
        const std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
        m_done = true;
        m_handed.notify_all();
    }
    // The snapshot is let go as soon as the reading is done: while it
    // lasts, SQLite cannot move what the writer commits into the file.
    m_snapshot.reset();
}

void ReadingThread::hand(std::vector<KeyedVoucher>&& batch, bool last) {
    if (!last && (m_stop || (m_cancel && m_cancel->load())))
        throw Stopped{};
    const std::lock_guard lock(m_mutex);
    if (!batch.empty())
        m_batches.push_back(std::move(batch));
    m_done = last;
    m_handed.notify_all();
}

KeyedVoucher* ReadingThread::peek() {
    if (m_at < m_current.size())
        return &m_current[m_at];
    std::unique_lock lock(m_mutex);
    m_handed.wait(lock, [this] { return !m_batches.empty() || m_done; });
    if (m_error)
        std::rethrow_exception(m_error);
    if (m_batches.empty())
        return nullptr;
    m_current = std::move(m_batches.front());
    m_batches.pop_front();
    m_at = 0;
    return &m_current[0];
}

void ReadingThread::pop() {
    ++m_at;
}

bool ReadingThread::stopped() {
    const std::lock_guard lock(m_mutex);
    return m_stopped;
}

}  // namespace skranke
