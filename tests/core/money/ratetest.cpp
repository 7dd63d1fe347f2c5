#include "core/money/rate.h"
#include "core/store/error.h"

#include <catch2/catch.hpp>

using namespace skranke;

namespace {

Rate pct(const char* text) {
    return Rate::percent(QLatin1String(text));
}

QString refusal(const QString& text) {
    try {
        Rate::parsePercent(text, QStringLiteral("vat_rate"));
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK(e.field() == QStringLiteral("vat_rate"));
        return e.message();
    }
    FAIL("\"" << text.toStdString() << "\" should be refused");
    return {};
}

}  // namespace

TEST_CASE("rates are exact fractions", "[money][rate]") {
    CHECK(pct("25").value() == Rational(1, 4));
    CHECK(pct("12.5").value() == Rational(1, 8));
    CHECK(pct("2,5").value() == Rational(1, 40));
    CHECK(pct("0.1 %").value() == Rational(1, 1000));
    CHECK(pct(" 6% ").value() == Rational(3, 50));
    CHECK(pct("0").isZero());
    CHECK(pct("-3").value() == Rational(-3, 100));
    CHECK(pct("0.000000001").value() == Rational(1, 100'000'000'000));
    CHECK(Rate::fromRational(1, 4) == pct("25"));
    CHECK(Rate::fromRational(-2, -8) == pct("25"));
    CHECK(Rate::fromRational(3, -4) == pct("-75"));
    CHECK(Rate(Rational(1, 8)) == pct("12.5"));
    CHECK(Rate().isZero());
    CHECK_THROWS_AS(pct("abc"), Error);
    CHECK_THROWS_AS(pct("1 000"), Error);
    CHECK_THROWS_AS(pct(""), Error);
    CHECK_THROWS_AS(pct("%"), Error);
    CHECK_THROWS_AS(pct("1.5.5"), Error);
    CHECK_THROWS_AS(pct("0.0000000001"), Error);  // 10 decimals
    CHECK_THROWS_AS(Rate::fromRational(1, 0), Error);
}

TEST_CASE("a typed rate is refused with the field named", "[money][rate]") {
    CHECK(Rate::parsePercent(QStringLiteral("12,5"), QStringLiteral("vat_rate")) == pct("12.5"));
    CHECK(Rate::parsePercent(QStringLiteral("0"), QStringLiteral("vat_rate")).isZero());
    CHECK(refusal(QStringLiteral("-5")).contains(QStringLiteral("negative")));
    CHECK(refusal(QStringLiteral("\u22120,5")).contains(QStringLiteral("negative")));
    CHECK(refusal(QStringLiteral("25 pct")).contains(QStringLiteral("25 pct")));
    CHECK(refusal(QStringLiteral("1 000")).contains(QStringLiteral("\" \"")));
    CHECK(refusal(QStringLiteral("0.0000000001")).contains(QStringLiteral("decimals")));
    try {
        Rate::percent(QStringLiteral("x"), QStringLiteral("discount"));
        FAIL("expected an error");
    } catch (const Error& e) {
        CHECK(e.field() == QStringLiteral("discount"));
    }
}

TEST_CASE("a rate is written back exactly as a percentage", "[money][rate]") {
    CHECK(pct("25").toPercentString() == QStringLiteral("25"));
    CHECK(pct("12.5").toPercentString() == QStringLiteral("12.5"));
    CHECK(pct("12.50").toPercentString() == QStringLiteral("12.5"));
    CHECK(pct("2,5").toPercentString() == QStringLiteral("2.5"));
    CHECK(pct("0").toPercentString() == QStringLiteral("0"));
    CHECK(pct("-0.125").toPercentString() == QStringLiteral("-0.125"));
    CHECK(pct("100").toPercentString() == QStringLiteral("100"));
    CHECK(pct("0.123456789").toPercentString() == QStringLiteral("0.123456789"));
    CHECK(Rate::fromRational(1, 1024).toPercentString() == QStringLiteral("0.09765625"));
    // No finite decimal form: shown to 6 places, rounded half away from zero.
    CHECK(Rate::fromRational(1, 3).toPercentString() == QStringLiteral("33.333333"));
    CHECK(Rate::fromRational(2, 3).toPercentString() == QStringLiteral("66.666667"));
    CHECK(Rate::fromRational(-2, 3).toPercentString() == QStringLiteral("-66.666667"));
    CHECK(Rate::fromRational(1, 300'000'000).toPercentString() == QStringLiteral("0"));
    CHECK(Rate::fromRational(-1, 300'000'000).toPercentString() == QStringLiteral("0"));
    // Stored rates are read back with percent(): every rate it reads survives.
    for (const char* text : {"25", "12.5", "6", "0.000000001", "-7.75", "99.999999999"})
        CHECK(Rate::percent(pct(text).toPercentString()) == pct(text));
}

TEST_CASE("rates are ordered by value", "[money][rate]") {
    CHECK(pct("25") > pct("12"));
    CHECK(pct("6") < pct("12"));
    CHECK(pct("12.0") == pct("12"));
    CHECK(pct("12") != pct("12.5"));
    CHECK(pct("-1") < Rate());
    CHECK(pct("-1").isNegative());
    CHECK_FALSE(pct("0").isNegative());
}
