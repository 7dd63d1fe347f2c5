#pragma once

#include "core/time/clock.h"

#include <QString>
#include <memory>

namespace skranke {

// The clock a program runs with: the system clock, or — for scripted runs
// and tests — a fixed time from SKRANKE_NOW=YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]
// (UTC when no offset is given).
class ClockFactory final {
public:
    static std::unique_ptr<Clock> fromEnvironment();
    // Throws Error::invalid("SKRANKE_NOW", …) on a malformed value.
    static std::int64_t parseInstant(const QString& text, const QString& field);
};

}  // namespace skranke
