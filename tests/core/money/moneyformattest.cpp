#include "core/money/money.h"

#include <catch2/catch.hpp>
#include <limits>

using namespace skranke;

namespace {

const Currency dkk = Currency::fromCode(QStringLiteral("DKK"));
const Currency nok = Currency::fromCode(QStringLiteral("NOK"));
const Currency sek = Currency::fromCode(QStringLiteral("SEK"));
const Currency eur = Currency::fromCode(QStringLiteral("EUR"));
const QLocale da(QLocale::Danish, QLocale::Denmark);
const QLocale nb(QLocale::NorwegianBokmal, QLocale::Norway);
const QLocale sv(QLocale::Swedish, QLocale::Sweden);
const QLocale en(QLocale::English, QLocale::UnitedStates);
constexpr auto minMinor = std::numeric_limits<std::int64_t>::min();
constexpr auto maxMinor = std::numeric_limits<std::int64_t>::max();

}  // namespace

TEST_CASE("amounts are formatted with the locale's separators", "[money]") {
    const Money m(123456789, dkk);
    CHECK(m.toDecimalString() == QStringLiteral("1234567.89"));
    CHECK(m.format() == QStringLiteral("1234567.89"));
    CHECK(m.format(QLocale::c(), true) == QStringLiteral("1,234,567.89"));
    CHECK(m.format(da, true) == QStringLiteral("1.234.567,89"));
    CHECK(m.format(da, false) == QStringLiteral("1234567,89"));
    CHECK(m.format(nb, true) == QStringLiteral("1\u00a0234\u00a0567,89"));
    CHECK(Money(-123450, dkk).format(sv, true) == QStringLiteral("-1\u00a0234,50"));
    CHECK(Money(123, dkk).format(da, true) == QStringLiteral("1,23"));
    CHECK(Money(0, dkk).format(da) == QStringLiteral("0,00"));
    CHECK(Money(-5, dkk).toDecimalString() == QStringLiteral("-0.05"));
    CHECK(Money(-50, dkk).toDecimalString() == QStringLiteral("-0.50"));
    CHECK(Money(99, dkk).toDecimalString() == QStringLiteral("0.99"));
    CHECK(Money(123450, dkk).toDecimalString() == QStringLiteral("1234.50"));
    CHECK(Money(minMinor, dkk).toDecimalString() == QStringLiteral("-92233720368547758.08"));
    CHECK(Money(maxMinor, dkk).toDecimalString() == QStringLiteral("92233720368547758.07"));
}

TEST_CASE("amounts are shown with the currency as the reader expects", "[money]") {
    CHECK(Money(123450, dkk).formatWithCurrency(da) == QStringLiteral("1.234,50\u00a0kr."));
    CHECK(Money(123450, nok).formatWithCurrency(nb) == QStringLiteral("kr\u00a01\u00a0234,50"));
    CHECK(Money(123450, sek).formatWithCurrency(sv) == QStringLiteral("1\u00a0234,50\u00a0kr"));
    CHECK(Money(-50, dkk).formatWithCurrency(da) == QStringLiteral("-0,50\u00a0kr."));
    CHECK(Money(123450, dkk).formatWithCurrency(QLocale::c()) ==
          QStringLiteral("DKK\u00a01,234.50"));
    CHECK(Money(123450, dkk).formatWithCurrency(en) == QStringLiteral("DKK\u00a01,234.50"));
    // "kr" in another country's currency would be ambiguous: the ISO code is used.
    CHECK(Money(123450, dkk).formatWithCurrency(sv) == QStringLiteral("DKK\u00a01\u00a0234,50"));
    CHECK(Money(123450, sek).formatWithCurrency(nb) == QStringLiteral("SEK\u00a01\u00a0234,50"));
    CHECK(Money(123450, eur).formatWithCurrency(da) == QStringLiteral("EUR\u00a01.234,50"));
}

TEST_CASE("formatted amounts read back unchanged", "[money]") {
    for (const QLocale& l : {QLocale::c(), da, nb, sv, en})
        for (std::int64_t v :
             {std::int64_t{0}, std::int64_t{1}, std::int64_t{-99}, std::int64_t{100000},
              std::int64_t{-123456789}, minMinor, maxMinor}) {
            CHECK(Money::parse(Money(v, dkk).format(l, true), dkk, l).minor() == v);
            CHECK(Money::parse(Money(v, dkk).format(l, false), dkk, l).minor() == v);
        }
    for (std::int64_t v : {minMinor, maxMinor, std::int64_t{-1}, std::int64_t{50}})
        CHECK(Money::fromDecimalString(Money(v, dkk).toDecimalString(), dkk).minor() == v);
}
