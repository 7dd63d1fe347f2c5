#pragma once

#include "core/money/money.h"
#include "core/money/rate.h"

#include <utility>
#include <vector>

namespace skranke {

struct VatPart {
    Rate rate;
    Money gross;  // including VAT
    Money net;
    Money vat;
};

// The VAT inside an amount that includes it: vat = gross · r / (1 + r),
// rounded once ("vat"), net = gross − vat. A negative amount (a refund)
// mirrors a positive one; a negative rate throws Error::invalid("vat_rate").
VatPart splitVat(const Money& grossInclVat, const Rate& rate);

// Per rate, on the sum of the gross amounts at that rate: one rounding per
// rate, not per line. Highest rate first. Mixed currencies throw Conflict.
std::vector<VatPart> splitVatPerRate(const std::vector<std::pair<Money, Rate>>& grossLines);

// EN 16931: VAT on the sum of a category's net amounts, vat = net · r.
VatPart vatOnNet(const Money& netSum, const Rate& rate);

}  // namespace skranke
