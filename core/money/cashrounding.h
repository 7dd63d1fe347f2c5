#pragma once

#include "core/money/money.h"

#include <QString>
#include <array>
#include <cstdint>
#include <string_view>

namespace skranke {

struct CashRounding {
    Money rounded;     // what the customer pays in cash
    Money difference;  // rounded − amount; posted to the rounding account
};

// Rounds a cash total to the country's smallest coin step, half away from
// zero (DK 50 øre, NO and SE whole kroner). Card and invoice amounts are never
// rounded. Throws Error::invalid("increment") unless incrementMinor > 0.
CashRounding roundCash(const Money& amount, std::int64_t incrementMinor);

struct CashIncrement {
    std::string_view country;  // ISO 3166-1 alpha-2
    std::int64_t minor;
};

// The smallest cash step by country: Denmark rounds to 50 øre since 2008,
// Sweden to whole kronor since 2010, Norway to whole kroner since 2012. The
// company module owns country rules (CountryRules::cashRoundingMinor); a test
// keeps the two equal.
inline constexpr std::array<CashIncrement, 3> cashIncrements{{
    {"DK", 50},
    {"NO", 100},
    {"SE", 100},
}};

// The cash step for a country code ("DK" → 50); 1, no rounding, for a country
// without a rule.
std::int64_t cashIncrementMinor(const QString& countryCode);

}  // namespace skranke
