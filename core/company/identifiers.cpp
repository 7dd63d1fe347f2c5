#include "core/company/identifiers.h"

#include <QRegularExpression>
#include <array>

namespace skranke {

namespace {

bool allDigits(const QString& s, int length) {
    if (s.size() != length)
        return false;
    for (QChar c : s)
        if (!c.isDigit() || c.unicode() > '9')
            return false;
    return true;
}

QString stripPrefix(QString text, const char* prefix) {
    text = text.trimmed().toUpper();
    if (text.startsWith(QLatin1String(prefix)))
        text.remove(0, int(qstrlen(prefix)));
    return text;
}

}  // namespace

QString Identifiers::digitsOnly(const QString& text) {
    QString out;
    for (QChar c : text)
        if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QChar(0x00A0))
            out += c;
    return out;
}

bool Identifiers::isEmail(const QString& text) {
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text).hasMatch();
}

bool Identifiers::isValidCvr(const QString& text) {
    const QString d = digitsOnly(stripPrefix(text, "DK"));
    if (!allDigits(d, 8) || d[0] == QLatin1Char('0'))
        return false;
    static constexpr std::array<int, 8> w{2, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += d[i].digitValue() * w[std::size_t(i)];
    return sum % 11 == 0;
}

bool Identifiers::isValidNorwegianOrgNumber(const QString& text) {
    QString d = digitsOnly(stripPrefix(text, "NO"));
    if (d.endsWith(QLatin1String("MVA")))
        d.chop(3);
    if (!allDigits(d, 9))
        return false;
    static constexpr std::array<int, 8> w{3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += d[i].digitValue() * w[std::size_t(i)];
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    return check != 10 && check == d[8].digitValue();
}

bool Identifiers::isValidNorwegianAccount(const QString& text) {
    static const QRegularExpression form(QStringLiteral("^\\d{4}[. ]?\\d{2}[. ]?\\d{5}$"));
    if (!form.match(text.trimmed()).hasMatch())
        return false;
    const QString d = digitsOnly(text).remove(QLatin1Char('.'));
    static constexpr std::array<int, 10> w{5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += d[i].digitValue() * w[std::size_t(i)];
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    return check != 10 && check == d[10].digitValue();
}

bool Identifiers::isValidDanishAccount(const QString& text) {
    static const QRegularExpression form(QStringLiteral("^\\d{4}[ -]\\d{1,10}$|^\\d{14}$"));
    return form.match(text.trimmed()).hasMatch();
}

bool Identifiers::isValidSwedishOrgNumber(const QString& text) {
    QString d = digitsOnly(stripPrefix(text, "SE"));
    if (d.size() == 12 && d.endsWith(QLatin1String("01")))  // VAT form SE + 10 digits + 01
        d.chop(2);
    return allDigits(d, 10) && luhnValid(d);
}

bool Identifiers::isValidOrgNumber(const QString& country, const QString& text) {
    if (country == QLatin1String("DK"))
        return isValidCvr(text);
    if (country == QLatin1String("NO"))
        return isValidNorwegianOrgNumber(text);
    if (country == QLatin1String("SE"))
        return isValidSwedishOrgNumber(text);
    return false;
}

bool Identifiers::isValidIban(const QString& text) {
    const QString s = digitsOnly(text).toUpper();
    if (s.size() < 15 || s.size() > 34 || !s[0].isLetter() || !s[1].isLetter() || !s[2].isDigit() ||
        !s[3].isDigit())
        return false;
    const QString rearranged = s.mid(4) + s.left(4);
    int mod = 0;
    for (QChar c : rearranged) {
        if (c.unicode() >= '0' && c.unicode() <= '9')
            mod = (mod * 10 + (c.unicode() - '0')) % 97;
        else if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            mod = (mod * 100 + (c.unicode() - 'A' + 10)) % 97;
        else
            return false;
    }
    return mod == 1;
}

bool Identifiers::isValidGln(const QString& text) {
    const QString d = digitsOnly(text);
    if (!allDigits(d, 13))
        return false;
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += d[i].digitValue() * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10 == d[12].digitValue();
}

bool Identifiers::luhnValid(const QString& digits) {
    if (digits.isEmpty())
        return false;
    return luhnCheckDigit(digits.left(digits.size() - 1)) == digits.back().digitValue();
}

int Identifiers::luhnCheckDigit(const QString& digitsWithoutCheck) {
    int sum = 0;
    bool twice = true;  // the digit next to the check digit is doubled
    for (int i = int(digitsWithoutCheck.size()) - 1; i >= 0; --i) {
        int v = digitsWithoutCheck[i].digitValue();
        if (v < 0)
            return -1;
        if (twice && (v *= 2) > 9)
            v -= 9;
        sum += v;
        twice = !twice;
    }
    return (10 - sum % 10) % 10;
}

}  // namespace skranke
