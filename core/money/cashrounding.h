#pragma once

#include "core/money/money.h"

#include <QString>
#include <cstdint>

namespace skranke {

struct CashRounding {
    Money rounded;     // what the customer pays in cash
    Money difference;  // rounded − amount; posted to the rounding account
};

// Rounds a cash total to the country's smallest coin step
// (CountryRules::cashRoundingMinor: DK 50 øre, NO and SE whole kroner), half
// away from zero. Card and invoice amounts are never rounded. Throws Error::invalid("increment")
// unless incrementMinor > 0.
CashRounding roundCash(const Money& amount, std::int64_t incrementMinor);

}  // namespace skranke
