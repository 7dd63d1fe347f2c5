#pragma once

#include <QString>

namespace skranke {

struct CompanyProfile {
    QString name;
    QString addressLine1;
    QString addressLine2;
    QString postcode;
    QString city;
    QString country = QStringLiteral("DK");
    QString orgNumber;
    QString vatNumber;
    QString bankAccount;
    QString iban;
    QString bic;
    QString email;
    QString phone;
    QString logoPath;
    QString timeZone = QStringLiteral("Europe/Copenhagen");
};

}  // namespace skranke
