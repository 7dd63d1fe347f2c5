#pragma once

#include "tests/bench/benchreport.h"
#include "tests/bench/foundationbench.h"

namespace skranke::bench {

// Receivables at the large size: 20,000 debtors, 400,000 invoices,
// 600,000 payments and credit notes. Builds the file once (reused when it
// exists in --dir), then times the overview, outstanding, postings and
// posting one invoice with synchronous=FULL.
void runReceivablesBench(const BenchOptions& options, BenchReport& report);

}  // namespace skranke::bench
