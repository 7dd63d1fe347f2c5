#pragma once

#include "tests/bench/benchreport.h"
#include "tests/bench/foundationbench.h"

namespace skranke::bench {

// Bookings at the size: the demo's bookable products with 500 units
// and 300,000 booking rows over two years (DemoBookings, large size), built
// once (reused when it is in --dir), then in a copy timed against the
// issue's targets: an availability check for one row (< 1 ms), adding a row
// through BookingService, painting a week of 60 units on the schedule
// (< 10 ms a frame, and how many block queries scrolling a month makes) and
// opening the order editor on a booking with 50 rows (< 100 ms).
void runBookingBench(const BenchOptions& options, BenchReport& report);

}  // namespace skranke::bench
