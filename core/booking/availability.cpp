#include "core/booking/availability.h"

#include "core/booking/bookingtime.h"

#include <algorithm>
#include <utility>

namespace skranke {

int Availability::peak(std::vector<Use> uses, std::int64_t start, std::int64_t end) {
    // A sweep over the start and end points clipped to the interval; at equal
    // times ends come first, because [a, b) and [b, c) do not overlap.
    std::vector<std::pair<std::int64_t, int>> points;
    points.reserve(uses.size() * 2);
    for (const Use& u : uses) {
        if (!overlaps(u.start, u.end, start, end))
            continue;
        points.emplace_back(std::max(u.start, start), u.quantity);
        points.emplace_back(std::min(u.end, end), -u.quantity);
    }
    std::sort(points.begin(), points.end());
    int inUse = 0;
    int most = 0;
    for (const auto& [at, delta] : points) {
        inUse += delta;
        most = std::max(most, inUse);
    }
    return most;
}

std::vector<int> Availability::peakPerDay(const std::vector<Use>& uses, std::int64_t firstDayStart,
                                          int days) {
    std::vector<int> result(static_cast<std::size_t>(std::max(days, 0)), 0);
    const std::int64_t day = BookingTime::MinutesPerDay;
    for (int i = 0; i < days; ++i) {
        const std::int64_t s = firstDayStart + i * day;
        std::vector<Use> within;
        for (const Use& u : uses)
            if (overlaps(u.start, u.end, s, s + day))
                within.push_back(u);
        result[static_cast<std::size_t>(i)] = peak(std::move(within), s, s + day);
    }
    return result;
}

}  // namespace skranke
