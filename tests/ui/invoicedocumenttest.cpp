#include "core/company/companyservice.h"
#include "core/invoicing/invoiceservice.h"
#include "core/invoicing/invoicingsettings.h"
#include "core/store/error.h"
#include "tests/core/receivables/receivablesfixture.h"
#include "ui/documents/invoicedocument.h"

#include <QProcess>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

QString pdfText(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(30'000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30'000);
    for (const QString& line :
         QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return 0;
}

}  // namespace

TEST_CASE("the invoice PDF holds number, totals, VAT, EAN and the FIK reference", "[documents]") {
    TestBusiness b;
    const Session s = b.owner();
    InvoicingSettings::setFikCreditor(s, QStringLiteral("85274196"));
    CompanyProfile c = CompanyService::require(b.db());
    c.iban = QStringLiteral("DK5000400440116243");
    CompanyService::save(s, c);
    Debtor d = addDebtor(s);
    d.gln = QStringLiteral("5790000000005");
    d.language = QStringLiteral("en");
    DebtorService::edit(s, d);
    const Invoice inv = InvoiceService::createAndPost(
        s,
        draftFor(d, {line("Cabin", 3000, 89500), line("Cleaning", 1000, 40000),
                     line("Canoe", 2500, 15000, "25", "10"), line("Gift card", 1000, 50000, "0")}));
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
    CHECK(text.contains(QStringLiteral("DK5000400440116243")));
    CHECK(text.contains(QStringLiteral("16/03/2026")));  // due date
    CHECK(pdfPages(path) == 1);
}

TEST_CASE("long invoices continue on more pages with the total on the last", "[documents]") {
    TestBusiness b;
    const Session s = b.owner();
    Debtor d = addDebtor(s);
    d.language = QStringLiteral("en");
    DebtorService::edit(s, d);
    std::vector<InvoiceLineInput> lines;
    for (int i = 0; i < 60; ++i)
        lines.push_back(line("Night", 1000, 10000));
    const Invoice inv = InvoiceService::createAndPost(s, draftFor(d, lines));
    TempDir dir;
    const QString path = dir.path("long.pdf");
    InvoiceDocument::writePdf(InvoiceDocument::load(b.db(), inv.id), path);
    const int pages = pdfPages(path);
    CHECK(pages >= 2);
    const QStringList byPage = pdfText(path).split(QLatin1Char('\f'));
    REQUIRE(byPage.size() >= pages);
    CHECK(byPage[pages - 1].contains(QStringLiteral("6,000.00")));
    CHECK(byPage[pages - 1].contains(QStringLiteral("Page %1 of %1").arg(pages)));
    CHECK_FALSE(byPage[0].contains(QStringLiteral("TOTAL")));
}

TEST_CASE("a credit note PDF names the invoice it credits; a missing folder is an error",
          "[documents]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    const Invoice inv = InvoiceService::createAndPost(s, draftFor(d, {line("Hytte", 1000, 89500)}));
    const Invoice note = InvoiceService::creditNote(s, inv.number, {});
    TempDir dir;
    const QString path = dir.path("note.pdf");
    InvoiceDocument::writePdf(InvoiceDocument::load(b.db(), note.id), path);
    const QString text = pdfText(path);
    CHECK(text.contains(QString::number(inv.number)));
    CHECK(text.contains(QStringLiteral("895,00")));  // Danish by the company's country
    CHECK_THROWS_AS(InvoiceDocument::writePdf(InvoiceDocument::load(b.db(), note.id),
                                              dir.path("no/such/dir/x.pdf")),
                    Error);
}
