#include "core/money/allocation.h"
#include "core/store/error.h"

#include <catch2/catch.hpp>
#include <random>

using namespace skranke;

namespace {
const Currency dkk = Currency::fromCode(QStringLiteral("DKK"));
}

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

TEST_CASE("allocation refuses meaningless weights", "[money]") {
    CHECK_THROWS_AS(allocate(Money(100, dkk), {}), Error);
    CHECK_THROWS_AS(allocate(Money(100, dkk), {0, 0}), Error);
    CHECK_THROWS_AS(allocate(Money(100, dkk), {1, -1}), Error);
}
