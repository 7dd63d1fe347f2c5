#include "core/money/vatsplit.h"

#include <algorithm>

namespace skranke {

VatPart splitVat(const Money& gross, const Rate& rate) {
    const Rational share = rate.value() / (Rational(1) + rate.value());
    const Money vat = gross.times(share, Rounding::HalfAwayFromZero, "vat");
    return {rate, gross, gross - vat, vat};
}

std::vector<VatPart> splitVatPerRate(const std::vector<std::pair<Money, Rate>>& lines) {
    std::vector<std::pair<Rate, Money>> sums;
    for (const auto& [gross, rate] : lines) {
        auto it =
            std::find_if(sums.begin(), sums.end(), [&](const auto& s) { return s.first == rate; });
        if (it == sums.end())
            sums.emplace_back(rate, gross);
        else
            it->second += gross;
    }
    std::sort(sums.begin(), sums.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<VatPart> out;
    for (const auto& [rate, gross] : sums)
        out.push_back(splitVat(gross, rate));
    return out;
}

VatPart vatOnNet(const Money& netSum, const Rate& rate) {
    const Money vat = netSum.times(rate, Rounding::HalfAwayFromZero, "vat");
    return {rate, netSum + vat, netSum, vat};
}

}  // namespace skranke
