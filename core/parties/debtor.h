#pragma once

#include "core/time/paymentterms.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace skranke {

// Someone who is invoiced and owes money: a person or a company.
struct Debtor {
    std::int64_t id = 0;  // the debtor ID staff see and type
    QByteArray uid;
    QString name;
    QString companyName;
    QString addressLine1;
    QString addressLine2;
    QString postcode;
    QString city;
    QString country = QStringLiteral("DK");
    QString email;
    QString phone;
    QString language;  // da, nb, sv, en or empty (the company's)
    QString gln;       // EAN/GLN for electronic invoices
    QString orgNumber;
    bool business = false;
    PaymentTerms terms;
    std::int64_t groupId = 0;  // 0: none
    QString groupName;

    // What to print: the company name when there is one, else the person's.
    QString displayName() const { return companyName.isEmpty() ? name : companyName; }
};

struct DebtorGroup {
    std::int64_t id = 0;
    QString name;
    std::int64_t debtorCount = 0;
};

}  // namespace skranke
