#pragma once

#include "core/accounting/voucherbuilder.h"

#include <vector>

namespace skranke {

// Each collects the vouchers of one kind of posted event that has none yet.
namespace VoucherSources {
void invoices(const VoucherContext& ctx, std::vector<MadeVoucher>& out);
void postings(const VoucherContext& ctx, std::vector<MadeVoucher>& out);
void receipts(const VoucherContext& ctx, std::vector<MadeVoucher>& out);
void cashMovements(const VoucherContext& ctx, std::vector<MadeVoucher>& out);
void zDifferences(const VoucherContext& ctx, std::vector<MadeVoucher>& out);
void orderPayments(const VoucherContext& ctx, std::vector<MadeVoucher>& out);
void payouts(const VoucherContext& ctx, std::vector<MadeVoucher>& out);

// An online order's lines as sale parts (the product group found by item number).
std::vector<SalePart> orderParts(const VoucherContext& ctx, std::int64_t orderId);
}  // namespace VoucherSources

}  // namespace skranke
