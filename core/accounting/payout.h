#pragma once

#include "core/money/money.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace skranke {

// What a payout line settles (payout_line.match_kind).
namespace PayoutMatch {
inline constexpr char None[] = "";
inline constexpr char Order[] = "order";               // match_id = web_order.id
inline constexpr char Receipt[] = "receipt";           // match_id = receipt.id
inline constexpr char TillPayment[] = "till_payment";  // match_id = till_payment.id
}  // namespace PayoutMatch

// One row of the acquirer's settlement report, as reported. A transaction
// (kind "transaction") is a card payment (amount > 0) or a refund (amount <
// 0) with the acquirer's fee on it; a fee line (kind "fee") is another fee
// of the payout (amount 0, fee > 0, text says what).
struct PayoutLine {
    int lineNo = 0;  // 1, 2, … within the payout, in file order
    QString kind;    // "transaction" | "fee"
    QString reference;
    QDate txDate;  // invalid when the report gives none
    Money amount;
    Money fee;
    QString text;
    QString matchKind;  // PayoutMatch::…; empty while not matched
    std::int64_t matchId = 0;
    QString matchLabel;  // "Order WEB-1001", "Receipt K1-118"; PayoutStore::load fills it

    bool isTransaction() const { return kind == QLatin1String("transaction"); }
    bool matched() const { return !matchKind.isEmpty(); }
};

// One payout of the acquirer into the bank: gross = Σ transaction amounts,
// fee = Σ all fees, net = gross − fee (what reached the bank).
struct Payout {
    std::int64_t id = 0;
    QByteArray uid;
    QString acquirer;   // "nets"
    QString reference;  // the acquirer's payout id
    QDate date;
    QString currency;
    Money gross;
    Money fee;
    Money net;
    QString fileName;
    std::int64_t importedMs = 0;
    std::vector<PayoutLine> lines;  // empty in lists
    int transactionCount = 0;       // lines of kind "transaction"
    int unmatchedCount = 0;         // transactions not matched
};

struct PayoutImportReport {
    std::vector<Payout> imported;  // with lines, in file order
    QStringList alreadyImported;   // payout ids of the acquirer already here
    int unmatched = 0;             // transactions of the imported payouts not matched
};

}  // namespace skranke
