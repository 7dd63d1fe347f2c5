#include "core/auth/rights.h"

#include "core/auth/staffuser.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace skranke::rights {

namespace {

struct Known {
    const char* name;
    const char* description;
};

constexpr std::array known{
    Known{TillSell, QT_TRANSLATE_NOOP("skranke::rights", "sell at the till")},
    Known{TillRefund, QT_TRANSLATE_NOOP("skranke::rights", "return purchases and refund")},
    Known{BookingEdit, QT_TRANSLATE_NOOP("skranke::rights", "create and edit bookings")},
    Known{BookingCancel, QT_TRANSLATE_NOOP("skranke::rights", "cancel bookings")},
    Known{BookingCancelDebited,
          QT_TRANSLATE_NOOP("skranke::rights", "cancel bookings that are already billed")},
    Known{BookingOverbook, QT_TRANSLATE_NOOP("skranke::rights", "overbook a resource")},
    Known{LedgerPayment, QT_TRANSLATE_NOOP("skranke::rights", "register debtor payments")},
    Known{LedgerWriteOff, QT_TRANSLATE_NOOP("skranke::rights", "write off debtor amounts")},
    Known{LedgerCreditNote, QT_TRANSLATE_NOOP("skranke::rights", "issue credit notes")},
    Known{DunningRun, QT_TRANSLATE_NOOP("skranke::rights", "run reminders")},
    Known{OrdersCapture, QT_TRANSLATE_NOOP("skranke::rights", "capture online payments")},
    Known{OrdersRefund, QT_TRANSLATE_NOOP("skranke::rights", "refund online payments")},
    Known{SettingsEdit, QT_TRANSLATE_NOOP("skranke::rights", "change settings")},
    Known{UsersManage, QT_TRANSLATE_NOOP("skranke::rights", "manage staff users")},
    Known{DebtorsEdit, QT_TRANSLATE_NOOP("skranke::rights", "create and edit debtors")},
    Known{InvoicingInvoice, QT_TRANSLATE_NOOP("skranke::rights", "create and post invoices")},
    Known{AccountingManage,
          QT_TRANSLATE_NOOP("skranke::rights", "transfer to accounting and import payouts")},
};

}  // namespace

QStringList all() {
    QStringList out;
    for (const Known& k : known)
        out << QString::fromLatin1(k.name);
    return out;
}

bool isKnown(const QString& right) {
    return all().contains(right);
}

QString describe(const QString& right) {
    for (const Known& k : known)
        if (right == QLatin1String(k.name))
            return QCoreApplication::translate("skranke::rights", k.description);
    return right;
}

}  // namespace skranke::rights

namespace skranke {

QString roleDisplayName(const QString& builtInKey, const QString& storedName) {
    if (builtInKey == QLatin1String("owner"))
        return QCoreApplication::translate("skranke::Role", "Owner");
    if (builtInKey == QLatin1String("manager"))
        return QCoreApplication::translate("skranke::Role", "Manager");
    if (builtInKey == QLatin1String("front_desk"))
        return QCoreApplication::translate("skranke::Role", "Front desk");
    return storedName;
}

}  // namespace skranke
