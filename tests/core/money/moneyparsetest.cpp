#include "core/money/money.h"
#include "core/store/error.h"

#include <catch2/catch.hpp>

using namespace skranke;

namespace {

const Currency dkk = Currency::fromCode(QStringLiteral("DKK"));
const QLocale da(QLocale::Danish, QLocale::Denmark);
const QLocale nb(QLocale::NorwegianBokmal, QLocale::Norway);
const QLocale sv(QLocale::Swedish, QLocale::Sweden);

std::int64_t parse(const QString& text, const QLocale& locale = QLocale::c()) {
    return Money::parse(text, dkk, locale).minor();
}

QString problem(const QString& text, const QLocale& locale = QLocale::c()) {
    try {
        Money::parse(text, dkk, locale, QStringLiteral("price"));
    } catch (const Error& e) {
        CHECK(e.field() == QStringLiteral("price"));
        return e.message();
    }
    FAIL("\"" << text.toStdString() << "\" should not parse");
    return {};
}

}  // namespace

TEST_CASE("amounts are parsed as the C locale writes them", "[money]") {
    CHECK(parse(QStringLiteral("1234.50")) == 123450);
    CHECK(parse(QStringLiteral("1,234.50")) == 123450);
    CHECK(parse(QStringLiteral("  7 ")) == 700);
    CHECK(parse(QStringLiteral("0.05")) == 5);
    CHECK(parse(QStringLiteral(".5")) == 50);
    CHECK(parse(QStringLiteral("-12.3")) == -1230);
    CHECK(parse(QStringLiteral("+12")) == 1200);
}

TEST_CASE("amounts are parsed as Danish, Norwegian and Swedish users type them", "[money]") {
    CHECK(parse(QStringLiteral("1.234,50"), da) == 123450);
    CHECK(parse(QStringLiteral("1234,5"), da) == 123450);
    CHECK(parse(QStringLiteral("-0,50"), da) == -50);
    CHECK(parse(QStringLiteral("\u22120,50"), da) == -50);  // typographic minus
    CHECK(parse(QStringLiteral("12.345"), da) == 1234500);  // thousands, not decimals
    CHECK(parse(QStringLiteral("1 234,50"), nb) == 123450);
    CHECK(parse(QStringLiteral("1\u00a0234,50"), nb) == 123450);
    CHECK(parse(QStringLiteral("1\u202f234,50"), sv) == 123450);
    CHECK(parse(QStringLiteral("1 234 567,89"), sv) == 123456789);
}

TEST_CASE("text that is not an amount is refused naming the field", "[money]") {
    CHECK(problem(QString()).contains(QStringLiteral("empty")));
    CHECK(problem(QStringLiteral("abc")).contains(QStringLiteral("abc")));
    CHECK(problem(QStringLiteral("1,2,3")).contains(QStringLiteral("thousands")));
    CHECK(problem(QStringLiteral("1.23,00"), da).contains(QStringLiteral("thousands")));
    CHECK(problem(QStringLiteral("1,234"), da).contains(QStringLiteral("decimals")));
    CHECK(problem(QStringLiteral("0.005")).contains(QStringLiteral("decimals")));
    CHECK(problem(QStringLiteral("1.2.3")).contains(QStringLiteral("decimal separator")));
    CHECK(problem(QStringLiteral("12 kr")).contains(QStringLiteral("k")));
    CHECK(problem(QStringLiteral("-")).contains(QStringLiteral("empty")));
    CHECK(problem(QStringLiteral("99999999999999999999")).contains(QStringLiteral("large")));
}

TEST_CASE("amounts are formatted per locale and read back unchanged", "[money]") {
    const Money m(123456789, dkk);
    CHECK(m.toDecimalString() == QStringLiteral("1234567.89"));
    CHECK(m.format(da, true) == QStringLiteral("1.234.567,89"));
    CHECK(m.format(da, false) == QStringLiteral("1234567,89"));
    CHECK(Money(-5, dkk).toDecimalString() == QStringLiteral("-0.05"));
    CHECK(Money(0, dkk).format(da) == QStringLiteral("0,00"));
    CHECK(Money(123450, dkk).formatWithCurrency(da) == QStringLiteral("1.234,50\u00a0kr."));
    CHECK(Money(123450, Currency::fromCode(QStringLiteral("NOK")))
              .formatWithCurrency(nb)
              .startsWith(QStringLiteral("kr\u00a01")));
    CHECK(Money(123450, dkk).formatWithCurrency(QLocale::c()) ==
          QStringLiteral("DKK\u00a01,234.50"));
    CHECK(Money(std::numeric_limits<std::int64_t>::min(), dkk).toDecimalString() ==
          QStringLiteral("-92233720368547758.08"));
    for (const QLocale& l : {QLocale::c(), da, nb, sv})
        for (std::int64_t v : {std::int64_t{0}, std::int64_t{1}, std::int64_t{-99},
                               std::int64_t{100000}, std::int64_t{-123456789}})
            CHECK(Money::parse(Money(v, dkk).format(l, true), dkk, l).minor() == v);
}

TEST_CASE("unknown currencies are refused", "[money]") {
    CHECK_THROWS_AS(Currency::fromCode(QStringLiteral("XYZ")), Error);
    CHECK(Currency::fromCode(QStringLiteral("SEK")).minorDigits() == 2);
}
