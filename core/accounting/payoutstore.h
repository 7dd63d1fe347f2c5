#pragma once

#include "core/accounting/payout.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace skranke {

class Database;

// A transaction of a payout that is not (yet) matched to a payment.
struct UnmatchedPayoutLine {
    std::int64_t payoutId = 0;
    QString payoutReference;
    QDate payoutDate;
    QString acquirer;
    PayoutLine line;
};

// Reads payouts. Writing is PayoutImport's.
class PayoutStore final {
    Q_DECLARE_TR_FUNCTIONS(skranke::PayoutStore)
public:
    // Payouts dated from..to (inclusive; an invalid date is open), newest
    // first, without lines, with their transaction and unmatched counts.
    // text: in the payout id, the acquirer, or a line's reference.
    static std::vector<Payout> list(Database& db, const QDate& from, const QDate& to,
                                    const QString& text = {}, int limit = 500);
    // With lines and what each is matched to.
    static std::optional<Payout> load(Database& db, std::int64_t id);
    static Payout require(Database& db, std::int64_t id);  // NotFound
    static std::vector<UnmatchedPayoutLine> unmatchedLines(Database& db, const QDate& from,
                                                           const QDate& to);
    // "Order WEB-1001", "Receipt K1-118", "Till payment K1, Mette Holm"; empty
    // for kind "" or a record that is not there.
    static QString matchLabel(Database& db, const QString& matchKind, std::int64_t matchId);
    // The acquirers payouts were imported from, by name.
    static QStringList acquirers(Database& db);
    // The transfer state of the payout's voucher, in words; empty when the
    // payout has no voucher yet.
    static QString transferState(Database& db, std::int64_t payoutId);
};

}  // namespace skranke
