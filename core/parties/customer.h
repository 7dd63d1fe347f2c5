#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace skranke {

// A guest or buyer. A customer may be invoiced through a debtor; several
// customers (a family, a company's staff) may share one debtor. Required:
// name, email (unless the customer has none), address line 1, postcode,
// city and phone; "-" stands for a value that is not known.
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
    bool noEmail = false;       // the customer has no email: it is not required
    QString invoiceRemark;      // printed on the customer's invoices
};

}  // namespace skranke
