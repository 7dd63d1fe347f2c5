#pragma once

#include "core/money/currency.h"
#include "core/money/rate.h"
#include "core/money/rounding.h"

#include <QLocale>
#include <QString>
#include <cstdint>

namespace skranke {

// An amount in a currency's minor units (øre, öre). Arithmetic is checked:
// overflow and mixing currencies throw instead of giving a wrong number.
class Money final {
public:
    // Zero Danish kroner: a placeholder value for structs filled later.
    Money();
    Money(std::int64_t minor, Currency currency) : m_minor(minor), m_currency(currency) {}
    static Money zero(Currency currency) { return Money(0, currency); }

    // Reads an amount as `locale` writes numbers ("1.234,50" in Danish): an
    // optional sign (+, -, U+2212), the locale's decimal separator (it alone
    // decides, so "12.345" is twelve thousand in Danish), optional groups of
    // exactly three digits (space, NBSP or narrow NBSP alike where the locale
    // groups with a space), at most the currency's minor digits. Throws
    // Error::invalid(field) with a message that quotes the text.
    static Money parse(const QString& text, Currency currency, const QLocale& locale = QLocale::c(),
                       const QString& field = QStringLiteral("amount"));
    // "1234.50": the JSON and CLI form, independent of the locale.
    static Money fromDecimalString(const QString& text, Currency currency,
                                   const QString& field = QStringLiteral("amount"));

    std::int64_t minor() const { return m_minor; }
    Currency currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isPositive() const { return m_minor > 0; }

    QString toDecimalString() const;  // "1234.50", "-0.50"
    // The locale's separators, all minor digits and an ASCII "-", so that
    // parse() with the same locale reads it back.
    QString format(const QLocale& locale = QLocale::c(), bool grouping = false) const;
    // Grouped, with the currency: "1.234,50 kr." (da), "kr 1 234,50" (nb),
    // "1 234,50 kr" (sv), else the ISO code first: "DKK 1,234.50" (C, en).
    // The spaces are NBSP so that an amount never breaks across lines.
    QString formatWithCurrency(const QLocale& locale) const;

    Money operator-() const;
    Money operator+(const Money& o) const;
    Money operator-(const Money& o) const;
    Money operator*(std::int64_t factor) const;
    Money& operator+=(const Money& o) { return *this = *this + o; }
    Money& operator-=(const Money& o) { return *this = *this - o; }

    // Exact product with a rate, rounded once at the named point.
    Money times(const Rate& rate, Rounding mode, const char* point) const;
    Money times(const Rational& factor, Rounding mode, const char* point) const;

    bool operator==(const Money& o) const;
    bool operator!=(const Money& o) const { return !(*this == o); }
    bool operator<(const Money& o) const;
    bool operator>(const Money& o) const { return o < *this; }
    bool operator<=(const Money& o) const { return !(o < *this); }
    bool operator>=(const Money& o) const { return !(*this < o); }

    // Throws Conflict when the currencies differ.
    void requireSameCurrency(const Money& o) const;

private:
    std::int64_t m_minor;
    Currency m_currency;
};

}  // namespace skranke
