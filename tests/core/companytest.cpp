#include "core/company/companyservice.h"
#include "core/company/countryrules.h"
#include "core/company/identifiers.h"
#include "core/journal/journal.h"
#include "core/store/error.h"
#include "tests/support/testbusiness.h"

#include <catch2/catch.hpp>

using namespace skranke;

TEST_CASE("Danish CVR numbers are checked with weights 2765432 1", "[company]") {
    CHECK(Identifiers::isValidCvr(QStringLiteral("13585628")));
    CHECK(Identifiers::isValidCvr(QStringLiteral("DK 13 58 56 28")));
    CHECK_FALSE(Identifiers::isValidCvr(QStringLiteral("13585629")));
    CHECK_FALSE(Identifiers::isValidCvr(QStringLiteral("1358562")));
    CHECK_FALSE(Identifiers::isValidCvr(QStringLiteral("1358562a")));
}

TEST_CASE("Norwegian organisation numbers are checked with MOD11", "[company]") {
    CHECK(Identifiers::isValidNorwegianOrgNumber(QStringLiteral("974760673")));  // Brønnøysund
    CHECK(Identifiers::isValidNorwegianOrgNumber(QStringLiteral("NO 974 760 673 MVA")));
    CHECK_FALSE(Identifiers::isValidNorwegianOrgNumber(QStringLiteral("974760674")));
    CHECK_FALSE(Identifiers::isValidNorwegianOrgNumber(QStringLiteral("97476067")));
}

TEST_CASE("Swedish organisation numbers are checked with Luhn", "[company]") {
    CHECK(Identifiers::isValidSwedishOrgNumber(QStringLiteral("556016-0680")));  // Ericsson
    CHECK(Identifiers::isValidSwedishOrgNumber(QStringLiteral("SE556016068001")));
    CHECK_FALSE(Identifiers::isValidSwedishOrgNumber(QStringLiteral("556016-0681")));
    CHECK(Identifiers::luhnCheckDigit(QStringLiteral("556016068")) == 0);
}

TEST_CASE("IBANs and GLNs are checked", "[company]") {
    CHECK(Identifiers::isValidIban(QStringLiteral("DK50 0040 0440 1162 43")));
    CHECK(Identifiers::isValidIban(QStringLiteral("NO9386011117947")));
    CHECK(Identifiers::isValidIban(QStringLiteral("SE4550000000058398257466")));
    CHECK_FALSE(Identifiers::isValidIban(QStringLiteral("DK51 0040 0440 1162 43")));
    CHECK(Identifiers::isValidGln(QStringLiteral("5790000000005")));
    CHECK(Identifiers::isValidGln(QStringLiteral("4006381333931")));
    CHECK_FALSE(Identifiers::isValidGln(QStringLiteral("4006381333932")));
}

TEST_CASE("country rules give currency, VAT, cash rounding and reminder fee caps", "[company]") {
    const auto& dk = CountryRules::forCountry(QStringLiteral("DK"));
    CHECK(dk.currency == QStringLiteral("DKK"));
    CHECK(dk.cashRoundingMinor == 50);
    CHECK(dk.reminderFeeCapMinor == 10000);
    CHECK(dk.vatRatesPercent.first() == QStringLiteral("25"));
    CHECK(dk.paymentReference == PaymentReferenceKind::Fik);
    CHECK(CountryRules::forCountry(QStringLiteral("NO")).cashRoundingMinor == 100);
    CHECK(CountryRules::forCountry(QStringLiteral("NO")).paymentReference ==
          PaymentReferenceKind::Kid);
    CHECK(CountryRules::forCountry(QStringLiteral("SE")).currency == QStringLiteral("SEK"));
    CHECK(CountryRules::forCountry(QStringLiteral("SE")).paymentReference ==
          PaymentReferenceKind::Ocr);
    CHECK_THROWS_AS(CountryRules::forCountry(QStringLiteral("FI")), Error);
}

TEST_CASE("saving the company profile validates each field and journals the change", "[company]") {
    test::TestBusiness b;
    const Session owner = b.owner();
    CompanyProfile p = CompanyService::require(b.db());

    auto fieldOf = [&](CompanyProfile bad) {
        const auto journal = Journal::count(b.db());
        try {
            CompanyService::save(owner, bad);
        } catch (const Error& e) {
            CHECK(Journal::count(b.db()) == journal);
            CHECK(CompanyService::require(b.db()).name == p.name);
            return e.field();
        }
        return QString();
    };
    CompanyProfile bad = p;
    bad.orgNumber = QStringLiteral("13585629");
    CHECK(fieldOf(bad) == QStringLiteral("org_number"));
    bad = p;
    bad.name = QStringLiteral("  ");
    CHECK(fieldOf(bad) == QStringLiteral("name"));
    bad = p;
    bad.iban = QStringLiteral("DK00 1234");
    CHECK(fieldOf(bad) == QStringLiteral("iban"));
    bad = p;
    bad.email = QStringLiteral("kontor at fjordlys");
    CHECK(fieldOf(bad) == QStringLiteral("email"));
    bad = p;
    bad.timeZone = QStringLiteral("Europe/Atlantis");
    CHECK(fieldOf(bad) == QStringLiteral("time_zone"));
    bad = p;
    bad.country = QStringLiteral("FI");
    CHECK(fieldOf(bad) == QStringLiteral("country"));

    p.orgNumber = QStringLiteral("13585628");
    p.city = QStringLiteral("Skagen");
    CompanyService::save(owner, p);
    const CompanyProfile saved = CompanyService::require(b.db());
    CHECK(saved.orgNumber == QStringLiteral("13585628"));
    CHECK(saved.city == QStringLiteral("Skagen"));
    const auto last = Journal::page(b.db(), 0, 1).front();
    CHECK(last.entity == QStringLiteral("company"));
    CHECK(last.payload.contains(QStringLiteral("Skagen")));
}

TEST_CASE("a front-desk user may not change the company profile", "[company]") {
    test::TestBusiness b;
    const Session desk = b.userWithRole(QStringLiteral("frida"), QStringLiteral("front_desk"));
    CompanyProfile p = CompanyService::require(b.db());
    p.city = QStringLiteral("Aarhus");
    CHECK_THROWS_AS(CompanyService::save(desk, p), Error);
    CHECK(CompanyService::require(b.db()).city.isEmpty());
}
