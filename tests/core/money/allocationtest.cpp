#include "core/money/allocation.h"
#include "core/store/error.h"

#include <catch2/catch.hpp>
#include <functional>
#include <limits>
#include <random>

using namespace skranke;

namespace {
const Currency dkk = Currency::fromCode(QStringLiteral("DKK"));
const Currency sek = Currency::fromCode(QStringLiteral("SEK"));
}  // namespace

TEST_CASE("an amount split evenly loses no øre", "[money]") {
    const auto parts = allocateEvenly(Money(10000, dkk), 3);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].minor() == 3334);
    CHECK(parts[1].minor() == 3333);
    CHECK(parts[2].minor() == 3333);
    const auto negative = allocateEvenly(Money(-10000, dkk), 3);
    CHECK(negative[0].minor() == -3334);
    CHECK(negative[2].minor() == -3333);
}

TEST_CASE("weighted allocation follows the weights and sums exactly", "[money]") {
    const auto parts = allocate(Money(100, dkk), {1, 0, 2});
    CHECK(parts[0].minor() == 33);
    CHECK(parts[1].minor() == 0);
    CHECK(parts[2].minor() == 67);

    std::mt19937_64 rng(20261123);
    for (int round = 0; round < 500; ++round) {
        const std::int64_t total = std::int64_t(rng() % 2'000'000) - 1'000'000;
        std::vector<std::int64_t> weights(1 + rng() % 12);
        std::int64_t weightSum = 0;
        for (auto& w : weights)
            weightSum += (w = std::int64_t(rng() % 1000));
        if (weightSum == 0)
            weights[0] = weightSum = 1;
        const auto out = allocate(Money(total, dkk), weights);
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < out.size(); ++i) {
            sum += out[i].minor();
            // Each part is within one øre of its exact share.
            const Rational exact = Rational(total) * weights[i] / weightSum;
            const Rational diff = Rational(out[i].minor()) - exact;
            CHECK(diff < 1);
            CHECK(diff > -1);
        }
        CHECK(sum == total);
    }
}

TEST_CASE("large amounts and weights are shared exactly", "[money]") {
    // Totals and weights whose products do not fit in 64 bits.
    std::mt19937_64 rng(7);
    for (int round = 0; round < 300; ++round) {
        const std::int64_t total = std::int64_t(rng() >> 2) * (round % 2 == 0 ? 1 : -1);
        std::vector<std::int64_t> weights(1 + rng() % 8);
        for (auto& w : weights)
            w = std::int64_t(rng() >> (1 + rng() % 60));
        if (weights[0] == 0)
            weights[0] = 1;  // never all zero
        const auto out = allocate(Money(total, dkk), weights);
        REQUIRE(out.size() == weights.size());
        Rational weightSum = 0;
        for (std::int64_t w : weights)
            weightSum += w;
        Rational sum = 0;
        for (std::size_t i = 0; i < out.size(); ++i) {
            sum += out[i].minor();
            const Rational diff =
                Rational(out[i].minor()) - Rational(total) * weights[i] / weightSum;
            CHECK(diff < 1);
            CHECK(diff > -1);
        }
        CHECK(sum == Rational(total));
    }
}

TEST_CASE("equal remainders go to the earlier parts", "[money]") {
    const auto minor = [](const std::vector<Money>& parts) {
        std::vector<std::int64_t> out;
        for (const Money& m : parts)
            out.push_back(m.minor());
        return out;
    };
    using V = std::vector<std::int64_t>;
    CHECK(minor(allocateEvenly(Money(2, dkk), 3)) == V{1, 1, 0});
    CHECK(minor(allocateEvenly(Money(-2, dkk), 3)) == V{-1, -1, 0});
    CHECK(minor(allocate(Money(5, dkk), {0, 1, 0, 1})) == V{0, 3, 0, 2});
    // A larger remainder wins over an earlier position: 10 · 1/6 = 1.67, 10 · 5/6 = 8.33.
    CHECK(minor(allocate(Money(10, dkk), {1, 5})) == V{2, 8});
    CHECK(minor(allocate(Money(10, dkk), {5, 1})) == V{8, 2});
    CHECK(minor(allocate(Money(0, dkk), {3, 1})) == V{0, 0});
    CHECK(minor(allocate(Money(7, dkk), {4})) == V{7});
    for (const Money& part : allocate(Money(9, sek), {1, 2}))
        CHECK(part.currency() == sek);
}

TEST_CASE("allocation works at the limits of an amount", "[money]") {
    constexpr auto min = std::numeric_limits<std::int64_t>::min();
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    CHECK(allocate(Money(min, dkk), {1})[0].minor() == min);
    CHECK(allocate(Money(max, dkk), {1})[0].minor() == max);
    const auto parts = allocate(Money(min, dkk), {max, max, 1});
    CHECK(parts[0].minor() + (parts[1].minor() + parts[2].minor()) == min);
    CHECK(allocateEvenly(Money(max, dkk), 2)[0].minor() == max / 2 + 1);
}

TEST_CASE("allocation refuses meaningless weights", "[money]") {
    const auto field = [](const std::function<void()>& f) {
        try {
            f();
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            return e.field();
        }
        FAIL("expected an error");
        return QString();
    };
    CHECK(field([] { allocate(Money(100, dkk), {}); }) == QStringLiteral("weights"));
    CHECK(field([] { allocate(Money(100, dkk), {0, 0}); }) == QStringLiteral("weights"));
    CHECK(field([] { allocate(Money(100, dkk), {1, -1}); }) == QStringLiteral("weights"));
    CHECK(field([] { allocateEvenly(Money(100, dkk), 0); }) == QStringLiteral("weights"));
    CHECK(field([] { allocateEvenly(Money(100, dkk), -2); }) == QStringLiteral("weights"));
}
