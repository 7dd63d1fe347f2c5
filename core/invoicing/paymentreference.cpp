#include "core/invoicing/paymentreference.h"

#include "core/company/identifiers.h"

#include <QRegularExpression>

namespace skranke {

QString PaymentReference::fik71(std::int64_t number, const QString& creditor) {
    static const QRegularExpression eightDigits(QStringLiteral("^\\d{8}$"));
    if (!eightDigits.match(creditor).hasMatch())
        return {};
    const QString body = QStringLiteral("%1").arg(number, 14, 10, QLatin1Char('0'));
    return QStringLiteral("+71<%1%2+%3<")
        .arg(body)
        .arg(Identifiers::luhnCheckDigit(body))
        .arg(creditor);
}

QString PaymentReference::kid(std::int64_t number) {
    const QString body = QString::number(number);
    return body + QString::number(Identifiers::luhnCheckDigit(body));
}

QString PaymentReference::ocr(std::int64_t number) {
    // Length digit: the length of the whole reference modulo 10.
    const QString digits = QString::number(number);
    const QString withLength = digits + QString::number((digits.size() + 2) % 10);
    return withLength + QString::number(Identifiers::luhnCheckDigit(withLength));
}

QString PaymentReference::forCountry(PaymentReferenceKind kind, std::int64_t number,
                                     const QString& fikCreditor) {
    switch (kind) {
        case PaymentReferenceKind::Fik:
            return fik71(number, fikCreditor);
        case PaymentReferenceKind::Kid:
            return kid(number);
        case PaymentReferenceKind::Ocr:
            return ocr(number);
    }
    return {};
}

bool PaymentReference::isValid(PaymentReferenceKind kind, const QString& reference) {
    if (kind == PaymentReferenceKind::Fik) {
        static const QRegularExpression fik(QStringLiteral("^\\+71<(\\d{15})\\+(\\d{8})<$"));
        const auto m = fik.match(reference);
        return m.hasMatch() && Identifiers::luhnValid(m.captured(1));
    }
    if (kind == PaymentReferenceKind::Ocr) {
        const int len = int(reference.size());
        if (len < 3 || reference[len - 2].digitValue() != len % 10)
            return false;
    }
    return Identifiers::luhnValid(reference);
}

}  // namespace skranke
