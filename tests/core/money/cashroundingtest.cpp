#include "core/company/countryrules.h"
#include "core/money/cashrounding.h"
#include "core/store/error.h"

#include <catch2/catch.hpp>

using namespace skranke;

namespace {

const Currency dkk = Currency::fromCode(QStringLiteral("DKK"));

std::int64_t rounded(std::int64_t minor, const char* country) {
    return roundCash(Money(minor, dkk),
                     CountryRules::forCountry(QLatin1String(country)).cashRoundingMinor)
        .rounded.minor();
}

}  // namespace

TEST_CASE("Danish cash totals round to 50 øre", "[money][cash]") {
    CHECK(rounded(1224, "DK") == 1200);
    CHECK(rounded(1225, "DK") == 1250);
    CHECK(rounded(1250, "DK") == 1250);
    CHECK(rounded(1274, "DK") == 1250);
    CHECK(rounded(1275, "DK") == 1300);
    CHECK(rounded(1300, "DK") == 1300);
    CHECK(rounded(-1224, "DK") == -1200);
    CHECK(rounded(-1225, "DK") == -1250);
    CHECK(rounded(-1274, "DK") == -1250);
    CHECK(rounded(-1275, "DK") == -1300);
    CHECK(rounded(24, "DK") == 0);
    CHECK(rounded(25, "DK") == 50);
    CHECK(rounded(0, "DK") == 0);
}

TEST_CASE("Norwegian and Swedish cash totals round to whole kroner", "[money][cash]") {
    for (const char* country : {"NO", "SE"}) {
        CHECK(rounded(1249, country) == 1200);
        CHECK(rounded(1250, country) == 1300);
        CHECK(rounded(1299, country) == 1300);
        CHECK(rounded(1200, country) == 1200);
        CHECK(rounded(-1249, country) == -1200);
        CHECK(rounded(-1250, country) == -1300);
        CHECK(rounded(49, country) == 0);
        CHECK(rounded(50, country) == 100);
    }
}

TEST_CASE("the rounding difference is kept, never lost", "[money][cash]") {
    for (std::int64_t amount = -1000; amount <= 1000; ++amount)
        for (std::int64_t step : {1, 50, 100}) {
            const CashRounding r = roundCash(Money(amount, dkk), step);
            CHECK(r.rounded.minor() % step == 0);
            CHECK(Money(amount, dkk) + r.difference == r.rounded);
            CHECK(2 * r.difference.minor() <= step);
            CHECK(2 * r.difference.minor() >= -step);
        }
    const CashRounding r = roundCash(Money(1224, dkk), 50);
    CHECK(r.difference.minor() == -24);
    CHECK(r.difference.currency() == dkk);
    CHECK(roundCash(Money(1225, dkk), 50).difference.minor() == 25);
    CHECK(roundCash(Money(1237, dkk), 1).difference.isZero());
}

TEST_CASE("the cash step comes from the country rules", "[money][cash]") {
    CHECK(CountryRules::forCountry(QStringLiteral("DK")).cashRoundingMinor == 50);
    CHECK(CountryRules::forCountry(QStringLiteral("NO")).cashRoundingMinor == 100);
    CHECK(CountryRules::forCountry(QStringLiteral("SE")).cashRoundingMinor == 100);
}

TEST_CASE("a cash step must be positive", "[money][cash]") {
    for (std::int64_t step : {0, -50}) {
        try {
            roundCash(Money(100, dkk), step);
            FAIL("expected an error");
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            CHECK(e.field() == QStringLiteral("increment"));
        }
    }
}
