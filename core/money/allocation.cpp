#include "core/money/allocation.h"

#include "core/store/error.h"

#include <QCoreApplication>
#include <algorithm>
#include <numeric>

namespace skranke {

using boost::multiprecision::cpp_int;

std::vector<Money> allocate(const Money& total, const std::vector<std::int64_t>& weights) {
    auto bad = [](const char* why) {
        return Error::invalid(QStringLiteral("weights"),
                              QCoreApplication::translate("skranke::Money", why));
    };
    if (weights.empty())
        throw bad(
            QT_TRANSLATE_NOOP("skranke::Money", "There is nothing to share the amount over."));
    cpp_int sum = 0;
    for (std::int64_t w : weights) {
        if (w < 0)
            throw bad(QT_TRANSLATE_NOOP("skranke::Money", "A share cannot be negative."));
        sum += w;
    }
    if (sum == 0)
        throw bad(QT_TRANSLATE_NOOP("skranke::Money", "All shares are zero."));

    // Work on the absolute amount so that a negative total mirrors a positive one.
    const bool negative = total.isNegative();
    const cpp_int amount = negative ? -cpp_int(total.minor()) : cpp_int(total.minor());
    std::vector<cpp_int> parts(weights.size());
    std::vector<cpp_int> remainders(weights.size());
    cpp_int given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const cpp_int exact = amount * weights[i];
        parts[i] = exact / sum;
        remainders[i] = exact % sum;
        given += parts[i];
    }
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (std::size_t k = 0; given < amount; ++k, ++given)
        parts[order[k]] += 1;

    std::vector<Money> out;
    out.reserve(parts.size());
    // Restore the sign before narrowing: one part of the most negative amount
    // is 2^63 in magnitude, which fits in int64 only as a negative.
    for (const cpp_int& p : parts)
        out.emplace_back(cpp_int(negative ? -p : p).convert_to<std::int64_t>(), total.currency());
    return out;
}

std::vector<Money> allocateEvenly(const Money& total, int parts) {
    return allocate(total, std::vector<std::int64_t>(std::size_t(std::max(parts, 0)), 1));
}

}  // namespace skranke
