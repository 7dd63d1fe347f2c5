#pragma once

#include "core/accounting/voucherbuilder.h"

#include <vector>

namespace skranke {

// Where a source puts the vouchers it makes.
class VoucherSink {
public:
    virtual void add(MadeVoucher&& made) = 0;

protected:
    ~VoucherSink() = default;
};

// Each makes the vouchers of one kind of posted event that has none yet.
// The two big ones, invoices and postings, make them in the order they are
// numbered in (EventKey, voucherorder.h), so that a run can write the first
// vouchers while they still read.
namespace VoucherSources {
void invoices(const VoucherContext& ctx, VoucherSink& out);
void postings(const VoucherContext& ctx, VoucherSink& out);
void receipts(const VoucherContext& ctx, VoucherSink& out);
void cashMovements(const VoucherContext& ctx, VoucherSink& out);
void zDifferences(const VoucherContext& ctx, VoucherSink& out);
void orderPayments(const VoucherContext& ctx, VoucherSink& out);
void payouts(const VoucherContext& ctx, VoucherSink& out);

// An online order's lines as sale parts (the product group found by item number).
std::vector<SalePart> orderParts(const VoucherContext& ctx, std::int64_t orderId);
}  // namespace VoucherSources

}  // namespace skranke
