#pragma once

#include "tests/bench/benchreport.h"
#include "tests/bench/foundationbench.h"

namespace skranke::bench {

// Accounting at the size: the large demo without its vouchers (the
// smoke run: the small demo and 500 till sales). Times making the vouchers of
// its year (target < 10 s), the SAF-T Financial export of the year to a file
// (< 15 s) and the transfer queue sending 2,000 vouchers to a local HTTP
// accounting program (≥ 200/s).
void runAccountingBench(const BenchOptions& options, BenchReport& report);

}  // namespace skranke::bench
