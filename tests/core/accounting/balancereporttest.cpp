#include "core/accounting/balancereport.h"
#include "core/store/error.h"
#include "tests/core/accounting/balancefixture.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

const QDate March1(2026, 3, 1);
const QDate March31(2026, 3, 31);

QStringList refs(const BalanceDifference& d) {
    QStringList out;
    for (const BalanceItem& item : d.items)
        out << item.ref;
    return out;
}

}  // namespace

TEST_CASE("balance report: paid, paid out and transferred per payment method", "[balance]") {
    BalanceBusiness biz;
    const BalanceReport r = BalanceReport::make(biz.b.db(), March1, March31);
    CHECK(r.currency == QStringLiteral("DKK"));

    QStringList methods;
    for (const BalanceMethodRow& row : r.rows)
        methods << row.method;
    CHECK(methods.join(u',') ==
          QStringLiteral("cash,card,invoice,mobilepay,bank_transfer,unmatched_payout"));

    // Cash: the sale's 18.75 rounded to 19.00; February's 32.00 is not in March.
    const BalanceMethodRow* cash = r.row(QStringLiteral("cash"));
    REQUIRE(cash);
    CHECK(cash->paid == dkk(1900));
    CHECK(cash->paidOut == dkk(0));
    CHECK_FALSE(cash->acquirerPaid);
    CHECK(cash->vouchered == dkk(1900));
    CHECK(cash->transferred == dkk(0));

    // Card: the till sale, the debtor's card payment at the till (its
    // posting says "Card" in words) and the captured order.
    const BalanceMethodRow* card = r.row(QStringLiteral("card"));
    REQUIRE(card);
    CHECK(card->paid == dkk(3200 + 15000 + 50000));
    CHECK(card->paidOut == dkk(3200 + 50000));
    CHECK(card->fees == dkk(40 + 500));
    CHECK(card->acquirerPaid);
    CHECK(card->notPaidOut == dkk(15000));
    CHECK(card->vouchered == dkk(3200));
    CHECK(card->transferred == dkk(3200));

    // On invoice: shown, but a receivable, not money.
    const BalanceMethodRow* onInvoice = r.row(QStringLiteral("invoice"));
    REQUIRE(onInvoice);
    CHECK(onInvoice->paid == dkk(3200));
    CHECK_FALSE(onInvoice->money);

    // Typed "MobilePay" and "Bank transfer" come to their method.
    const BalanceMethodRow* mobile = r.row(QStringLiteral("mobilepay"));
    REQUIRE(mobile);
    CHECK(mobile->label == QStringLiteral("MobilePay"));
    CHECK(mobile->paid == dkk(30000));
    CHECK(mobile->notPaidOut == dkk(30000));
    CHECK(mobile->vouchered == dkk(30000));
    CHECK(mobile->transferred == dkk(0));
    const BalanceMethodRow* bank = r.row(QStringLiteral("bank_transfer"));
    REQUIRE(bank);
    CHECK(bank->paid == dkk(85000));
    CHECK_FALSE(bank->acquirerPaid);
    CHECK(bank->notPaidOut == dkk(0));

    // The payout's unmatched transaction and its other fee keep their own row.
    const BalanceMethodRow* unmatched = r.row(QStringLiteral("unmatched_payout"));
    REQUIRE(unmatched);
    CHECK(unmatched->paid == dkk(0));
    CHECK(unmatched->paidOut == dkk(12345));
    CHECK(unmatched->fees == dkk(100 + 200));

    CHECK(r.paid == dkk(1900 + 68200 + 30000 + 85000));
    CHECK(r.paidOut == dkk(3200 + 50000 + 12345));
    CHECK(r.fees == dkk(840));
    CHECK(r.vouchered == dkk(1900 + 3200 + 30000));
    CHECK(r.transferred == dkk(3200));
}

TEST_CASE("balance report: sold counts each sale once", "[balance]") {
    BalanceBusiness biz;
    const BalanceReport r = BalanceReport::make(biz.b.db(), March1, March31);
    // The invoice the on-invoice till sale became is sold on its receipt.
    CHECK(r.soldInvoices == dkk(100000));
    CHECK(r.soldReceipts == dkk(3200 + 1875 + 3200));
    CHECK(r.soldOrders == dkk(50000));
    CHECK(r.sold == dkk(100000 + 8275 + 50000));

    // Once the captured order is invoiced, its sale is the invoice's, and
    // the payment the invoice registered is not the order's money twice.
    biz.b.clock().set(BalanceBusiness::at(3, 12));
    const Invoice inv = OrderService::createInvoice(biz.owner, biz.web1, biz.hansenId);
    const BalanceReport after = BalanceReport::make(biz.b.db(), March1, March31);
    CHECK(after.soldOrders == dkk(0));
    CHECK(after.soldInvoices == dkk(100000) + inv.total);
    CHECK(after.row(QStringLiteral("card"))->paid == dkk(68200));
}

