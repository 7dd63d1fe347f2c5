#include "core/company/companyservice.h"
#include "core/invoicing/invoiceservice.h"
#include "core/invoicing/invoicingsettings.h"
#include "core/store/error.h"
#include "tests/core/receivables/receivablesfixture.h"
#include "tests/support/pdftext.h"
#include "ui/documents/invoicedocument.h"

#include <QDir>
#include <QImage>
#include <QPainter>

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

TEST_CASE("the invoice PDF holds number, totals, VAT, EAN and the FIK reference", "[documents]") {
    TestBusiness b;
    const Session s = b.owner();
    InvoicingSettings::setFikCreditor(s, QStringLiteral("85274196"));
    CompanyProfile c = CompanyService::require(b.db());
    c.orgNumber = QStringLiteral("10150817");
    c.vatNumber = QStringLiteral("DK10150817");
    c.phone = QStringLiteral("+45 98 44 12 34");
    c.bankAccount = QStringLiteral("0400 4401162436");
    c.iban = QStringLiteral("DK5000400440116243");
    c.bic = QStringLiteral("NDEADKKK");
    CompanyService::save(s, c);
    Debtor d = addDebtor(s);
    d.gln = QStringLiteral("5790000000005");
    d.language = QStringLiteral("en");
    DebtorService::edit(s, d);
    InvoiceDraft draft =
        draftFor(d, {line("Cabin", 3000, 89500), line("Cleaning", 1000, 40000),
                     line("Canoe", 2500, 15000, "25", "10"), line("Gift card", 1000, 50000, "0")});
    draft.message = QStringLiteral(
        "Thank you for your stay. Please state the invoice number with your payment; questions "
        "about this invoice go to the front desk, which is open every day from eight to eight.");
    const Invoice inv = InvoiceService::createAndPost(s, draft);
    TempDir dir;
    const QString path = dir.path("invoice.pdf");
    InvoiceDocument::writePdf(InvoiceDocument::load(b.db(), inv.id), path);
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("INVOICE")));
    CHECK(text.contains(QStringLiteral("Invoice no.")));
    CHECK(text.contains(QStringLiteral("3,922.50")));  // total in en-GB
    CHECK(text.contains(QStringLiteral("684.50")));    // VAT 25 %
    CHECK(text.contains(QStringLiteral("5790000000005")));
    CHECK(text.contains(inv.paymentReference));
    CHECK(inv.paymentReference.startsWith(QStringLiteral("+71<")));
    CHECK(text.contains(QStringLiteral("+71<")));
    CHECK(text.contains(QStringLiteral("DK5000400440116243")));
    CHECK(text.contains(QStringLiteral("NDEADKKK")));
    CHECK(text.contains(QStringLiteral("VAT no. DK10150817")));
    CHECK(text.contains(QStringLiteral("16/03/2026")));  // due date
    // A long message wraps instead of running off the page, where it is lost.
    CHECK(text.contains(QStringLiteral("from eight to eight.")));
    CHECK(pdfPages(path) == 1);
}

TEST_CASE("long invoices continue on more pages with the total on the last", "[documents]") {
    // 31 lines fill the first page exactly: the totals then take lines along.
    const int count = GENERATE(31, 60);
    TestBusiness b;
    const Session s = b.owner();
    Debtor d = addDebtor(s);
    d.language = QStringLiteral("en");
    DebtorService::edit(s, d);
    std::vector<InvoiceLineInput> lines;
    for (int i = 0; i < count; ++i)
        lines.push_back(line("Night", 1000, 10000));
    const Invoice inv = InvoiceService::createAndPost(s, draftFor(d, lines));
    TempDir dir;
    const QString path = dir.path("long.pdf");
    InvoiceDocument::writePdf(InvoiceDocument::load(b.db(), inv.id), path);
    const int pages = pdfPages(path);
    CHECK(pages >= 2);
    const QStringList byPage = pdfText(path).split(QLatin1Char('\f'));
    REQUIRE(byPage.size() >= pages);
    const QString& last = byPage[pages - 1];
    INFO(last.toStdString());
    CHECK(last.contains(QStringLiteral("TOTAL DKK")));
    CHECK(last.contains(Money(count * 10000, inv.total.currency())
                            .format(QLocale(QLocale::English, QLocale::UnitedKingdom), true)));
    CHECK(last.contains(QStringLiteral("Night")));
    CHECK(last.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    CHECK(byPage[1].contains(QStringLiteral("Description")));  // the header again
    CHECK(byPage[0].contains(QStringLiteral("Page 1 of %1").arg(pages)));
    CHECK_FALSE(byPage[0].contains(QStringLiteral("TOTAL")));
}

TEST_CASE("a credit note PDF names the invoice it credits", "[documents]") {
    TestBusiness b;
    const Session s = b.owner();
    Debtor d = addDebtor(s);
    const Invoice inv = InvoiceService::createAndPost(s, draftFor(d, {line("Hytte", 1000, 89500)}));
    const Invoice note = InvoiceService::creditNote(s, inv.number, {});
    TempDir dir;

    // Without a language of their own, debtors read the company country's.
    const QString danish = dir.path("faktura.pdf");
    InvoiceDocument::writePdf(InvoiceDocument::load(b.db(), inv.id), danish);
    const QString da = pdfText(danish);
    CHECK(da.contains(QStringLiteral("FAKTURA")));
    CHECK(da.contains(QStringLiteral("895,00")));
    CHECK(da.contains(QStringLiteral("16.03.2026")));

    d.language = QStringLiteral("en");
    DebtorService::edit(s, d);
    const QString path = dir.path("note.pdf");
    InvoiceDocument::writePdf(InvoiceDocument::load(b.db(), note.id), path);
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("CREDIT NOTE")));
    CHECK(text.contains(QStringLiteral("Credits invoice")));
    CHECK(text.contains(QStringLiteral("895.00")));
    const QString credits = text.mid(text.indexOf(QStringLiteral("Credits invoice")), 80);
    CHECK(credits.contains(QString::number(inv.number)));
}

TEST_CASE("a PDF that cannot be written is an error and leaves nothing behind", "[documents]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    const Invoice inv = InvoiceService::createAndPost(s, draftFor(d, {line("Hytte", 1000, 89500)}));
    const auto data = InvoiceDocument::load(b.db(), inv.id);
    TempDir dir;
    CHECK_THROWS_AS(InvoiceDocument::writePdf(data, dir.path("no/such/dir/x.pdf")), Error);
    REQUIRE(QDir().mkpath(dir.path("taken.pdf")));  // a folder where the file should go
    CHECK_THROWS_AS(InvoiceDocument::writePdf(data, dir.path("taken.pdf")), Error);
    CHECK(QDir(dir.path("")).entryList(QDir::Files).isEmpty());
    CHECK_THROWS_AS(InvoiceDocument::load(b.db(), 999), Error);
}
