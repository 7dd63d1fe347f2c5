#include "core/money/currency.h"

#include "core/store/error.h"

#include <QCoreApplication>

namespace skranke {

namespace {

struct Known {
    const char* code;
    int digits;
};

constexpr Known known[] = {{"DKK", 2}, {"NOK", 2}, {"SEK", 2}, {"EUR", 2}, {"USD", 2}, {"GBP", 2}};

}  // namespace

bool Currency::isKnown(const QString& code) {
    for (const Known& k : known)
        if (code == QLatin1String(k.code))
            return true;
    return false;
}

Currency Currency::fromCode(const QString& code) {
    for (const Known& k : known)
        if (code == QLatin1String(k.code))
            return Currency({k.code[0], k.code[1], k.code[2]}, k.digits);
    throw Error::invalid(
        QStringLiteral("currency"),
        QCoreApplication::translate("skranke::Money", "\"%1\" is not a currency Skranke knows.")
            .arg(code));
}

std::int64_t Currency::minorPerMajor() const {
    std::int64_t f = 1;
    for (int i = 0; i < m_minorDigits; ++i)
        f *= 10;
    return f;
}

}  // namespace skranke
