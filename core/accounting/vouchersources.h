#pragma once

#include "core/accounting/voucherbuilder.h"

#include <deque>
#include <vector>

namespace skranke {

// The vouchers a run makes: a deque, so that a year of them (hundreds of
// thousands) grows without being moved and keeps their addresses for sorting.
using MadeVouchers = std::deque<MadeVoucher>;

// Each collects the vouchers of one kind of posted event that has none yet.
namespace VoucherSources {
void invoices(const VoucherContext& ctx, MadeVouchers& out);
void postings(const VoucherContext& ctx, MadeVouchers& out);
void receipts(const VoucherContext& ctx, MadeVouchers& out);
void cashMovements(const VoucherContext& ctx, MadeVouchers& out);
void zDifferences(const VoucherContext& ctx, MadeVouchers& out);
void orderPayments(const VoucherContext& ctx, MadeVouchers& out);
void payouts(const VoucherContext& ctx, MadeVouchers& out);

// An online order's lines as sale parts (the product group found by item number).
std::vector<SalePart> orderParts(const VoucherContext& ctx, std::int64_t orderId);
}  // namespace VoucherSources

}  // namespace skranke
