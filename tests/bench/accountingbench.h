#pragma once

#include "tests/bench/benchreport.h"
#include "tests/bench/foundationbench.h"

namespace skranke::bench {

// Accounting at a year's size: the small demo plus 150,000 card sales of two
// lines spread over the year before the bench day (written straight into the
// tables, as the till would have). Times making their vouchers (target
// < 10 s), the SAF-T Financial export of the year (< 15 s) and the transfer
// queue sending 2,000 vouchers to a local HTTP accounting program (≥ 200/s).
void runAccountingBench(const BenchOptions& options, BenchReport& report);

}  // namespace skranke::bench