TEST_CASE("balance report: every difference is named with its items and sum", "[balance]") {
    BalanceBusiness biz;
    const BalanceReport r = BalanceReport::make(biz.b.db(), March1, March31);
    REQUIRE(r.differences.size() == 4);

    const BalanceDifference& orders = r.difference(BalanceDifferenceKind::OrdersWithoutPayment);
    CHECK(orders.title == QStringLiteral("Orders without a payment"));
    // WEB-3 is cancelled, WEB-1 captured, WEB-0 in February.
    CHECK(refs(orders).join(u',') == QStringLiteral("Order WEB-2"));
    CHECK(orders.count == 1);
    CHECK(orders.sum == dkk(20000));
    CHECK(orders.items[0].date == QDate(2026, 3, 1));
    CHECK(orders.items[0].text.contains(QStringLiteral("awaiting")));

    const BalanceDifference& payments = r.difference(BalanceDifferenceKind::PaymentsWithoutOrder);
    CHECK(payments.title == QStringLiteral("Payments without an order"));
    REQUIRE(payments.items.size() == 1);
    CHECK(payments.items[0].text.startsWith(QStringLiteral("Holm Cykler")));
    CHECK(payments.items[0].date == QDate(2026, 3, 6));
    CHECK(payments.sum == dkk(30000));

    const BalanceDifference& payouts = r.difference(BalanceDifferenceKind::UnmatchedPayouts);
    CHECK(refs(payouts).join(u',') == QStringLiteral("Payout P-1, line 3"));
    CHECK(payouts.items[0].text.contains(QStringLiteral("X-99")));
    CHECK(payouts.sum == dkk(12345));

    const BalanceDifference& vouchers = r.difference(BalanceDifferenceKind::VouchersNotTransferred);
    CHECK(vouchers.count == 2);
    CHECK(vouchers.sum == dkk(1900 + 30000));
    REQUIRE(vouchers.items.size() == 2);
    CHECK(vouchers.items[0].text.contains(QStringLiteral("pending")));
    CHECK(vouchers.items[1].text.contains(QStringLiteral("failed: Account missing")));
}

TEST_CASE("balance report: the period decides, and a capped list still counts all", "[balance]") {
    BalanceBusiness biz;
    const BalanceReport feb =
        BalanceReport::make(biz.b.db(), QDate(2026, 2, 1), QDate(2026, 2, 28), 0);
    CHECK(feb.row(QStringLiteral("cash"))->paid == dkk(3200));
    CHECK(feb.row(QStringLiteral("card")) == nullptr);
    CHECK(feb.soldInvoices == dkk(40000));
    CHECK(feb.soldReceipts == dkk(3200));
    CHECK(feb.vouchered == dkk(5000));
    const BalanceDifference& orders = feb.difference(BalanceDifferenceKind::OrdersWithoutPayment);
    CHECK(orders.items.empty());  // limit 0
    CHECK(orders.count == 1);
    CHECK(orders.sum == dkk(9900));
    CHECK(feb.difference(BalanceDifferenceKind::UnmatchedPayouts).sum == dkk(7700));

    // One day: only what happened on 2 March.
    const BalanceReport day = BalanceReport::make(biz.b.db(), QDate(2026, 3, 2), QDate(2026, 3, 2));
    CHECK(day.row(QStringLiteral("bank_transfer")) == nullptr);
    CHECK(day.row(QStringLiteral("cash"))->paid == dkk(1900));
    CHECK(day.difference(BalanceDifferenceKind::OrdersWithoutPayment).count == 0);

    CHECK_THROWS_AS(BalanceReport::make(biz.b.db(), March31, March1), Error);
    CHECK_THROWS_AS(BalanceReport::make(biz.b.db(), QDate(), March1), Error);
}

TEST_CASE("balance report: a booking's bank payment and a typed bank transfer are one method",
          "[balance]") {
    BalanceBusiness biz;
    // Bookings and the ledger's own dialogs register a bank transfer as "bank".
    LedgerService::registerPayment(biz.owner, biz.hansenId, dkk(10000), QDate(2026, 3, 20),
                                   QStringLiteral("bank"), QStringLiteral("FIK 2"));
    const BalanceReport r = BalanceReport::make(biz.b.db(), March1, March31);
    CHECK_FALSE(r.row(QStringLiteral("bank")));
    const BalanceMethodRow* bank = r.row(QStringLiteral("bank_transfer"));
    REQUIRE(bank);
    CHECK(bank->label == QStringLiteral("Bank transfer"));
    CHECK(bank->paid == dkk(85000 + 10000));
    // The voucher lists and the voucher dialog name it the same way.
    CHECK(BalanceReport::methodLabel(QStringLiteral("bank")) == QStringLiteral("Bank transfer"));
}
