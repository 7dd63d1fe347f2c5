#pragma once

#include "tests/bench/benchreport.h"

#include <QString>

namespace skranke::bench {

struct BenchOptions {
    QString dir;  // where the synthetic files go
    bool smoke = false;
};

// Foundation: open + migrate, journal appends per second, money arithmetic.
void runFoundationBench(const BenchOptions& options, BenchReport& report);

}  // namespace skranke::bench
