#pragma once

#include <cstdint>

namespace skranke {

class Session;

// The demo's customers: the people behind the private debtors (linked to
// them) and guests who book and pay themselves, a few without email and
// some with notes the front desk should see.
class DemoCustomers final {
public:
    static void build(const Session& owner, std::uint64_t seed, int guests);
};

}  // namespace skranke
