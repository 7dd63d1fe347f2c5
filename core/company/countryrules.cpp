#include "core/company/countryrules.h"

#include "core/store/error.h"

#include <QCoreApplication>
#include <array>

namespace skranke {

namespace {

// Sources:
// DK: momsloven § 33 (25 %); Nationalbanken rounds cash to 50 øre since 2008;
//     renteloven § 9 b: a reminder fee is at most 100 kr.
// NO: merverdiavgiftsloven §§ 5-1 to 5-3 (25 / 15 food / 12 transport, accommodation,
//     cinema); cash in whole kroner since the 50-øre coin went in 2012;
//     inkassoforskriften § 1-2: a reminder fee is at most 1/10 of the
//     inkassosats (700 kr in 2025, so 70 kr; the cap follows the inkassosats).
// SE: mervärdesskattelag (2023:200) 9 kap. (25 / 12 / 6); öresavrundning to
//     whole kronor since 2010; lag (1981:739) om ersättning för
//     inkassokostnader m.m. 2 §, förordning (1981:1057): påminnelseavgift 60 kr.
const std::array<CountryRules, 3> table{{
    {QStringLiteral("DK"),
     QStringLiteral("DKK"),
     {QStringLiteral("25"), QStringLiteral("0")},
     50,
     10000,
     PaymentReferenceKind::Fik,
     QStringLiteral("Europe/Copenhagen")},
    {QStringLiteral("NO"),
     QStringLiteral("NOK"),
     {QStringLiteral("25"), QStringLiteral("15"), QStringLiteral("12"), QStringLiteral("0")},
     100,
     7000,
     PaymentReferenceKind::Kid,
     QStringLiteral("Europe/Oslo")},
    {QStringLiteral("SE"),
     QStringLiteral("SEK"),
     {QStringLiteral("25"), QStringLiteral("12"), QStringLiteral("6"), QStringLiteral("0")},
     100,
     6000,
     PaymentReferenceKind::Ocr,
     QStringLiteral("Europe/Stockholm")},
}};

}  // namespace

const CountryRules& CountryRules::forCountry(const QString& country) {
    for (const CountryRules& r : table)
        if (r.country == country)
            return r;
    throw Error::invalid(QStringLiteral("country"),
                         QCoreApplication::translate("skranke::CountryRules",
                                                     "Country must be DK, NO or SE, not \"%1\".")
                             .arg(country));
}

bool CountryRules::isSupported(const QString& country) {
    for (const CountryRules& r : table)
        if (r.country == country)
            return true;
    return false;
}

QStringList CountryRules::supported() {
    QStringList out;
    for (const CountryRules& r : table)
        out << r.country;
    return out;
}

}  // namespace skranke
