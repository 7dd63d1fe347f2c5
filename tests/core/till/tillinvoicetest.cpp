#include "core/journal/journal.h"
#include "core/ledger/ledgerservice.h"
#include "core/store/database.h"
#include "core/till/returnservice.h"
#include "core/till/saleservice.h"
#include "core/till/tillpayments.h"
#include "core/till/tillreport.h"
#include "core/till/tillservice.h"
#include "tests/core/till/tillfixture.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

const QString K1 = QStringLiteral("K1");

struct DebtorShop : Shop {
    Debtor debtor;
    DebtorShop() {
        debtor = addDebtor(owner);
        TillService::openShift(owner, K1, dkk(10000));
    }
    TenderInput onInvoice() { return TenderInput{TenderKind::Invoice, dkk(0), {}}; }
    SaleParty party() { return SaleParty{0, debtor.id, debtor.displayName()}; }
};

}  // namespace

TEST_CASE("a sale put on an invoice becomes a posted invoice on the debtor", "[till][invoice]") {
    DebtorShop shop;
    Database& db = shop.b.db();
    TenderInput t = shop.onInvoice();
    t.amount = dkk(8275);
    const Receipt r = SaleService::sell(
        shop.owner, K1, {shop.line(QStringLiteral("C1"), 2000), shop.line(QStringLiteral("C2"))},
        {t}, shop.party());
    REQUIRE(r.invoiceNumber > 0);
    CHECK(r.tenders[0].kind == TenderKind::Invoice);
    CHECK(r.tenders[0].reference == QString::number(r.invoiceNumber));
    const Invoice inv = InvoiceService::requireInvoice(db, r.invoiceNumber);
    CHECK(inv.status == Invoice::Status::Posted);
    CHECK(inv.debtorId == shop.debtor.id);
    CHECK(inv.total.minor() == 8275);
    CHECK(inv.lines.size() == 2);
    CHECK(inv.tillRef == K1);
    CHECK(LedgerService::balance(db, shop.debtor.id).outstanding.minor() == 8275);
    // The receipt remembers whom it was for and the invoice.
    const Receipt again = SaleService::load(db, K1, r.number);
    CHECK(again.party.debtorId == shop.debtor.id);
    CHECK(again.party.name == shop.debtor.displayName());
    CHECK(again.invoiceNumber == r.invoiceNumber);
    // No cash moved: the X report counts it under invoice.
    const TillReport x = TillReports::x(shop.owner, K1);
    CHECK(x.tenders.at(TenderKind::Invoice).minor() == 8275);
    CHECK(x.expectedCash.minor() == 10000);
    // It is credited, not returned at the till.
    CHECK(fieldOf([&] {
              ReturnService::returnLines(shop.owner, K1, r.number, {}, {card(8275)});
          }) == QStringLiteral("receipt"));
}

TEST_CASE("an invoice takes the whole sale, alone, for a chosen debtor", "[till][invoice]") {
    DebtorShop shop;
    Database& db = shop.b.db();
    const auto invoices = countRows(db, "invoice");
    const auto receipts = countRows(db, "receipt");
    TenderInput t = shop.onInvoice();
    t.amount = dkk(3200);
    CHECK(fieldOf([&] {
              SaleService::sell(shop.owner, K1, {shop.line(QStringLiteral("C1"))}, {t});
          }) == QStringLiteral("tender"));
    TenderInput half = t;
    half.amount = dkk(1600);
    CHECK(fieldOf([&] {
              SaleService::sell(shop.owner, K1, {shop.line(QStringLiteral("C1"))},
                                {half, cash(1600)}, shop.party());
          }) == QStringLiteral("tender"));
    CHECK(fieldOf([&] {
              SaleService::sell(shop.owner, K1, {shop.line(QStringLiteral("C1"))}, {half},
                                shop.party());
          }) == QStringLiteral("tender"));
    CHECK(countRows(db, "invoice") == invoices);
    CHECK(countRows(db, "receipt") == receipts);
}

TEST_CASE("a customer attached to a cash sale is kept on the receipt", "[till][invoice]") {
    DebtorShop shop;
    const Receipt r = SaleService::sell(shop.owner, K1, {shop.line(QStringLiteral("C1"))},
                                        {cash(3200)}, shop.party());
    CHECK(r.invoiceNumber == 0);
    CHECK(SaleService::load(shop.b.db(), K1, r.number).party.debtorId == shop.debtor.id);
}

