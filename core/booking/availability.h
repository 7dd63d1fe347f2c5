#pragma once

#include <QDate>
#include <cstdint>
#include <vector>

namespace skranke {

// The arithmetic of availability, with no database: rows occupy their
// quantity over the half-open interval [start, end), so a row that ends when
// another starts does not overlap it (the departure day is free again).
class Availability final {
public:
    struct Use {
        std::int64_t start = 0;
        std::int64_t end = 0;
        int quantity = 1;
    };

    static bool overlaps(std::int64_t aStart, std::int64_t aEnd, std::int64_t bStart,
                         std::int64_t bEnd) {
        return aStart < bEnd && bStart < aEnd;
    }
    // The most units in use at any moment of [start, end).
    static int peak(std::vector<Use> uses, std::int64_t start, std::int64_t end);
    // The most units in use during each day of [from, from + days), where
    // dayStart(i) is the minute day i begins.
    static std::vector<int> peakPerDay(const std::vector<Use>& uses, std::int64_t firstDayStart,
                                       int days);
};

}  // namespace skranke
