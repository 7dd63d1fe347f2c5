#pragma once

#include <QLocale>
#include <QString>
#include <boost/multiprecision/cpp_int.hpp>

namespace skranke {

// A decimal number read from text without floating point: value = digits / 10^scale.
struct DecimalText {
    boost::multiprecision::cpp_int digits;  // signed
    int scale = 0;                          // number of decimals written

    // Reads "1.234,50" the way `locale` writes numbers: its decimal separator,
    // its group separator (groups of exactly three digits; any kind of space
    // where the locale groups with a space), an optional sign. Returns false
    // and sets `problem` on anything else.
    static bool parse(const QString& text, const QLocale& locale, DecimalText& out,
                      QString& problem);
};

}  // namespace skranke
