#include "core/ledger/settlementengine.h"

#include "core/auth/session.h"
#include "core/ledger/ledgerwriter.h"
#include "core/store/database.h"

#include <algorithm>

namespace skranke {

namespace {

constexpr const char* openOrder =
    "SELECT o.posting_id, o.open_minor FROM posting_open o JOIN posting p ON p.id = o.posting_id "
    "WHERE o.debtor_id = ?1 AND o.open_minor <> 0 AND (o.open_minor > 0) = ?2 "
    "ORDER BY o.due_date, ifnull(p.doc_number, 0), o.posting_id";

}  // namespace

std::vector<SettlementEngine::Open> SettlementEngine::open(Database& db, std::int64_t debtor,
                                                           bool debits) {
    auto st = db.prepare(openOrder);
    st.bindAll(debtor, debits);
    std::vector<SettlementEngine::Open> out;
    while (st.step())
        out.push_back({st.int64(0), st.int64(1)});
    return out;
}

void SettlementEngine::apply(const Session& s, const std::vector<Pair>& pairs, const QDate& date) {
    for (const auto& p : pairs)
        LedgerWriter::settle(s, p.debitPostingId, p.creditPostingId, p.minor, date);
}

std::vector<SettlementEngine::Pair> SettlementEngine::planEqual(const std::vector<Open>& debits,
                                                                const std::vector<Open>& credits) {
    std::vector<Pair> out;
    std::vector<bool> used(debits.size(), false);
    for (const Open& c : credits)
        for (std::size_t d = 0; d < debits.size(); ++d)
            if (!used[d] && debits[d].minor == -c.minor) {
                used[d] = true;
                out.push_back({debits[d].postingId, c.postingId, debits[d].minor});
                break;
            }
    return out;
}

std::vector<SettlementEngine::Pair> SettlementEngine::plan(const std::vector<Open>& debits,
                                                           const std::vector<Open>& credits) {
    std::vector<Pair> out;
    std::size_t d = 0;
    std::int64_t debitLeft = debits.empty() ? 0 : debits[0].minor;
    for (const Open& c : credits) {
        std::int64_t creditLeft = -c.minor;
        while (creditLeft > 0 && d < debits.size()) {
            const std::int64_t take = std::min(creditLeft, debitLeft);
            if (take > 0)
                out.push_back({debits[d].postingId, c.postingId, take});
            creditLeft -= take;
            debitLeft -= take;
            if (debitLeft == 0 && ++d < debits.size())
                debitLeft = debits[d].minor;
        }
        if (d >= debits.size())
            break;
    }
    return out;
}

std::vector<SettlementEngine::Pair> SettlementEngine::autoSettle(const Session& session,
                                                                 std::int64_t debtorId,
                                                                 const QDate& date) {
    const auto pairs =
        plan(open(session.db(), debtorId, true), open(session.db(), debtorId, false));
    apply(session, pairs, date);
    return pairs;
}

std::vector<SettlementEngine::Pair> SettlementEngine::settleCredit(const Session& session,
                                                                   std::int64_t creditId,
                                                                   const QDate& date) {
    auto st = session.db().prepare(
        "SELECT debtor_id, open_minor FROM posting_open WHERE posting_id = ?1");
    st.bind(1, creditId);
    if (!st.step() || st.int64(1) >= 0)
        return {};
    const std::int64_t debtor = st.int64(0);
    const auto pairs = plan(open(session.db(), debtor, true), {{creditId, st.int64(1)}});
    apply(session, pairs, date);
    return pairs;
}

}  // namespace skranke
