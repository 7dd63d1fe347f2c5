#pragma once

#include <QString>

namespace skranke {

// Check-digit validation of business identifiers. Each function accepts the
// usual ways of writing the number (spaces, a hyphen, a country prefix) and
// checks the digits only.
class Identifiers final {
public:
    // DK CVR: 8 digits, weights 2 7 6 5 4 3 2 1, sum divisible by 11.
    static bool isValidCvr(const QString& text);
    // NO organisasjonsnummer: 9 digits, MOD11 with weights 3 2 7 6 5 4 3 2.
    static bool isValidNorwegianOrgNumber(const QString& text);
    // SE organisationsnummer / personnummer: 10 digits, Luhn.
    static bool isValidSwedishOrgNumber(const QString& text);
    // The company registration number of the given country (DK, NO, SE).
    static bool isValidOrgNumber(const QString& country, const QString& text);
    // IBAN: ISO 13616, MOD 97 = 1.
    static bool isValidIban(const QString& text);
    // NO bank account: 11 digits (often written 1234.56.78903), MOD11 with
    // weights 5 4 3 2 7 6 5 4 3 2; a remainder giving 10 is never issued.
    static bool isValidNorwegianAccount(const QString& text);
    // DK bank account: a 4-digit reg. no. and an account number of up to 10
    // digits ("1234 0001234567", "1234-1234567"). Danish banks use their own
    // check rules, so only the form is checked.
    static bool isValidDanishAccount(const QString& text);
    // GTIN/EAN-13 or GLN: 13 digits, GS1 check digit.
    static bool isValidGln(const QString& text);
    // Luhn (MOD10) check over a digit string.
    static bool luhnValid(const QString& digits);
    static int luhnCheckDigit(const QString& digitsWithoutCheck);

    // A plausible email address: something@domain.tld, no spaces.
    static bool isEmail(const QString& text);

    static QString digitsOnly(const QString& text);
};

}  // namespace skranke
