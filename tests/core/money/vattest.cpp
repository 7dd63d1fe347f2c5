#include "core/money/cashrounding.h"
#include "core/money/vatsplit.h"

#include <catch2/catch.hpp>

using namespace skranke;

namespace {
const Currency dkk = Currency::fromCode(QStringLiteral("DKK"));
Rate pct(const char* p) {
    return Rate::percent(QLatin1String(p));
}
Money kr(std::int64_t minor) {
    return Money(minor, dkk);
}
}  // namespace

TEST_CASE("the VAT inside an amount is split out once", "[money][vat]") {
    auto v = splitVat(kr(10000), pct("25"));
    CHECK(v.vat.minor() == 2000);
    CHECK(v.net.minor() == 8000);
    v = splitVat(kr(9999), pct("25"));  // 19.998 → 20.00
    CHECK(v.vat.minor() == 2000);
    CHECK(v.net.minor() == 7999);
    v = splitVat(kr(1), pct("25"));  // 0.2 øre → 0
    CHECK(v.vat.minor() == 0);
    v = splitVat(kr(-9999), pct("25"));
    CHECK(v.vat.minor() == -2000);
    CHECK(v.net.minor() == -7999);
    v = splitVat(kr(10600), pct("6"));
    CHECK(v.vat.minor() == 600);
    v = splitVat(kr(500), pct("0"));
    CHECK(v.vat.minor() == 0);
    CHECK(v.net.minor() == 500);
}

TEST_CASE("VAT per rate is computed on the sum, not per line", "[money][vat]") {
    // Three lines of 0.10 at 25 %: per line 0.02 each (0.06); on the sum 0.06.
    // Ten lines of 0.03: per line 0.01 each (0.10); on the sum 0.30 · 0.2 = 0.06.
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
    CHECK(parts[2].vat.minor() == 600);
    for (const auto& p : parts)
        CHECK((p.net + p.vat) == p.gross);
}

TEST_CASE("EN 16931 VAT on a category's net sum", "[money][vat]") {
    const auto v = vatOnNet(kr(7999), pct("25"));  // 19.9975 → 20.00
    CHECK(v.vat.minor() == 2000);
    CHECK(v.gross.minor() == 9999);
}

TEST_CASE("cash totals round to the country's coins", "[money][cash]") {
    const auto dk = [](std::int64_t m) { return roundCash(kr(m), 50).rounded.minor(); };
    CHECK(dk(1224) == 1200);
    CHECK(dk(1225) == 1250);
    CHECK(dk(1274) == 1250);
    CHECK(dk(1275) == 1300);
    CHECK(dk(-1225) == -1250);
    CHECK(dk(1250) == 1250);
    const auto whole = [](std::int64_t m) { return roundCash(kr(m), 100).rounded.minor(); };
    CHECK(whole(1249) == 1200);
    CHECK(whole(1250) == 1300);
    CHECK(whole(-1250) == -1300);
    const auto r = roundCash(kr(1224), 50);
    CHECK(r.difference.minor() == -24);
    CHECK((kr(1224) + r.difference) == r.rounded);
}
