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
    CHECK((Money(150, dkk) * -3).minor() == -450);
    CHECK((Money(150, dkk) * 0).isZero());
    CHECK_THROWS_AS(Money(2, dkk) * (maxMinor / 2 + 1), Error);
    CHECK_THROWS_AS(Money(-1, dkk) * std::numeric_limits<std::int64_t>::min(), Error);
    CHECK_THROWS_AS(Money(std::numeric_limits<std::int64_t>::min(), dkk) - Money(1, dkk), Error);
    // Right at the edge is still fine.
    CHECK((Money(maxMinor - 1, dkk) + Money(1, dkk)).minor() == maxMinor);
    CHECK((-big - Money(1, dkk)).minor() == std::numeric_limits<std::int64_t>::min());

    Money sum = Money::zero(dkk);
    sum += Money(maxMinor, dkk);
    CHECK_THROWS_AS(sum += Money(1, dkk), Error);
    CHECK(sum.minor() == maxMinor);  // a failed += leaves the value alone
    try {
        sum += sum;
        FAIL("expected an error");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK(e.message().contains(QStringLiteral("too large")));
    }
}

TEST_CASE("an amount knows its sign and compares within its currency", "[money]") {
    CHECK(Money::zero(dkk).isZero());
    CHECK_FALSE(Money::zero(dkk).isNegative());
    CHECK(Money(-1, dkk).isNegative());
    CHECK_FALSE(Money(1, dkk).isNegative());
    CHECK(Money(1, dkk).isPositive());
    CHECK(Money(1, dkk) < Money(2, dkk));
    CHECK(Money(-3, dkk) <= Money(-3, dkk));
    CHECK(Money(5, dkk) > Money(-5, dkk));
    CHECK(Money(5, dkk) >= Money(4, dkk));
    CHECK(Money(5, dkk) == Money(5, dkk));
    CHECK(Money(5, dkk) != Money(6, dkk));
    CHECK((-Money(5, dkk)).minor() == -5);
    CHECK(Money(7, sek).currency() == sek);
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
    CHECK_THROWS_AS((void)(Money(1, dkk) - Money(1, sek)), Error);
    CHECK_THROWS_AS((void)(Money::zero(dkk) > Money::zero(sek)), Error);
    Money m(1, dkk);
    try {
        m -= Money(1, sek);
        FAIL("expected an error");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Conflict);
        CHECK(e.message().contains(QStringLiteral("SEK")));
    }
    CHECK(m.minor() == 1);
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

TEST_CASE("an exact half is rounded per mode on both sides of zero", "[money]") {
    // 0.25 kr at 50 % is 12.5 øre exactly, as is 10.00 kr at 1.25 %.
    const Money quarter(25, dkk);
    const Rate half = Rate::percent(QStringLiteral("50"));
    CHECK(quarter.times(half, Rounding::HalfAwayFromZero, "t").minor() == 13);
    CHECK((-quarter).times(half, Rounding::HalfAwayFromZero, "t").minor() == -13);
    CHECK(quarter.times(half, Rounding::TowardZero, "t").minor() == 12);
    CHECK((-quarter).times(half, Rounding::TowardZero, "t").minor() == -12);
    CHECK_THROWS_AS(quarter.times(half, Rounding::Never, "t"), Error);
    CHECK(Money(1000, dkk).times(Rational(1, 80), Rounding::HalfAwayFromZero, "t").minor() == 13);
    CHECK(Money(-1000, dkk).times(Rational(1, 80), Rounding::HalfAwayFromZero, "t").minor() == -13);
    // Just below and above the half.
    CHECK(roundToMinor(Rational(12499, 1000), Rounding::HalfAwayFromZero, "t") == 12);
    CHECK(roundToMinor(Rational(12501, 1000), Rounding::HalfAwayFromZero, "t") == 13);
    CHECK(roundToMinor(Rational(-12499, 1000), Rounding::HalfAwayFromZero, "t") == -12);
    CHECK(roundToMinor(Rational(-12501, 1000), Rounding::HalfAwayFromZero, "t") == -13);
    CHECK(roundToMinor(Rational(1, 2), Rounding::HalfAwayFromZero, "t") == 1);
    CHECK(roundToMinor(Rational(-1, 2), Rounding::HalfAwayFromZero, "t") == -1);
    CHECK(roundToMinor(Rational(0), Rounding::Never, "t") == 0);
}

TEST_CASE("toward zero truncates and never rounds up", "[money]") {
    CHECK(roundToMinor(Rational(99, 10), Rounding::TowardZero, "t") == 9);
    CHECK(roundToMinor(Rational(-99, 10), Rounding::TowardZero, "t") == -9);
    CHECK(roundToMinor(Rational(-1, 10), Rounding::TowardZero, "t") == 0);
    CHECK(roundToMinor(Rational(7), Rounding::TowardZero, "t") == 7);
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
    try {
        roundToMinor(Rational(-1, 3), Rounding::Never, "interest");
        FAIL("expected an error");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("interest")));
        CHECK_FALSE(e.message().contains(QStringLiteral("partial-capture")));
    }
    CHECK(roundToMinor(Rational(-300, 3), Rounding::Never, "interest") == -100);
}

TEST_CASE("products of large amounts and rates are exact", "[money]") {
    // 2^62 øre at 25 %: binary floating point would lose the last digits.
    const Money big(std::int64_t{1} << 62, dkk);
    CHECK(big.times(Rate::percent(QStringLiteral("25")), Rounding::Never, "t").minor() ==
          (std::int64_t{1} << 60));
    CHECK_THROWS_AS(big.times(Rational(4), Rounding::Never, "t"), Error);
    CHECK_THROWS_AS(roundToMinor(Rational(maxMinor) + 1, Rounding::TowardZero, "t"), Error);
    CHECK(roundToMinor(Rational(std::numeric_limits<std::int64_t>::min()), Rounding::Never, "t") ==
          std::numeric_limits<std::int64_t>::min());
    // (2^63 - 1) · 3/3 must not go through an overflowing intermediate.
    CHECK(Money(maxMinor, dkk).times(Rational(3, 3), Rounding::Never, "t").minor() == maxMinor);
}
