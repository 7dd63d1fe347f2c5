#pragma once

#include "core/money/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <cstdint>
#include <vector>

namespace skranke {

class Database;

// One payment method in the period. Keys: the till's tenders (cash, card,
// value_card, invoice), the order payment types (mobilepay, vipps, swish,
// bank_transfer, …), whatever debtor payments were registered as, and
// BalanceReport::UnmatchedMethod for payout money that settles nothing known.
struct BalanceMethodRow {
    QString method;
    QString label;
    // Received by this method: till tenders net of returns, debtor payments
    // (till payments by their tender), order captures − refunds.
    Money paid;
    Money paidOut;  // payout transactions matched to payments of this method
    Money fees;     // the acquirer's fees on those (other fees: the unmatched row)
    // paid − paid out, only where an acquirer pays the money out (card,
    // mobilepay, vipps, swish); otherwise 0 and acquirerPaid is false.
    Money notPaidOut;
    bool acquirerPaid = false;
    // false for tenders that bring no money at the time (on invoice: a
    // receivable; value card: paid when the card was sold). Their paid is
    // shown on the row but left out of BalanceReport::paid.
    bool money = true;
    Money vouchered;    // Σ vouchers with this method, dated in the period
    Money transferred;  // of those, transferred
};

struct BalanceItem {
    std::int64_t id = 0;  // the row's id in its own table
    QString ref;          // as people name it: "Order WEB-1001", "Voucher 17"
    QDate date;
    Money amount;
    QString text;
};

enum class BalanceDifferenceKind {
    OrdersWithoutPayment,   // online orders awaiting or failed, not paid by hand, not invoiced
    PaymentsWithoutOrder,   // debtor payments in the period still (partly) open
    UnmatchedPayouts,       // payout transactions matched to nothing
    VouchersNotTransferred  // pending, queued or failed vouchers
};

// A named difference: its items (at most the limit given to make(), oldest
// first), and the count and sum of all of them.
struct BalanceDifference {
    BalanceDifferenceKind kind = BalanceDifferenceKind::OrdersWithoutPayment;
    QString title;
    QString explanation;
    std::vector<BalanceItem> items;
    std::int64_t count = 0;
    Money sum;
};

// Sold vs paid vs paid out vs transferred per payment method for a period
// (dates in the company's time zone), with every difference named. Amounts
// in the company's currency; documents in other currencies are left out.
struct BalanceReport {
    Q_DECLARE_TR_FUNCTIONS(skranke::BalanceReport)
public:
    static constexpr char UnmatchedMethod[] = "unmatched_payout";

    QDate from;
    QDate to;
    QString companyName;
    QString currency;
    std::vector<BalanceMethodRow> rows;  // in a fixed method order, then by key

    // Posted sales documents: invoices − credit notes (not those a till
    // receipt became), till receipts incl. returns, order captures − refunds
    // of orders not invoiced.
    Money sold;
    Money soldInvoices;
    Money soldReceipts;
    Money soldOrders;
    Money paid;  // Σ paid of the rows that are money
    Money paidOut;
    Money fees;
    Money vouchered;    // every voucher dated in the period, with a method or not
    Money transferred;  // of those, transferred

    std::vector<BalanceDifference> differences;  // in BalanceDifferenceKind order

    // Reads the tables directly, aggregated in SQL. Throws Error::invalid
    // ("from"/"to") for a missing or reversed period. itemLimit caps each
    // difference's item list (count and sum always cover all).
    static BalanceReport make(Database& db, const QDate& from, const QDate& to,
                              int itemLimit = 1000);

    static QString methodLabel(const QString& method);
    // Card, MobilePay, Vipps, Swish: methods an acquirer pays out.
    static bool acquirerPays(const QString& method);
    const BalanceDifference& difference(BalanceDifferenceKind kind) const;
    const BalanceMethodRow* row(const QString& method) const;  // nullptr if none
};

}  // namespace skranke
