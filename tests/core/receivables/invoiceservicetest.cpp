#include "core/invoicing/invoiceservice.h"
#include "core/invoicing/paymentreference.h"
#include "core/journal/journal.h"
#include "core/ledger/ledgerservice.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"
#include "tests/core/receivables/receivablesfixture.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

TEST_CASE("posting numbers invoices gaplessly and puts them on the ledger", "[invoicing]") {
    TestBusiness b;
    const Session s = b.owner();
    Settings::set(b.db(), QStringLiteral("invoicing.fik_creditor"), QStringLiteral("85274196"));
    const Debtor d = addDebtor(s);
    const Invoice first =
        InvoiceService::createAndPost(s, draftFor(d, {line("Hytte", 2000, 89500)}));
    const Invoice second =
        InvoiceService::createAndPost(s, draftFor(d, {line("Kano", 1000, 15000)}));
    CHECK(first.number == 1);
    CHECK(second.number == 2);
    CHECK(first.dueDate == QDate(2026, 3, 16));  // net 14 days
    CHECK(first.total.minor() == 179000);
    CHECK(PaymentReference::isValid(PaymentReferenceKind::Fik, first.paymentReference));
    CHECK(first.paymentReference.contains(QStringLiteral("+85274196<")));
    CHECK(LedgerService::balance(b.db(), d.id).outstanding.minor() == 194000);
}

TEST_CASE("a post that fails consumes no number", "[invoicing]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    InvoiceService::createAndPost(s, draftFor(d, {line("A", 1000, 10000)}));
    const Invoice draft = InvoiceService::createDraft(s, draftFor(d, {line("B", 1000, 10000)}));
    try {
        Transaction outer(b.db());
        InvoiceService::post(s, draft.id);
        throw Error(ErrorCode::Conflict, QStringLiteral("power cut"));
    } catch (const Error&) {
    }
    CHECK(InvoiceService::find(b.db(), draft.id)->status == Invoice::Status::Draft);
    const Invoice posted = InvoiceService::post(s, draft.id);
    CHECK(posted.number == 2);
}

TEST_CASE("a custom start continues a previous system's series, once", "[invoicing]") {
    TestBusiness b;
    const Session s = b.owner();
    InvoiceService::setSeriesStart(s, QStringLiteral("invoice"), 10500);
    CHECK_THROWS_AS(InvoiceService::setSeriesStart(s, QStringLiteral("invoice"), 20000), Error);
    const Debtor d = addDebtor(s);
    CHECK(InvoiceService::createAndPost(s, draftFor(d, {line("A", 1000, 100)})).number == 10500);
}

TEST_CASE("posted invoices are immutable in SQL", "[invoicing]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    const Invoice inv = InvoiceService::createAndPost(s, draftFor(d, {line("A", 1000, 10000)}));
    Database& db = b.db();
    CHECK_THROWS_AS(db.exec("UPDATE invoice SET total_minor = 1 WHERE number = 1"), Error);
    CHECK_THROWS_AS(db.exec("DELETE FROM invoice WHERE number = 1"), Error);
    CHECK_THROWS_AS(db.exec("UPDATE invoice_line SET unit_price_minor = 1"), Error);
    CHECK_THROWS_AS(db.exec("DELETE FROM invoice_line"), Error);
    CHECK_THROWS_AS(db.exec("UPDATE invoice_vat SET vat_minor = 0"), Error);
    CHECK_THROWS_AS(db.exec("UPDATE posting SET amount_minor = 1"), Error);
    CHECK_THROWS_AS(db.exec("DELETE FROM posting"), Error);
    CHECK(InvoiceService::find(db, inv.id)->total.minor() == 10000);
}

TEST_CASE("credit notes credit the whole invoice, lines or an amount — never more", "[invoicing]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    const Invoice inv = InvoiceService::createAndPost(
        s, draftFor(d, {line("Hytte", 3000, 89500), line("Overnatning", 1000, 11200, "0")}));

    CreditRequest byLine;
    byLine.lines = {{1, 1000}};
    const Invoice one = InvoiceService::creditNote(s, inv.number, byLine);
    CHECK(one.isCreditNote());
    CHECK(one.number == 1);
    CHECK(one.creditedNumber == inv.number);
    CHECK(one.total.minor() == 89500);

    CreditRequest tooMany;
    tooMany.lines = {{1, 3000}};
    CHECK_THROWS_AS(InvoiceService::creditNote(s, inv.number, tooMany), Error);

    CreditRequest amount;
    amount.amount = dkk(10000);
    const Invoice byAmount = InvoiceService::creditNote(s, inv.number, amount);
    CHECK(byAmount.total.minor() == 10000);

    CreditRequest over;
    over.amount = InvoiceService::uncredited(b.db(), inv) + dkk(1);
    CHECK_THROWS_AS(InvoiceService::creditNote(s, inv.number, over), Error);

    const Invoice rest = InvoiceService::creditNote(s, inv.number, {});
    CHECK(InvoiceService::uncredited(b.db(), inv).minor() <= 0);
    CHECK(rest.number == 3);
    CHECK_THROWS_AS(InvoiceService::creditNote(s, inv.number, {}), Error);
    CHECK(LedgerService::balance(b.db(), d.id).balance().minor() ==
          inv.total.minor() - one.total.minor() - byAmount.total.minor() - rest.total.minor());
}

TEST_CASE("bad invoice input names the field and writes nothing", "[invoicing]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    const auto invoices = countRows(b.db(), "invoice");
    const auto journal = Journal::count(b.db());
    auto fieldOf = [&](const InvoiceDraft& draft) {
        try {
            InvoiceService::createAndPost(s, draft);
        } catch (const Error& e) {
            return e.field();
        }
        return QString();
    };
    InvoiceDraft unknown = draftFor(d, {line("A", 1000, 100)});
    unknown.debtorId = 999;
    CHECK(fieldOf(unknown) == QStringLiteral("debtor"));
    CHECK(fieldOf(draftFor(d, {line("A", -1000, 100)})) == QStringLiteral("line 1"));
    CHECK(fieldOf(draftFor(d, {line("A", 1000, 100), line("", 1000, 100)})) ==
          QStringLiteral("line 2"));
    CHECK(fieldOf(draftFor(d, {line("A", 1000, 100, "15")})) == QStringLiteral("line 1"));
    CHECK(fieldOf(draftFor(d, {})) == QStringLiteral("lines"));
    CHECK(fieldOf(draftFor(d, {line("A", 1000, -100)})) == QStringLiteral("lines"));
    InvoiceDraft early = draftFor(d, {line("A", 1000, 100)});
    early.dueDate = early.date.addDays(-1);
    CHECK(fieldOf(early) == QStringLiteral("due"));
    CHECK(countRows(b.db(), "invoice") == invoices);
    CHECK(Journal::count(b.db()) == journal);
}

TEST_CASE("a front-desk user may invoice but not credit", "[invoicing]") {
    TestBusiness b;
    const Session desk = b.userWithRole(QStringLiteral("frida"), QStringLiteral("front_desk"));
    const Debtor d = addDebtor(desk);
    const Invoice inv = InvoiceService::createAndPost(desk, draftFor(d, {line("A", 1000, 100)}));
    try {
        InvoiceService::creditNote(desk, inv.number, {});
        FAIL("expected Forbidden");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Forbidden);
    }
}
