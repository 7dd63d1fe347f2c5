#pragma once

#include <QDate>
#include <cstdint>
#include <vector>

namespace skranke {

class Database;
class Session;

// Matches open credits against open debits of one debtor, oldest first:
// debits by due date, then document number, then entry; credits likewise.
// Never settles more than either side has open.
class SettlementEngine final {
public:
    struct Pair {
        std::int64_t debitPostingId;
        std::int64_t creditPostingId;
        std::int64_t minor;
    };

    // Plans (without writing) the oldest-first pairs for open amounts given
    // oldest first: debits positive, credits negative.
    struct Open {
        std::int64_t postingId;
        std::int64_t minor;
    };
    static std::vector<Pair> plan(const std::vector<Open>& debits,
                                  const std::vector<Open>& credits);
    // Only pairs whose open amounts are exactly alike, oldest first.
    static std::vector<Pair> planEqual(const std::vector<Open>& debits,
                                       const std::vector<Open>& credits);
    // A debtor's open debits (or credits), oldest first.
    static std::vector<Open> open(Database& db, std::int64_t debtorId, bool debits);
    static void apply(const Session& session, const std::vector<Pair>& pairs, const QDate& date);

    // Settles everything that can be settled for the debtor; returns the pairs.
    static std::vector<Pair> autoSettle(const Session& session, std::int64_t debtorId,
                                        const QDate& date);
    // Settles one credit posting against the debtor's oldest open debits.
    static std::vector<Pair> settleCredit(const Session& session, std::int64_t creditPostingId,
                                          const QDate& date);
};

}  // namespace skranke
