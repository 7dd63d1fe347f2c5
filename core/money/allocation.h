#pragma once

#include "core/money/money.h"

#include <vector>

namespace skranke {

// Splits an amount over parts in proportion to weights, so that the parts
// add up to the amount exactly (largest-remainder method; ties go to the
// earlier part). Throws Error::invalid on no parts, negative or all-zero weights.
std::vector<Money> allocate(const Money& total, const std::vector<std::int64_t>& weights);
std::vector<Money> allocateEvenly(const Money& total, int parts);

}  // namespace skranke
