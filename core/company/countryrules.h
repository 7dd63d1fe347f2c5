#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>

namespace skranke {

enum class PaymentReferenceKind { Fik, Kid, Ocr };

// What differs by country. Amounts are in the country currency's minor units.
struct CountryRules {
    QString country;              // ISO 3166-1 alpha-2: DK, NO, SE
    QString currency;             // ISO 4217
    QStringList vatRatesPercent;  // standard rate first
    std::int64_t cashRoundingMinor;
    std::int64_t reminderFeeCapMinor;
    PaymentReferenceKind paymentReference;
    QString defaultTimeZone;

    static const CountryRules& forCountry(const QString& country);  // throws on unknown
    static bool isSupported(const QString& country);
    static QStringList supported();
};

}  // namespace skranke
