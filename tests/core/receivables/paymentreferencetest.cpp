#include "core/company/identifiers.h"
#include "core/invoicing/paymentreference.h"

#include <catch2/catch.hpp>

using namespace skranke;

TEST_CASE("FIK 71 carries a 15-digit payment id with a MOD10 check digit", "[invoicing]") {
    const QString fik = PaymentReference::fik71(1234, QStringLiteral("85274196"));
    CHECK(fik == QStringLiteral("+71<000000000012344+85274196<"));
    CHECK(PaymentReference::isValid(PaymentReferenceKind::Fik, fik));
    CHECK_FALSE(PaymentReference::isValid(PaymentReferenceKind::Fik,
                                          QStringLiteral("+71<000000000012345+85274196<")));
    CHECK(PaymentReference::fik71(1234, QStringLiteral("123")).isEmpty());
}

TEST_CASE("KID is the number with a MOD10 check digit", "[invoicing]") {
    CHECK(PaymentReference::kid(1234) == QStringLiteral("12344"));
    CHECK(PaymentReference::kid(7) == QStringLiteral("75"));
    CHECK(PaymentReference::isValid(PaymentReferenceKind::Kid, QStringLiteral("12344")));
    CHECK_FALSE(PaymentReference::isValid(PaymentReferenceKind::Kid, QStringLiteral("12345")));
}

TEST_CASE("OCR has a length digit and a Luhn check digit", "[invoicing]") {
    const QString ocr = PaymentReference::ocr(1234);
    CHECK(ocr == QStringLiteral("123463"));  // 1234, length digit 6, Luhn 3
    CHECK(PaymentReference::isValid(PaymentReferenceKind::Ocr, ocr));
    CHECK_FALSE(PaymentReference::isValid(PaymentReferenceKind::Ocr, QStringLiteral("123464")));
    // Luhn right, length digit wrong.
    CHECK_FALSE(PaymentReference::isValid(PaymentReferenceKind::Ocr, QStringLiteral("123455")));
}

TEST_CASE("Luhn check digits match known examples", "[invoicing]") {
    CHECK(Identifiers::luhnCheckDigit(QStringLiteral("7992739871")) == 3);
    CHECK(Identifiers::luhnValid(QStringLiteral("79927398713")));
}
