#pragma once

#include <QString>
#include <QStringList>

namespace skranke::rights {

// Named rights a role grants. Commands check them through Session::require.
inline constexpr char TillSell[] = "till.sell";
inline constexpr char TillRefund[] = "till.refund";
inline constexpr char BookingEdit[] = "booking.edit";
inline constexpr char BookingCancel[] = "booking.cancel";
inline constexpr char BookingCancelDebited[] = "booking.cancel_debited";
inline constexpr char BookingOverbook[] = "booking.overbook";
inline constexpr char LedgerPayment[] = "ledger.payment";
inline constexpr char LedgerWriteOff[] = "ledger.write_off";
inline constexpr char LedgerCreditNote[] = "ledger.credit_note";
inline constexpr char DunningRun[] = "dunning.run";
inline constexpr char OrdersCapture[] = "orders.capture";
inline constexpr char OrdersRefund[] = "orders.refund";
inline constexpr char SettingsEdit[] = "settings.edit";
inline constexpr char UsersManage[] = "users.manage";
inline constexpr char DebtorsEdit[] = "debtors.edit";
inline constexpr char InvoicingInvoice[] = "invoicing.invoice";
inline constexpr char AccountingManage[] = "accounting.manage";

QStringList all();
bool isKnown(const QString& right);
// What the right allows, in the user's language ("issue refunds at the till").
QString describe(const QString& right);

}  // namespace skranke::rights
