#include "core/money/vatsplit.h"
#include "core/store/error.h"

#include <catch2/catch.hpp>

using namespace skranke;

namespace {
const Currency dkk = Currency::fromCode(QStringLiteral("DKK"));
const Currency sek = Currency::fromCode(QStringLiteral("SEK"));
Rate pct(const char* p) {
    return Rate::percent(QLatin1String(p));
}
Money kr(std::int64_t minor) {
    return Money(minor, dkk);
}
}  // namespace

TEST_CASE("the VAT inside an amount is split out once", "[money][vat]") {
    auto v = splitVat(kr(10000), pct("25"));
    CHECK(v.rate == pct("25"));
    CHECK(v.gross.minor() == 10000);
    CHECK(v.vat.minor() == 2000);
    CHECK(v.net.minor() == 8000);
    v = splitVat(kr(9999), pct("25"));  // 19.998 → 20.00
    CHECK(v.vat.minor() == 2000);
    CHECK(v.net.minor() == 7999);
    v = splitVat(kr(1), pct("25"));  // 0.2 øre → 0
    CHECK(v.vat.minor() == 0);
    CHECK(v.net.minor() == 1);
    v = splitVat(kr(3), pct("25"));  // 0.6 øre → 1
    CHECK(v.vat.minor() == 1);
    v = splitVat(kr(-9999), pct("25"));  // a refund mirrors a sale
    CHECK(v.vat.minor() == -2000);
    CHECK(v.net.minor() == -7999);
    v = splitVat(kr(-3), pct("25"));
    CHECK(v.vat.minor() == -1);
    v = splitVat(kr(10600), pct("6"));
    CHECK(v.vat.minor() == 600);
    v = splitVat(kr(500), pct("0"));
    CHECK(v.vat.minor() == 0);
    CHECK(v.net.minor() == 500);
    // An exact half øre: 0.225 at 12.5 % is 2.5 øre of VAT → 3; -0.225 → -3.
    CHECK(splitVat(kr(2250), pct("12.5")).vat.minor() == 250);
    CHECK(splitVat(kr(45), pct("12.5")).vat.minor() == 5);
    CHECK(splitVat(kr(-45), pct("12.5")).vat.minor() == -5);
    CHECK(splitVat(kr(9), pct("25")).vat.minor() == 2);    // 1.8
    CHECK(splitVat(kr(-9), pct("25")).vat.minor() == -2);  // -1.8
}

TEST_CASE("VAT is split at every rate the Nordic countries use", "[money][vat]") {
    // 112.00 at 12 % holds 12.00; 115.00 at 15 % (NO food) holds 15.00.
    CHECK(splitVat(kr(11200), pct("12")).vat.minor() == 1200);
    CHECK(splitVat(kr(11500), pct("15")).vat.minor() == 1500);
    CHECK(splitVat(kr(12500), pct("25")).vat.minor() == 2500);
    for (std::int64_t gross = -2000; gross <= 2000; gross += 7)
        for (const char* rate : {"25", "15", "12", "6", "0"}) {
            const VatPart v = splitVat(kr(gross), pct(rate));
            CHECK(v.net + v.vat == v.gross);
            // The VAT is within half an øre of the exact share.
            const Rational r = pct(rate).value();
            const Rational exact = Rational(gross) * r / (1 + r);
            const Rational diff = Rational(v.vat.minor()) - exact;
            CHECK(diff <= Rational(1, 2));
            CHECK(diff >= Rational(-1, 2));
            CHECK(splitVat(kr(-gross), pct(rate)).vat.minor() == -v.vat.minor());
        }
}

TEST_CASE("VAT per rate is computed on the sum, not per line", "[money][vat]") {
    // Ten lines of 0.03 at 25 %: per line 0.006 → 0.01 each, 0.10 in all;
    // on the sum 0.30 · 0.2 = 0.06.
    std::vector<std::pair<Money, Rate>> lines(10, {kr(3), pct("25")});
    lines.push_back({kr(11200), pct("12")});
    lines.push_back({kr(10600), pct("6")});
    lines.push_back({kr(100), pct("12")});
    const auto parts = splitVatPerRate(lines);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].rate == pct("25"));
    CHECK(parts[0].gross.minor() == 30);
    CHECK(parts[0].vat.minor() == 6);
    CHECK(parts[1].rate == pct("12"));
    CHECK(parts[1].gross.minor() == 11300);
    CHECK(parts[1].vat.minor() == 1211);  // 11300 · 12/112 = 1210.7
    CHECK(parts[2].rate == pct("6"));
    CHECK(parts[2].vat.minor() == 600);
    for (const auto& p : parts)
        CHECK((p.net + p.vat) == p.gross);

    // A return at one rate nets against the sales at that rate.
    const auto net = splitVatPerRate({{kr(10000), pct("25")}, {kr(-2500), pct("25")}});
    REQUIRE(net.size() == 1);
    CHECK(net[0].gross.minor() == 7500);
    CHECK(net[0].vat.minor() == 1500);

    CHECK(splitVatPerRate({}).empty());
    CHECK_THROWS_AS(splitVatPerRate({{kr(100), pct("25")}, {Money(100, sek), pct("25")}}), Error);
}

TEST_CASE("EN 16931 VAT on a category's net sum", "[money][vat]") {
    auto v = vatOnNet(kr(7999), pct("25"));  // 19.9975 → 20.00
    CHECK(v.vat.minor() == 2000);
    CHECK(v.net.minor() == 7999);
    CHECK(v.gross.minor() == 9999);
    v = vatOnNet(kr(-7999), pct("25"));
    CHECK(v.vat.minor() == -2000);
    CHECK(v.gross.minor() == -9999);
    CHECK(vatOnNet(kr(2), pct("25")).vat.minor() == 1);  // 0.5 øre → 1
    CHECK(vatOnNet(kr(-2), pct("25")).vat.minor() == -1);
    CHECK(vatOnNet(kr(8000), pct("0")).vat.isZero());
}

TEST_CASE("a negative VAT rate is refused", "[money][vat]") {
    for (const char* rate : {"-25", "-100"}) {
        try {
            splitVat(kr(100), pct(rate));
            FAIL("expected an error");
        } catch (const Error& e) {
            CHECK(e.field() == QStringLiteral("vat_rate"));
        }
        CHECK_THROWS_AS(vatOnNet(kr(100), pct(rate)), Error);
    }
}
