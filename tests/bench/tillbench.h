#pragma once

#include "tests/bench/benchreport.h"
#include "tests/bench/foundationbench.h"

namespace skranke::bench {

// The till at the size: a catalog of 3,000 products with EANs, four
// tills and 2,000,000 receipt lines (400,000 sales of 5 lines in 2,000 shifts
// closed by their Z reports, all journaled), rung up through SaleService.
// Builds the file once (reused when it is in --dir), then in a copy times
// against the targets: committing a sale with synchronous=FULL
// (p50 < 5 ms, p99 < 20 ms), a product lookup by EAN (< 1 ms), and the Z
// report of a shift with 5,000 sales (< 200 ms).
void runTillBench(const BenchOptions& options, BenchReport& report);

}  // namespace skranke::bench
