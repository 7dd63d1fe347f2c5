#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace skranke {

// A guest or buyer. A customer may be invoiced through a debtor; several
// customers (a family, a company's staff) may share one debtor.
struct Customer {
    std::int64_t id = 0;
    QByteArray uid;
    QString name;
    QString email;
    QString phone;
    QString addressLine1;
    QString addressLine2;
    QString addressLine3;
    QString postcode;
    QString city;
    QString notes;
    std::int64_t debtorId = 0;  // 0: not linked
};

}  // namespace skranke
