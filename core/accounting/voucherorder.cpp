#include "core/accounting/voucherorder.h"

#include <array>

namespace skranke {

namespace {

constexpr std::array kKinds{
    VoucherSource::Invoice,     VoucherSource::Receipt,      VoucherSource::OrderCapture,
    VoucherSource::ReminderFee, VoucherSource::Interest,     VoucherSource::Compensation,
    VoucherSource::Payment,     VoucherSource::CreditNote,   VoucherSource::OrderRefund,
    VoucherSource::WriteOff,    VoucherSource::CashMovement, VoucherSource::ZDifference,
    VoucherSource::Payout};

int kindOrder(const QString& kind) {
    for (std::size_t i = 0; i < kKinds.size(); ++i)
        if (kind == QLatin1String(kKinds[i]))
            return int(i);
    return int(kKinds.size());
}

}  // namespace

EventKey eventKeyOf(const MadeVoucher& made) {
    return {made.eventMs, kindOrder(made.voucher.sourceKind), made.voucher.sourceId};
}

std::string kindOrderSql(const char* column) {
    std::string sql = std::string("CASE ") + column;
    for (std::size_t i = 0; i < kKinds.size(); ++i)
        sql += std::string(" WHEN '") + kKinds[i] + "' THEN " + std::to_string(i);
    return sql + " ELSE " + std::to_string(kKinds.size()) + " END";
}

}  // namespace skranke
