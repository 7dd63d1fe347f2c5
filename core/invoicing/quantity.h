#pragma once

#include <QLocale>
#include <QString>
#include <cstdint>

namespace skranke {

// Quantities are kept in thousandths (1.5 hours = 1500), never as floats.
class Quantity final {
public:
    // "2", "1.5", "0,25": more than 0, at most three decimals.
    static std::int64_t parse(const QString& text, const QString& field);
    static QString format(std::int64_t milli, const QLocale& locale = QLocale::c());
};

}  // namespace skranke
