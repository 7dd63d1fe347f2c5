#include "core/money/money.h"

#include "core/money/decimaltext.h"
#include "core/store/error.h"

#include <QCoreApplication>
#include <limits>

namespace skranke {

namespace {

class MoneyText {
    Q_DECLARE_TR_FUNCTIONS(skranke::Money)
};

[[noreturn]] void overflow() {
    throw Error(ErrorCode::InvalidInput, MoneyText::tr("The amount is too large."));
}

}  // namespace

Money::Money() : m_minor(0), m_currency(Currency::fromCode(QStringLiteral("DKK"))) {
}

Money Money::parse(const QString& text, Currency currency, const QLocale& locale,
                   const QString& field) {
    DecimalText d;
    QString problem;
    if (!DecimalText::parse(text, locale, d, problem))
        throw Error::invalid(field,
                             MoneyText::tr("\"%1\" is not an amount: it %2.").arg(text, problem));
    if (d.scale > currency.minorDigits())
        throw Error::invalid(field, MoneyText::tr("\"%1\" has more than %2 decimals.")
                                        .arg(text)
                                        .arg(currency.minorDigits()));
    boost::multiprecision::cpp_int minor = d.digits;
    for (int i = d.scale; i < currency.minorDigits(); ++i)
        minor *= 10;
    if (minor > std::numeric_limits<std::int64_t>::max() ||
        minor < std::numeric_limits<std::int64_t>::min())
        throw Error::invalid(field, MoneyText::tr("\"%1\" is too large an amount.").arg(text));
    return Money(minor.convert_to<std::int64_t>(), currency);
}

Money Money::fromDecimalString(const QString& text, Currency currency, const QString& field) {
    return parse(text, currency, QLocale::c(), field);
}

QString Money::format(const QLocale& locale, bool grouping) const {
    const std::int64_t per = m_currency.minorPerMajor();
    // Work in unsigned so that the most negative amount formats too.
    const bool negative = m_minor < 0;
    const std::uint64_t abs =
        negative ? std::uint64_t(0) - std::uint64_t(m_minor) : std::uint64_t(m_minor);
    QString whole = QString::number(abs / std::uint64_t(per));
    if (grouping) {
        const QString group = locale.groupSeparator();
        for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
            whole.insert(i, group);
    }
    QString out = negative ? QStringLiteral("-") + whole : whole;
    if (m_currency.minorDigits() > 0)
        out += locale.decimalPoint() + QStringLiteral("%1").arg(abs % std::uint64_t(per),
                                                                m_currency.minorDigits(), 10,
                                                                QLatin1Char('0'));
    return out;
}

QString Money::toDecimalString() const {
    return format(QLocale::c(), false);
}

QString Money::formatWithCurrency(const QLocale& locale) const {
    const QString amount = format(locale, true);
    const QString code = m_currency.code();
    // The local symbol ("kr.", "kr") only where it cannot be mistaken: in the
    // locale's own currency. Its side follows Nordic custom (as CLDR does);
    // other locales and foreign currencies get the unambiguous ISO code.
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code) {
        const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
        switch (locale.language()) {
            case QLocale::Danish:
            case QLocale::Swedish:
                return amount + QChar(0x00A0) + symbol;
            case QLocale::NorwegianBokmal:
            case QLocale::NorwegianNynorsk:
                return symbol + QChar(0x00A0) + amount;
            default:
                break;
        }
    }
    return code + QChar(0x00A0) + amount;
}

void Money::requireSameCurrency(const Money& o) const {
    if (m_currency != o.m_currency)
        throw Error(ErrorCode::Conflict, MoneyText::tr("Cannot combine amounts in %1 and %2.")
                                             .arg(m_currency.code(), o.m_currency.code()));
}

Money Money::operator-() const {
    if (m_minor == std::numeric_limits<std::int64_t>::min())
        overflow();
    return Money(-m_minor, m_currency);
}

Money Money::operator+(const Money& o) const {
    requireSameCurrency(o);
    std::int64_t r;
    if (__builtin_add_overflow(m_minor, o.m_minor, &r))
        overflow();
    return Money(r, m_currency);
}

Money Money::operator-(const Money& o) const {
    requireSameCurrency(o);
    std::int64_t r;
    if (__builtin_sub_overflow(m_minor, o.m_minor, &r))
        overflow();
    return Money(r, m_currency);
}

Money Money::operator*(std::int64_t factor) const {
    std::int64_t r;
    if (__builtin_mul_overflow(m_minor, factor, &r))
        overflow();
    return Money(r, m_currency);
}

Money Money::times(const Rate& rate, Rounding mode, const char* point) const {
    return times(rate.value(), mode, point);
}

Money Money::times(const Rational& factor, Rounding mode, const char* point) const {
    return Money(roundToMinor(Rational(m_minor) * factor, mode, point), m_currency);
}

bool Money::operator==(const Money& o) const {
    requireSameCurrency(o);
    return m_minor == o.m_minor;
}

bool Money::operator<(const Money& o) const {
    requireSameCurrency(o);
    return m_minor < o.m_minor;
}

}  // namespace skranke
