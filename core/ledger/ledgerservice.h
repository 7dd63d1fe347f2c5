#pragma once

#include "core/ledger/posting.h"

#include <QCoreApplication>
#include <vector>

namespace skranke {

class Database;
class Session;

struct DebtorBalance {
    Money outstanding;  // open debits
    Money prepayment;   // open credits, as a positive amount
    Money balance() const { return outstanding - prepayment; }
};

// A row of a debtor's postings view: the posting and the balance after it.
struct PostingRow {
    Posting posting;
    Money runningBalance;
};

// Payments and write-offs, and the debtor's postings. A payment settles the
// debtor's oldest open debits; what is left stands as a prepayment.
class LedgerService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::LedgerService)
public:
    // What a payment should settle when the payer says which invoices it is for.
    struct Allocation {
        std::int64_t invoiceNumber = 0;
        Money amount;
    };

    // What a payment does with the amount no allocation takes.
    enum class Rest {
        SettleOldest,  // settle the debtor's oldest open debits with it
        StayOpen,      // leave it open on the debtor as a remaining amount
    };
    // With no allocations the payment settles the oldest open debits, unless
    // `rest` keeps it open; with allocations it settles exactly those and the
    // rest stays open on the debtor as a remaining amount.
    static Posting registerPayment(const Session& session, std::int64_t debtorId,
                                   const Money& amount, const QDate& date,
                                   const QString& paymentType, const QString& reference,
                                   const std::vector<Allocation>& allocations,
                                   Rest rest = Rest::SettleOldest);
    static Posting registerPayment(const Session& session, std::int64_t debtorId,
                                   const Money& amount, const QDate& date,
                                   const QString& paymentType, const QString& reference);
    // Money paid back to the debtor out of credits they have open (an
    // overpayment, a credit note): a debit posting of kind payment with the
    // type given ("refund", "transfer"), settled against those credits in
    // order. Refused when they have less open than the amount.
    static Posting payBack(const Session& session, std::int64_t debtorId, const Money& amount,
                           const QDate& date, const QString& paymentType, const QString& reference,
                           const std::vector<std::int64_t>& creditIds);
    static Posting writeOff(const Session& session, std::int64_t debtorId, const Money& amount,
                            const QDate& date, const QString& reason);

    static DebtorBalance balance(Database& db, std::int64_t debtorId);
    // The debtor's invoices with something open, oldest due first.
    static std::vector<Posting> openInvoices(Database& db, std::int64_t debtorId);
    // Oldest first, with the running balance.
    static std::vector<PostingRow> postings(Database& db, std::int64_t debtorId);
    static Posting posting(Database& db, std::int64_t postingId);
};

}  // namespace skranke
