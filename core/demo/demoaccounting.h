#pragma once

#include <QDate>

namespace skranke {

class Session;

// Accounting in the demo: the country's chart and mapping, two card payouts
// of the last week (one transaction the acquirer settled that Skranke does
// not know), a debtor payment by a method without an account (so the Failed
// page has something to show), automatic transfer to the built-in test
// accounting program from the first of this month, and that month sent
// (makeVouchers false: no voucher is made or sent yet).
class DemoAccounting final {
public:
    static void build(const Session& owner, const QDate& today, bool makeVouchers = true);
};

}  // namespace skranke
