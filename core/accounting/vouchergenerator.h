#pragma once

#include <QCoreApplication>
#include <cstdint>

namespace skranke {

class Clock;
class Database;

struct GenerationResult {
    std::int64_t made = 0;
    std::int64_t failed = 0;  // made, but failed for a missing mapping
    std::int64_t queued = 0;  // made and queued (automatic transfer)
};

// Makes a voucher for every posted business event that has none yet, in the
// order the events happened, in one transaction. Running it again makes
// nothing new; an event posted later gets the next number.
class VoucherGenerator final {
    Q_DECLARE_TR_FUNCTIONS(skranke::VoucherGenerator)
public:
    static GenerationResult run(Database& db, const Clock& clock);
};

}  // namespace skranke
