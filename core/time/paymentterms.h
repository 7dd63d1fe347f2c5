#pragma once

#include <QDate>
#include <QString>

namespace skranke {

// When an invoice falls due: "net N days" after the invoice date, or "end of
// month + N": N days after the last day of the invoice date's month.
struct PaymentTerms {
    enum class Kind { Net, EndOfMonth };
    Kind kind = Kind::Net;
    int days = 14;

    QDate dueDate(const QDate& invoiceDate) const;
    QString key() const;                          // "net" or "end_of_month"
    static Kind kindFromKey(const QString& key);  // throws Error::invalid("terms")
};

}  // namespace skranke
