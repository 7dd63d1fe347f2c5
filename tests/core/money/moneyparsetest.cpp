#include "core/money/money.h"
#include "core/store/error.h"

#include <catch2/catch.hpp>
#include <limits>

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
        CHECK(e.code() == ErrorCode::InvalidInput);
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
    CHECK(parse(QStringLiteral("-0")) == 0);
}

TEST_CASE("amounts are parsed as Danish, Norwegian and Swedish users type them", "[money]") {
    CHECK(parse(QStringLiteral("1.234,50"), da) == 123450);
    CHECK(parse(QStringLiteral("1234,5"), da) == 123450);
    CHECK(parse(QStringLiteral("-0,50"), da) == -50);
    CHECK(parse(QStringLiteral("\u22120,50"), da) == -50);  // typographic minus
    CHECK(parse(QStringLiteral("+1.000.000"), da) == 100000000);
    CHECK(parse(QStringLiteral("1 234,50"), nb) == 123450);
    CHECK(parse(QStringLiteral("1\u00a0234,50"), nb) == 123450);
    CHECK(parse(QStringLiteral("1\u202f234,50"), nb) == 123450);
    CHECK(parse(QStringLiteral("1 234,50"), sv) == 123450);
    CHECK(parse(QStringLiteral("1\u00a0234,50"), sv) == 123450);
    CHECK(parse(QStringLiteral("1\u202f234,50"), sv) == 123450);
    CHECK(parse(QStringLiteral("1 234 567,89"), sv) == 123456789);
    CHECK(parse(QStringLiteral("\u22121\u00a0234,50"), sv) == -123450);
    CHECK(parse(QStringLiteral("1234,50"), nb) == 123450);  // grouping is optional
    CHECK(parse(QStringLiteral("\t-0,50 "), sv) == -50);
}

TEST_CASE("the locale's decimal separator decides what a dot or comma means", "[money]") {
    // In Danish "." only groups thousands: "12.345" is twelve thousand, and
    // C-style text is refused rather than misread.
    CHECK(parse(QStringLiteral("12.345"), da) == 1234500);
    CHECK(problem(QStringLiteral("1234.50"), da).contains(QStringLiteral("thousands")));
    CHECK(problem(QStringLiteral("12.34"), da).contains(QStringLiteral("thousands")));
    CHECK(problem(QStringLiteral("1.2345"), da).contains(QStringLiteral("thousands")));
    CHECK(problem(QStringLiteral("1.23,00"), da).contains(QStringLiteral("thousands")));
    // "1,234" is 1.234 kroner in Danish: one decimal too many, not 1234.
    CHECK(problem(QStringLiteral("1,234"), da).contains(QStringLiteral("more than 2 decimals")));
    // Where the locale groups with spaces, a dot is no part of a number.
    CHECK(problem(QStringLiteral("1234.50"), nb).contains(QStringLiteral("\".\"")));
    // A space does not group where the locale groups with a dot or comma.
    CHECK(problem(QStringLiteral("1 234,50"), da).contains(QStringLiteral("\" \"")));
    CHECK(problem(QStringLiteral("1 234.50")).contains(QStringLiteral("\" \"")));
    // The JSON form is C only: a comma there is a misplaced thousands separator.
    CHECK(Money::fromDecimalString(QStringLiteral("1234.50"), dkk).minor() == 123450);
    CHECK_THROWS_AS(Money::fromDecimalString(QStringLiteral("1234,50"), dkk), Error);
}

TEST_CASE("text that is not an amount is refused naming the field", "[money]") {
    CHECK(problem(QString()).contains(QStringLiteral("empty")));
    CHECK(problem(QStringLiteral("   ")).contains(QStringLiteral("empty")));
    CHECK(problem(QStringLiteral("-")).contains(QStringLiteral("empty")));
    CHECK(problem(QStringLiteral("abc")).contains(QStringLiteral("abc")));
    CHECK(problem(QStringLiteral("1,2,3")).contains(QStringLiteral("thousands")));
    CHECK(problem(QStringLiteral("1,23")).contains(QStringLiteral("thousands")));
    CHECK(problem(QStringLiteral("1,2,3"), da).contains(QStringLiteral("decimal separator")));
    CHECK(problem(QStringLiteral("0.005")).contains(QStringLiteral("more than 2 decimals")));
    CHECK(problem(QStringLiteral("1.2.3")).contains(QStringLiteral("decimal separator")));
    CHECK(problem(QStringLiteral("12kr")).contains(QStringLiteral("\"k\"")));
    CHECK(problem(QStringLiteral("--5")).contains(QStringLiteral("\"-\"")));
    CHECK(problem(QStringLiteral("5-")).contains(QStringLiteral("\"-\"")));
    CHECK(problem(QStringLiteral("99999999999999999999")).contains(QStringLiteral("large")));
    CHECK(problem(QStringLiteral("92233720368547758.08")).contains(QStringLiteral("large")));
}

TEST_CASE("the extreme amounts still parse", "[money]") {
    CHECK(parse(QStringLiteral("92233720368547758.07")) ==
          std::numeric_limits<std::int64_t>::max());
    CHECK(parse(QStringLiteral("-92233720368547758.08")) ==
          std::numeric_limits<std::int64_t>::min());
    CHECK(parse(QStringLiteral("000000000000000000000012.30")) == 1230);
}

TEST_CASE("unknown currencies are refused", "[money]") {
    CHECK_THROWS_AS(Currency::fromCode(QStringLiteral("XYZ")), Error);
    for (const char* code : {"DKK", "NOK", "SEK", "EUR", "USD", "GBP"}) {
        const Currency c = Currency::fromCode(QLatin1String(code));
        CHECK(c.code() == QLatin1String(code));
        CHECK(c.minorDigits() == 2);
        CHECK(c.minorPerMajor() == 100);
        CHECK(Currency::isKnown(QLatin1String(code)));
    }
    CHECK(Currency::fromCode(QStringLiteral("DKK")) == dkk);
    CHECK(Currency::fromCode(QStringLiteral("NOK")) != dkk);
    for (const char* bad : {"dkk", "DK", "DKKK", "", " DKK", "XYZ"}) {
        CHECK_FALSE(Currency::isKnown(QLatin1String(bad)));
        try {
            Currency::fromCode(QLatin1String(bad));
            FAIL("\"" << bad << "\" should be refused");
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            CHECK(e.field() == QStringLiteral("currency"));
        }
    }
}
