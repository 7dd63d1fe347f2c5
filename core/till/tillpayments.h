#pragma once

#include "core/ledger/ledgerservice.h"
#include "core/till/till.h"

#include <QCoreApplication>
#include <vector>

namespace skranke {

class Database;
class Session;

// A debtor's payment as staff take it at the till.
struct TillPaymentInput {
    std::int64_t debtorId = 0;
    Money amount;
    TenderKind tender = TenderKind::Cash;  // cash or card
    QString reference;                     // the card terminal's reference
    // The invoices it settles; none: the oldest open ones first.
    std::vector<LedgerService::Allocation> allocations;
};

struct TillPayment {
    std::int64_t id = 0;
    QByteArray uid;
    QString tillRef;
    std::int64_t shiftId = 0;
    std::int64_t createdMs = 0;
    std::int64_t debtorId = 0;
    QString debtorName;
    TenderKind tender = TenderKind::Cash;
    Money amount;
    QString reference;
    Posting posting;  // the payment on the debtor's ledger
    Money remaining;  // what of it settled nothing and stands on the debtor
    // What it settled, as at the time it was taken: document and amount.
    struct Settled {
        QString kind;  // invoice, reminder_fee, interest, …
        std::int64_t docNumber = 0;
        Money amount;
    };
    std::vector<Settled> settled;
};

// Debtor payments taken at the till: a payment on the debtor's ledger
// (settling the chosen invoices, the rest left as a remaining amount) and
// the money in the till's drawer or card terminal, counted in the shift's
// X and Z reports. One transaction; journaled (SAF-T 13018).
class TillPayments final {
    Q_DECLARE_TR_FUNCTIONS(skranke::TillPayments)
public:
    // Needs till.sell and ledger.payment and an open shift. Cash must be a
    // whole number of the country's smallest coin. Throws Error::invalid
    // naming "debtor", "amount", "tender" or "invoice".
    static TillPayment take(const Session& session, const QString& tillRef,
                            const TillPaymentInput& input);
    static std::vector<TillPayment> ofShift(Database& db, std::int64_t shiftId);
    // Throws Error(NotFound) naming "payment".
    static TillPayment load(Database& db, std::int64_t id);
};

}  // namespace skranke
