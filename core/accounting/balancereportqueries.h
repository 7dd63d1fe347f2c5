#pragma once

#include "core/accounting/balancereport.h"

#include <QString>
#include <cstdint>
#include <map>

namespace skranke {

class Database;

// The balance report's SQL, one aggregate query per source; used by
// BalanceReport::make() only.
namespace balancequeries {

// The period, as each table stores it.
struct Period {
    QString from;  // ISO dates, inclusive
    QString to;
    std::int64_t firstMs = 0;  // [firstMs, endMs): the local days in UTC ms
    std::int64_t endMs = 0;
    QString currency;
    QString timeZone;
};

// Per raw method text as stored (normalised by the caller).
struct MethodSums {
    std::int64_t paid = 0;
    std::int64_t paidOut = 0;
    std::int64_t fees = 0;
    std::int64_t vouchered = 0;
    std::int64_t transferred = 0;
};
using MethodMap = std::map<QString, MethodSums>;

void tillTenders(Database& db, const Period& p, MethodMap& out);
void debtorPayments(Database& db, const Period& p, MethodMap& out);
// Adds captures − refunds by payment type; returns the part of orders not invoiced.
std::int64_t orderPayments(Database& db, const Period& p, MethodMap& out);
// Matched lines under their method; unmatched lines and other fees under "".
void payouts(Database& db, const Period& p, MethodMap& out);
// Returns {all vouchers, transferred ones} in the period; adds those with a method.
std::pair<std::int64_t, std::int64_t> vouchers(Database& db, const Period& p, MethodMap& out);

std::int64_t soldInvoices(Database& db, const Period& p);
std::int64_t soldReceipts(Database& db, const Period& p);

BalanceDifference ordersWithoutPayment(Database& db, const Period& p, int limit);
BalanceDifference paymentsWithoutOrder(Database& db, const Period& p, int limit);
BalanceDifference unmatchedPayouts(Database& db, const Period& p, int limit);
BalanceDifference vouchersNotTransferred(Database& db, const Period& p, int limit);

}  // namespace balancequeries
}  // namespace skranke
