#pragma once

#include "core/accounting/voucherbuilder.h"

#include <compare>
#include <cstdint>
#include <string>

namespace skranke {

// The order vouchers are numbered in: when their events happened; at the
// same moment a document before what pays or settles it, then by source.
struct EventKey {
    std::int64_t eventMs = 0;
    int kind = 0;
    std::int64_t sourceId = 0;
    friend auto operator<=>(const EventKey&, const EventKey&) = default;
};

EventKey eventKeyOf(const MadeVoucher& made);

// The same order of kinds in SQL, for a column that holds source kinds
// (VoucherSource): a source that reads in event order sorts by its event
// time, then by this, then by its id.
std::string kindOrderSql(const char* column);

}  // namespace skranke
