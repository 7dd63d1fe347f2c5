#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/store/error.h"

#include <catch2/catch.hpp>
#include <limits>

using namespace skranke;

namespace {
const Currency dkk = Currency::fromCode(QStringLiteral("DKK"));
const Currency sek = Currency::fromCode(QStringLiteral("SEK"));
constexpr auto maxMinor = std::numeric_limits<std::int64_t>::max();
}  // namespace

TEST_CASE("arithmetic refuses to overflow", "[money]") {
    const Money big(maxMinor, dkk);
    CHECK_THROWS_AS(big + Money(1, dkk), Error);
    CHECK_THROWS_AS(-big - Money(2, dkk), Error);
    CHECK_THROWS_AS(big * 2, Error);
    CHECK_THROWS_AS(-Money(std::numeric_limits<std::int64_t>::min(), dkk), Error);
    CHECK((Money(150, dkk) * 3).minor() == 450);
    CHECK((Money(150, dkk) - Money(200, dkk)).minor() == -50);
}

TEST_CASE("amounts in different currencies cannot be mixed", "[money]") {
    try {
        (void)(Money(100, dkk) + Money(100, sek));
        FAIL("expected an error");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Conflict);
        CHECK(e.message().contains(QStringLiteral("DKK")));
        CHECK(e.message().contains(QStringLiteral("SEK")));
    }
    CHECK_THROWS_AS((void)(Money(1, dkk) < Money(2, sek)), Error);
    CHECK_THROWS_AS((void)(Money(1, dkk) == Money(1, sek)), Error);
}

TEST_CASE("rates are exact fractions", "[money]") {
    CHECK(Rate::percent(QStringLiteral("25")).value() == Rational(1, 4));
    CHECK(Rate::percent(QStringLiteral("12.5")).value() == Rational(1, 8));
    CHECK(Rate::percent(QStringLiteral("2,5")).value() == Rational(1, 40));
    CHECK(Rate::percent(QStringLiteral("0.1 %")).value() == Rational(1, 1000));
    CHECK(Rate::percent(QStringLiteral("12.5")).toPercentString() == QStringLiteral("12.5"));
    CHECK(Rate::fromRational(1, 3).toPercentString() == QStringLiteral("33.333333"));
    CHECK_THROWS_AS(Rate::percent(QStringLiteral("abc")), Error);
    CHECK_THROWS_AS(Rate::percent(QStringLiteral("1 000")), Error);
}

TEST_CASE("half away from zero rounds .5 away from zero on both sides", "[money]") {
    const auto r = [](std::int64_t num, std::int64_t den) {
        return roundToMinor(Rational(num, den), Rounding::HalfAwayFromZero, "test");
    };
    CHECK(r(5, 2) == 3);
    CHECK(r(-5, 2) == -3);
    CHECK(r(7, 3) == 2);
    CHECK(r(-7, 3) == -2);
    CHECK(r(249, 100) == 2);
    CHECK(r(250, 100) == 3);
    CHECK(r(-250, 100) == -3);
    CHECK(Money(1, dkk)
              .times(Rate::percent(QStringLiteral("50")), Rounding::HalfAwayFromZero, "t")
              .minor() == 1);
    CHECK(Money(-1, dkk)
              .times(Rate::percent(QStringLiteral("50")), Rounding::HalfAwayFromZero, "t")
              .minor() == -1);
}

TEST_CASE("toward zero truncates and never rounds up", "[money]") {
    CHECK(roundToMinor(Rational(99, 10), Rounding::TowardZero, "t") == 9);
    CHECK(roundToMinor(Rational(-99, 10), Rounding::TowardZero, "t") == -9);
}

TEST_CASE("the never mode fails, naming the point, when rounding is needed", "[money]") {
    CHECK(Money(1000, dkk)
              .times(Rate::percent(QStringLiteral("25")), Rounding::Never, "capture")
              .minor() == 250);
    try {
        Money(1001, dkk).times(Rate::percent(QStringLiteral("25")), Rounding::Never,
                               "partial-capture");
        FAIL("expected an error");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("partial-capture")));
    }
}

TEST_CASE("products of large amounts and rates are exact", "[money]") {
    // 2^62 øre at 25 %: a double would lose the last digits.
    const Money big(std::int64_t{1} << 62, dkk);
    CHECK(big.times(Rate::percent(QStringLiteral("25")), Rounding::Never, "t").minor() ==
          (std::int64_t{1} << 60));
    CHECK_THROWS_AS(big.times(Rational(4), Rounding::Never, "t"), Error);
}
