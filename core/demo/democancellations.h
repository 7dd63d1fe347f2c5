#pragma once

#include <QDate>
#include <cstdint>

namespace skranke {

class Session;

// The holiday centre's cancellation terms (cabins: 25 % from 30 days before
// arrival, 50 % from 14, 100 % from 3; rentals and slots: 100 % on the day)
// and a dozen cancellations of coming stays and rentals over the last ten
// days, by the desk and the manager, with reasons, fees, a waived fee and a
// partly cancelled rental, so the cancellation list has something to show.
class DemoCancellations final {
public:
    static int build(const Session& owner, const QDate& today, std::uint64_t seed);
};

}  // namespace skranke
