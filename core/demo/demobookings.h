#pragma once

#include "core/demo/demobusiness.h"

#include <QDate>
#include <cstdint>

namespace skranke {

class Session;

// The holiday centre's bookings: the bookable products' price tables and
// guest categories, the kayak course's supplier, and stays, rentals, sauna
// and padel slots and course places from three months back to six months
// ahead, at every status but cancelled. The large size has 300,000 rows over
// two years for the benchmark. Needs the demo's bookable products (found by
// name) and customers.
class DemoBookings final {
public:
    struct Result {
        int bookings = 0;
        int rows = 0;
        int skipped = 0;  // candidates that did not fit
    };
    static Result build(const Session& owner, const QDate& today, DemoBusiness::Size size,
                        std::uint64_t seed);
};

}  // namespace skranke
