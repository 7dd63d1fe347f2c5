#pragma once

#include "core/money/money.h"

#include <QString>

namespace skranke {

struct CashRounding {
    Money rounded;     // what the customer pays in cash
    Money difference;  // rounded − amount; posted to the rounding account
};

// Rounds a cash total to the country's smallest coin step, half away from
// zero (the step is CountryRules::cashRoundingMinor). Card and invoice
// amounts are never rounded.
CashRounding roundCash(const Money& amount, std::int64_t incrementMinor);

}  // namespace skranke
