#pragma once

#include "core/company/countryrules.h"

#include <QString>
#include <cstdint>

namespace skranke {

// The reference a debtor pays with, so the bank can tell which invoice a
// payment is for. Check digits are MOD10 (Luhn) in all three countries.
class PaymentReference final {
public:
    // DK FIK card 71: "+71<15-digit payment id>+<8-digit creditor number>",
    // the payment id being the invoice number padded to 14 digits plus a
    // check digit. Empty without a creditor number.
    static QString fik71(std::int64_t invoiceNumber, const QString& creditorNumber);
    // NO KID: the invoice number and a MOD10 check digit.
    static QString kid(std::int64_t invoiceNumber);
    // SE OCR: the invoice number, a length digit and a Luhn check digit.
    static QString ocr(std::int64_t invoiceNumber);

    static QString forCountry(PaymentReferenceKind kind, std::int64_t invoiceNumber,
                              const QString& fikCreditor);
    // True when the reference's check digit(s) are right.
    static bool isValid(PaymentReferenceKind kind, const QString& reference);
};

}  // namespace skranke
