#pragma once

#include <QCoreApplication>
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
// The events are read in one snapshot, without the write lock; the vouchers
// are written in transactions of ChunkSize (about half a second each on the
// large demo), so that the first year of a big file (seconds of writing)
// never keeps a till from booking a sale for longer than one chunk takes. Each chunk is whole: gapless numbers, every
// voucher with its lines. When someone else made vouchers in between (the
// voucher series moved), the run stops there and the next run makes the
// rest, so no event is ever vouchered twice.
class VoucherGenerator final {
    Q_DECLARE_TR_FUNCTIONS(skranke::VoucherGenerator)
public:
    static constexpr std::size_t ChunkSize = 50000;

    struct Options {
        std::size_t chunkSize = ChunkSize;
        // Tests: called between two chunks' transactions.
        std::function<void()> betweenChunks;
    };
    static GenerationResult run(Database& db, const Clock& clock);
    static GenerationResult run(Database& db, const Clock& clock, const Options& options);
};

}  // namespace skranke