TEST_CASE("a debtor pays at the till: the ledger is settled and the drawer counts it",
          "[till][payment]") {
    DebtorShop shop;
    Database& db = shop.b.db();
    const Invoice a = InvoiceService::createAndPost(
        shop.owner, draftFor(shop.debtor, {line("Hytte", 1000, 100000)}));
    const Invoice b = InvoiceService::createAndPost(
        shop.owner, draftFor(shop.debtor, {line("Kano", 1000, 40000)}));
    // 500.00 in cash for invoice b only: 400.00 settles it, 100.00 stands.
    TillPaymentInput in;
    in.debtorId = shop.debtor.id;
    in.amount = dkk(50000);
    in.allocations = {{b.number, dkk(40000)}};
    const TillPayment p = TillPayments::take(shop.owner, K1, in);
    CHECK(p.remaining.minor() == 10000);
    const DebtorBalance bal = LedgerService::balance(db, shop.debtor.id);
    CHECK(bal.outstanding.minor() == 100000);
    CHECK(bal.prepayment.minor() == 10000);
    const auto open = LedgerService::openInvoices(db, shop.debtor.id);
    REQUIRE(open.size() == 1);
    CHECK(open[0].docNumber == a.number);

    // By card, no allocation: the oldest first.
    in.amount = dkk(100000);
    in.tender = TenderKind::Card;
    in.reference = QStringLiteral("T-1");
    in.allocations.clear();
    TillPayments::take(shop.owner, K1, in);
    CHECK(LedgerService::balance(db, shop.debtor.id).outstanding.isZero());

    const TillReport x = TillReports::x(shop.owner, K1);
    CHECK(x.debtorPayments == 2);
    CHECK(x.debtorPaymentTenders.at(TenderKind::Cash).minor() == 50000);
    CHECK(x.debtorPaymentTenders.at(TenderKind::Card).minor() == 100000);
    CHECK(x.expectedCash.minor() == 60000);  // float 100 + 500 cash
    CHECK(TillPayments::ofShift(db, x.shift.id).size() == 2);
    CHECK(TillPayments::ofShift(db, x.shift.id)[0].debtorName == shop.debtor.displayName());
}

TEST_CASE("a debtor payment at the till is refused whole when wrong", "[till][payment]") {
    DebtorShop shop;
    Database& db = shop.b.db();
    const auto postings = countRows(db, "posting");
    const auto journal = Journal::count(db);
    TillPaymentInput in;
    in.debtorId = shop.debtor.id;
    in.amount = dkk(10025);  // not a whole 50 øre
    CHECK(fieldOf([&] { TillPayments::take(shop.owner, K1, in); }) == QStringLiteral("amount"));
    in.amount = dkk(0);
    CHECK(fieldOf([&] { TillPayments::take(shop.owner, K1, in); }) == QStringLiteral("amount"));
    in.amount = dkk(10000);
    in.debtorId = 999;
    CHECK(fieldOf([&] { TillPayments::take(shop.owner, K1, in); }) == QStringLiteral("debtor"));
    in.debtorId = shop.debtor.id;
    in.tender = TenderKind::ValueCard;
    CHECK(fieldOf([&] { TillPayments::take(shop.owner, K1, in); }) == QStringLiteral("tender"));
    CHECK(countRows(db, "posting") == postings);
    CHECK(countRows(db, "till_payment") == 0);
    CHECK(Journal::count(db) == journal);
    // Without an open shift nothing is taken either.
    in.tender = TenderKind::Cash;
    TillReports::z(shop.owner, K1, dkk(10000));
    CHECK_THROWS(TillPayments::take(shop.owner, K1, in));
    CHECK(countRows(db, "posting") == postings);
}

TEST_CASE("an invoice sale whose VAT rounds differently keeps the øre as rounding",
          "[till][invoice]") {
    DebtorShop shop;
    Database& db = shop.b.db();
    // 1.00 + 1.02 at 25 %: the receipt sums to 2.02; the invoice's nets 0.80
    // and 0.82 carry VAT 0.41, so the invoice comes to 2.03.
    SaleLineInput a = shop.line(QStringLiteral("C1"));
    SaleLineInput b = shop.line(QStringLiteral("C2"));
    a.unitPrice = dkk(100);
    b.unitPrice = dkk(102);
    const Receipt r = SaleService::sell(shop.owner, K1, {a, b}, {shop.onInvoice()}, shop.party());
    CHECK(r.total.minor() == 202);
    const Invoice inv = InvoiceService::requireInvoice(db, r.invoiceNumber);
    CHECK(inv.total.minor() == 203);
    CHECK(r.tenders[0].amount.minor() == 203);
    CHECK(r.rounding.minor() == 1);
    const Receipt again = SaleService::load(db, K1, r.number);
    CHECK(again.rounding.minor() == 1);
    CHECK(again.tenders[0].amount.minor() == 203);
    CHECK(LedgerService::balance(db, shop.debtor.id).outstanding.minor() == 203);
    // The Z report still adds up: tenders = sales + rounding.
    const TillReport x = TillReports::x(shop.owner, K1);
    CHECK(x.tenders.at(TenderKind::Invoice) == x.salesTotal + x.rounding);
}
