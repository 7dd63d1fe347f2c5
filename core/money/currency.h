#pragma once

#include <QString>
#include <array>

namespace skranke {

// An ISO 4217 currency that Skranke knows, with its number of minor digits.
class Currency final {
public:
    // Throws Error::invalid("currency") for a code Skranke does not know.
    static Currency fromCode(const QString& code);
    static bool isKnown(const QString& code);

    QString code() const { return QString::fromLatin1(m_code.data(), 3); }
    int minorDigits() const { return m_minorDigits; }
    std::int64_t minorPerMajor() const;

    bool operator==(const Currency& o) const { return m_code == o.m_code; }
    bool operator!=(const Currency& o) const { return !(*this == o); }

private:
    Currency(std::array<char, 3> code, int digits) : m_code(code), m_minorDigits(digits) {}
    std::array<char, 3> m_code;
    int m_minorDigits;
};

}  // namespace skranke
