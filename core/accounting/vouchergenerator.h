#pragma once

#include <QCoreApplication>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>

namespace skranke {

class Clock;
class Database;

struct GenerationResult {
    std::int64_t made = 0;
    std::int64_t failed = 0;  // made, but failed for a missing mapping
    std::int64_t queued = 0;  // made and queued (automatic transfer)
};

// Makes a voucher for every posted business event that has none yet, in the
// order the events happened. Running it again makes nothing new; an event
// posted later gets the next number.
//
// The events are read as they were at one moment, without keeping the
// write lock: the two big sources (invoices, postings) on threads of their
// own, each over its own connection, while the first vouchers are already
// written. The vouchers are written in transactions of ChunkSize (about
// half a second each on the large demo) with a pause between them in which
// a till waiting to book a sale gets the file, so the first year of a big
// file (seconds of writing) never keeps it waiting longer than one chunk.
// Each chunk is whole: gapless numbers, every voucher with its lines. When
// someone else made vouchers in between (the voucher series moved), the
// run stops there and the next run makes the rest, so no event is ever
// vouchered twice; when the mapping or the transfer settings changed in
// between, the accounts and states of the vouchers still to write are
// looked up again.
class VoucherGenerator final {
    Q_DECLARE_TR_FUNCTIONS(skranke::VoucherGenerator)
public:
    static constexpr std::size_t ChunkSize = 50000;

    static constexpr int PauseMs = 5;

    struct Options {
        std::size_t chunkSize = ChunkSize;
        int pauseMs = PauseMs;  // between chunks, without the write lock
        // Checked while reading and between chunks: true stops the run
        // (what was written stays, whole); the next run makes the rest.
        const std::atomic<bool>* cancel = nullptr;
        // Tests: called between two chunks' transactions.
        std::function<void()> betweenChunks;
    };
    static GenerationResult run(Database& db, const Clock& clock);
    static GenerationResult run(Database& db, const Clock& clock, const Options& options);
};

}  // namespace skranke
