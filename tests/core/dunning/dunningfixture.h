#pragma once

#include "core/dunning/reminderrun.h"
#include "core/invoicing/invoiceservice.h"
#include "tests/core/receivables/receivablesfixture.h"

namespace skranke::test {

// A reminder run of `level` with a 100 kr fee and 0.8 % a month interest.
inline ReminderRun::Params params(int level, const QDate& toDate, const QDate& runDate) {
    ReminderRun::Params p;
    p.level = level;
    p.toDate = toDate;
    p.runDate = runDate;
    p.fee = dkk(10000);
    p.minBalance = dkk(0);
    p.minInterest = dkk(0);
    p.interestPerMonth = Rate::percent(QStringLiteral("0.8"));
    p.referenceRatePerYear = Rate::percent(QStringLiteral("2"));
    return p;
}

// An invoice due on `due` (net 14 days from its date).
inline Invoice invoiceDue(const Session& s, const Debtor& d, const QDate& due,
                          std::int64_t minor = 100000, bool feesAllowed = true) {
    InvoiceDraft draft = draftFor(d, {line("Hytte", 1000, minor)}, due.addDays(-14));
    draft.feesAllowed = feesAllowed;
    return InvoiceService::createAndPost(s, draft);
}

}  // namespace skranke::test
