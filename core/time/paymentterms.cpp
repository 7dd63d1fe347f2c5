#include "core/time/paymentterms.h"

#include "core/store/error.h"

#include <QCoreApplication>

namespace skranke {

QDate PaymentTerms::dueDate(const QDate& invoiceDate) const {
    if (kind == Kind::Net)
        return invoiceDate.addDays(days);
    const QDate monthEnd(invoiceDate.year(), invoiceDate.month(), invoiceDate.daysInMonth());
    return monthEnd.addDays(days);
}

QString PaymentTerms::key() const {
    return kind == Kind::Net ? QStringLiteral("net") : QStringLiteral("end_of_month");
}

PaymentTerms::Kind PaymentTerms::kindFromKey(const QString& key) {
    if (key == QLatin1String("net"))
        return Kind::Net;
    if (key == QLatin1String("end_of_month"))
        return Kind::EndOfMonth;
    throw Error::invalid(QStringLiteral("terms"),
                         QCoreApplication::translate("skranke::PaymentTerms",
                                                     "Payment terms are \"net\" or "
                                                     "\"end_of_month\", not \"%1\".")
                             .arg(key));
}

}  // namespace skranke
