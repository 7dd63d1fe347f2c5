#pragma once

#include "tests/bench/benchreport.h"
#include "tests/bench/foundationbench.h"

namespace skranke::bench {

// Online orders at a webshop's size: 200,000 orders of two lines over two
// years, a tenth of them not yet effected. Times what staff do all day: the
// order list's first screen (the default filter, every status, a search),
// a screen far down through the keyset, importing a file of 1,000 orders,
// and capturing one order through the test gateway.
void runOrdersBench(const BenchOptions& options, BenchReport& report);

}  // namespace skranke::bench
