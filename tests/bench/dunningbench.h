#pragma once

#include "tests/bench/benchreport.h"
#include "tests/bench/foundationbench.h"

namespace skranke::bench {

// Reminders and settlement on the receivables bench's large file (20,000
// debtors, 400,000 invoices; built by the receivables bench when it is not
// in --dir yet), worked on in a copy so the receivables file stays as it is.
// Times against the targets: a level-1 preview of all debtors
// (< 2 s), the PDFs of 1,000 reminders, single and merged (< 30 s), and
// automatic settlement of every candidate debtor (< 10 s).
void runDunningBench(const BenchOptions& options, BenchReport& report);

}  // namespace skranke::bench
