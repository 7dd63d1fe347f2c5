#pragma once

#include "core/accounting/payout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <vector>

// The card acquirer's settlement report: CSV in UTF-8 (a BOM is allowed),
// one header row, then one row per transaction or fee. The separator is ';'
// or ',', whichever the header uses. Fields may be quoted with '"' ('""' is
// a quote inside). Blank lines are skipped; columns not named here are
// ignored; the columns may come in any order.
//
//   payout_id         the acquirer's id of the payout; all rows with the same
//                     id make one payout (a file may hold several)
//   payout_date       yyyy-mm-dd, the day the payout reaches the bank
//   currency          ISO 4217, the company's currency
//   type              transaction | fee
//   reference         transaction: the card payment's reference (the
//                     gateway's transaction or capture id, or the card
//                     terminal's reference on the receipt); fee: optional
//   transaction_date  yyyy-mm-dd; required for a transaction, may be empty
//                     for a fee
//   amount            transaction: the amount paid (> 0) or refunded (< 0),
//                     "1234.50", a point, no grouping, at most the currency's
//                     decimals; fee: empty or 0
//   fee               the acquirer's fee, >= 0 (empty = 0); a fee row's fee
//                     must be > 0
//   text              free text (what a fee is for)
//
// Every row of one payout must agree on payout_date and currency.

namespace skranke {

// One thing wrong with the file: its line (1-based; 0 for the file as a
// whole) and the column at fault (empty for the row or the file).
struct PayoutCsvProblem {
    int line = 0;
    QString column;
    QString message;
};

// Either payouts (no problems) or problems (no payouts).
struct PayoutCsvParse {
    std::vector<Payout> payouts;  // with lines and totals; no id, uid or acquirer
    std::vector<PayoutCsvProblem> problems;
};

// Reads and checks a settlement report. Pure: no database.
class PayoutCsv final {
    Q_DECLARE_TR_FUNCTIONS(skranke::PayoutCsv)
public:
    // companyCurrency: the only currency accepted ("DKK"). Collects every
    // problem, not only the first.
    static PayoutCsvParse parse(const QByteArray& csv, const QString& companyCurrency);
    // One problem a line: "line 4, amount: …".
    static QString describe(const std::vector<PayoutCsvProblem>& problems);

    static QStringList columns();  // the required header, in the documented order
};

}  // namespace skranke
