#pragma once

#include <QCoreApplication>
#include <cstdint>

namespace skranke {

class Clock;
class Database;

// A plausible Danish holiday and activity centre to try Skranke on, the same
// for the same seed. Later modules add their data here.
class DemoBusiness final {
    Q_DECLARE_TR_FUNCTIONS(skranke::DemoBusiness)
public:
    enum class Size { Small, Large };
    struct Options {
        Size size = Size::Small;
        std::uint64_t seed = 1;
        // false: everything but the vouchers, which are left to be made
        // (the accounting bench times making them).
        bool makeVouchers = true;
    };
    // Every demo user has this PIN.
    static constexpr const char* DemoPin = "1234";

    // Fills a new, empty database.
    static void build(Database& db, const Clock& clock, const Options& options);
};

}  // namespace skranke
