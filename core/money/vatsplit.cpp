#include "core/money/vatsplit.h"

#include "core/store/error.h"

#include <QCoreApplication>
#include <algorithm>

namespace skranke {

namespace {

// A negative VAT rate is a data error, and -100 % would divide by zero below.
void requireVatRate(const Rate& rate) {
    if (rate.isNegative())
        throw Error::invalid(
            QStringLiteral("vat_rate"),
            QCoreApplication::translate("skranke::Money", "A rate cannot be negative."));
}

}  // namespace

VatPart splitVat(const Money& gross, const Rate& rate) {
    requireVatRate(rate);
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
    out.reserve(sums.size());
    for (const auto& [rate, gross] : sums)
        out.push_back(splitVat(gross, rate));
    return out;
}

VatPart vatOnNet(const Money& netSum, const Rate& rate) {
    requireVatRate(rate);
    const Money vat = netSum.times(rate, Rounding::HalfAwayFromZero, "vat");
    return {rate, netSum + vat, netSum, vat};
}

}  // namespace skranke
