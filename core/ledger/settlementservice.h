#pragma once

#include "core/money/money.h"

#include <QCoreApplication>
#include <QDate>
#include <vector>

namespace skranke {

class Database;
class Session;

// Settling by hand and in bulk, and undoing it. The oldest-first matching
// itself is SettlementEngine's.
class SettlementService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::SettlementService)
public:
    struct Filter {
        std::int64_t debtorFrom = 0;    // 0: from the first
        std::int64_t debtorTo = 0;      // 0: to the last
        bool onlyBalanceZero = false;   // debtors whose credits cover their debits exactly
        bool onlyEqualAmounts = false;  // only a credit and a debit that are exactly alike
    };
    struct Candidate {
        std::int64_t debtorId = 0;
        QString name;
        Money outstanding;
        Money prepayment;
        Money settleable;  // what automatic settlement would settle now
    };
    struct Result {
        std::int64_t debtorId = 0;
        int pairs = 0;
        Money settled;
    };

    // Debtors with both open debits and open credits, in ID order.
    static std::vector<Candidate> candidates(Database& db, const Filter& filter);
    // Settles the given debtors (all candidates when empty); dryRun writes nothing.
    static std::vector<Result> settleAuto(const Session& session, const Filter& filter,
                                          const std::vector<std::int64_t>& debtorIds, bool dryRun,
                                          const QDate& date);
    // This credit (payment, credit note, write-off) against this invoice.
    static std::int64_t match(const Session& session, std::int64_t creditPostingId,
                              std::int64_t invoiceNumber, const Money& amount, const QDate& date);
    static void undo(const Session& session, std::int64_t settlementId);
};

}  // namespace skranke
