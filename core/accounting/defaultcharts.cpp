#include "core/accounting/defaultcharts.h"

namespace skranke {

namespace {

// Denmark: numbers of Erhvervsstyrelsens standardkontoplan for small
// businesses (the standard code is the number itself).
const std::vector<DefaultAccount> denmark{
    {"1010", "Salg af varer og ydelser m/moms", "revenue", "1010"},
    {"1020", "Salg af varer og ydelser u/moms", "revenue", "1020"},
    {"1040", "Rykkergebyrer", "revenue", "1040"},
    {"1050", "Kompensationsbeløb", "revenue", "1050"},
    {"3620", "Gebyrer for kortindløsning", "expense", "3620"},
    {"3700", "Tab på debitorer", "expense", "3700"},
    {"3710", "Kassedifferencer", "expense", "3710"},
    {"3720", "Øreafrunding", "expense", "3720"},
    {"4410", "Renteindtægter fra debitorer", "revenue", "4410"},
    {"5600", "Debitorer", "asset", "5600"},
    {"5700", "Kasse", "asset", "5700"},
    {"5710", "Bank", "asset", "5710"},
    {"5730", "Tilgodehavende kortindløsning", "asset", "5730"},
    {"5740", "Tilgodehavende Vipps MobilePay", "asset", "5740"},
    {"5790", "Mellemregning kasse/bank", "asset", "5790"},
    {"6320", "Udstedte gavekort", "liability", "6320"},
    {"6800", "Salgsmoms", "liability", "6800"},
};
const std::vector<DefaultMapping> denmarkMapping{
    {"revenue", "|25", "1010"},
    {"revenue", "|0", "1020"},
    {"vat", "25", "6800"},
    {"payment", "cash", "5700"},
    {"payment", "card", "5730"},
    {"payment", "mobilepay", "5740"},
    {"payment", "vipps", "5740"},
    {"payment", "bank", "5710"},
    {"payment", "bank_transfer", "5710"},
    {"receivable", "", "5600"},
    {"value_cards", "", "6320"},
    {"rounding", "", "3720"},
    {"card_fees", "", "3620"},
    {"bank", "", "5710"},
    {"write_off", "", "3700"},
    {"reminder_fees", "", "1040"},
    {"interest", "", "4410"},
    {"compensation", "", "1050"},
    {"cash_transfer", "", "5790"},
    {"cash_difference", "", "3710"},
};

// Norway: NS 4102; the SAF-T grouping code is the standard account.
const std::vector<DefaultAccount> norway{
    {"1500", "Kundefordringer", "asset", "1500"},
    {"1580", "Kortoppgjør til gode", "asset", "1580"},
    {"1581", "Vipps-oppgjør til gode", "asset", "1580"},
    {"1900", "Kontanter", "asset", "1900"},
    {"1920", "Bankinnskudd", "asset", "1920"},
    {"1950", "Overføring kasse/bank", "asset", "1950"},
    {"2700", "Utgående merverdiavgift, høy sats", "liability", "2700"},
    {"2701", "Utgående merverdiavgift, middels sats", "liability", "2700"},
    {"2702", "Utgående merverdiavgift, lav sats", "liability", "2700"},
    {"2900", "Forskudd fra kunder, gavekort", "liability", "2900"},
    {"3000", "Salgsinntekt, avgiftspliktig, høy sats", "revenue", "3000"},
    {"3001", "Salgsinntekt, avgiftspliktig, middels sats", "revenue", "3000"},
    {"3002", "Salgsinntekt, avgiftspliktig, lav sats", "revenue", "3000"},
    {"3100", "Salgsinntekt, avgiftsfri", "revenue", "3100"},
    {"3900", "Purregebyr og inkassokompensasjon", "revenue", "3900"},
    {"7770", "Bank- og kortgebyrer", "expense", "7770"},
    {"7790", "Kassedifferanse og øreavrunding", "expense", "7790"},
    {"7830", "Tap på fordringer", "expense", "7830"},
    {"8050", "Renteinntekt fra kunder", "revenue", "8050"},
};
const std::vector<DefaultMapping> norwayMapping{
    {"revenue", "|25", "3000"},
    {"revenue", "|15", "3001"},
    {"revenue", "|12", "3002"},
    {"revenue", "|0", "3100"},
    {"vat", "25", "2700"},
    {"vat", "15", "2701"},
    {"vat", "12", "2702"},
    {"payment", "cash", "1900"},
    {"payment", "card", "1580"},
    {"payment", "vipps", "1581"},
    {"payment", "bank", "1920"},
    {"payment", "bank_transfer", "1920"},
    {"receivable", "", "1500"},
    {"value_cards", "", "2900"},
    {"rounding", "", "7790"},
    {"card_fees", "", "7770"},
    {"bank", "", "1920"},
    {"write_off", "", "7830"},
    {"reminder_fees", "", "3900"},
    {"interest", "", "8050"},
    {"compensation", "", "3900"},
    {"cash_transfer", "", "1950"},
    {"cash_difference", "", "7790"},
};

// Sweden: BAS.
const std::vector<DefaultAccount> sweden{
    {"1510", "Kundfordringar", "asset", "1510"},
    {"1580", "Fordringar för kontokort och kuponger", "asset", "1580"},
    {"1581", "Fordringar Swish", "asset", "1580"},
    {"1910", "Kassa", "asset", "1910"},
    {"1930", "Företagskonto", "asset", "1930"},
    {"1950", "Överföringar kassa/bank", "asset", "1950"},
    {"2421", "Ej inlösta presentkort", "liability", "2421"},
    {"2611", "Utgående moms på försäljning inom Sverige, 25 %", "liability", "2611"},
    {"2621", "Utgående moms på försäljning inom Sverige, 12 %", "liability", "2621"},
    {"2631", "Utgående moms på försäljning inom Sverige, 6 %", "liability", "2631"},
    {"3001", "Försäljning inom Sverige, 25 % moms", "revenue", "3001"},
    {"3002", "Försäljning inom Sverige, 12 % moms", "revenue", "3002"},
    {"3003", "Försäljning inom Sverige, 6 % moms", "revenue", "3003"},
    {"3004", "Försäljning inom Sverige, momsfri", "revenue", "3004"},
    {"3740", "Öres- och kronutjämning", "revenue", "3740"},
    {"3990", "Påminnelseavgifter och ersättningar", "revenue", "3990"},
    {"6351", "Konstaterade förluster på kundfordringar", "expense", "6351"},
    {"6570", "Bankkostnader och kortavgifter", "expense", "6570"},
    {"6990", "Kassadifferenser", "expense", "6990"},
    {"8313", "Ränteintäkter från kundfordringar", "revenue", "8313"},
};
const std::vector<DefaultMapping> swedenMapping{
    {"revenue", "|25", "3001"},
    {"revenue", "|12", "3002"},
    {"revenue", "|6", "3003"},
    {"revenue", "|0", "3004"},
    {"vat", "25", "2611"},
    {"vat", "12", "2621"},
    {"vat", "6", "2631"},
    {"payment", "cash", "1910"},
    {"payment", "card", "1580"},
    {"payment", "swish", "1581"},
    {"payment", "bank", "1930"},
    {"payment", "bank_transfer", "1930"},
    {"receivable", "", "1510"},
    {"value_cards", "", "2421"},
    {"rounding", "", "3740"},
    {"card_fees", "", "6570"},
    {"bank", "", "1930"},
    {"write_off", "", "6351"},
    {"reminder_fees", "", "3990"},
    {"interest", "", "8313"},
    {"compensation", "", "3990"},
    {"cash_transfer", "", "1950"},
    {"cash_difference", "", "6990"},
};

}  // namespace

std::vector<DefaultAccount> DefaultCharts::accounts(const QString& country) {
    if (country == QLatin1String("NO"))
        return norway;
    if (country == QLatin1String("SE"))
        return sweden;
    return denmark;
}

std::vector<DefaultMapping> DefaultCharts::mapping(const QString& country) {
    if (country == QLatin1String("NO"))
        return norwayMapping;
    if (country == QLatin1String("SE"))
        return swedenMapping;
    return denmarkMapping;
}

}  // namespace skranke
