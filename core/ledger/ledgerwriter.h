#pragma once

#include "core/ledger/posting.h"

namespace skranke {

class Session;

// Writes postings and settlements and keeps the derived open amounts and
// debtor balances in step, inside the caller's transaction. Only the ledger
// and invoicing services call it.
class LedgerWriter final {
public:
    // Inserts the posting (its id and uid are filled in) with all of it open.
    static Posting add(const Session& session, Posting posting);
    // Settles `minor` (> 0) of a credit posting against a debit posting.
    static void settle(const Session& session, std::int64_t debitPostingId,
                       std::int64_t creditPostingId, std::int64_t minor, const QDate& date);
    // Reverses a settlement: marks it undone and reopens both sides.
    static void unsettle(const Session& session, std::int64_t settlementId);
    static std::int64_t openMinor(const Session& session, std::int64_t postingId);
};

}  // namespace skranke
