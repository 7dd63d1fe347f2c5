#include "core/company/companyservice.h"
#include "core/till/returnservice.h"
#include "core/till/tillreport.h"
#include "tests/core/till/tillfixture.h"
#include "tests/support/pdftext.h"
#include "ui/documents/receiptdocument.h"
#include "ui/documents/tillreportdocument.h"

#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

const QString K1 = QStringLiteral("K1");

// The page width in points pdfinfo reports for page 1; 0 when it cannot.
double pdfPageWidth(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30'000);
    static const QRegularExpression size(QStringLiteral(R"(^Page size:\s+([\d.]+) x ([\d.]+))"),
                                         QRegularExpression::MultilineOption);
    const auto m = size.match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toDouble() : 0;
}

bool hasToken(const QString& text, const QString& token) {
    return text.contains(QRegularExpression(
        QStringLiteral("(^|\\s)%1(\\s|$)").arg(QRegularExpression::escape(token)),
        QRegularExpression::MultilineOption));
}

// Till K1 open with a 500.00 float; receipts 1 and 2 are small card sales so
// that the one under test, 3, has a number of its own: 2 coffees (64.00) and
// a bun (18.75), 82.75 paid with 100.00 in cash (83.00 after rounding).
struct Sold : Shop {
    Receipt sale;
    Sold() {
        TillService::openShift(owner, K1, dkk(50000));
        SaleService::sell(owner, K1, {line(QStringLiteral("C2"))}, {card(1875)});
        SaleService::sell(owner, K1, {line(QStringLiteral("C2"))}, {card(1875)});
        sale = SaleService::sell(owner, K1,
                                 {line(QStringLiteral("C1"), 2000), line(QStringLiteral("C2"))},
                                 {cash(10000)});
    }
};

}  // namespace

TEST_CASE("the receipt PDF is 80 mm wide and holds the sale, tenders and VAT",
          "[documents][till]") {
    Sold shop;
    REQUIRE(shop.sale.number == 3);
    ReceiptDocument::Data data = ReceiptDocument::load(shop.b.db(), K1, 3);
    data.company.addressLine1 = QStringLiteral("Havnegade 4");
    data.company.postcode = QStringLiteral("6000");
    data.company.city = QStringLiteral("Kolding");
    data.company.orgNumber = QStringLiteral("12345678");
    const ReceiptDocument doc(data);
    CHECK(doc.pageSizePoints().width() == Approx(80 * 72 / 25.4));
    CHECK(doc.pageSizePoints().height() > doc.pageSizePoints().width());

    TempDir dir;
    const QString path = dir.path(ReceiptDocument::fileName(K1, 3));
    doc.writePdf(path);
    CHECK(pdfPages(path) == 1);
    CHECK(pdfPageWidth(path) == Approx(226.77).margin(0.5));  // 80 mm
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Fjordlys Test")));
    CHECK(text.contains(QStringLiteral("Havnegade 4")));
    CHECK(text.contains(QStringLiteral("6000 Kolding")));
    CHECK(text.contains(QStringLiteral("12345678")));
    CHECK(hasToken(text, QStringLiteral("K1")));
    CHECK(hasToken(text, QStringLiteral("3")));
    CHECK(text.contains(QStringLiteral("02.03.2026 10.00")));  // 09:00 UTC in Copenhagen
    CHECK(text.contains(QStringLiteral("Kaffe")));
    CHECK(text.contains(QStringLiteral("2 × 32,00")));
    CHECK(text.contains(QStringLiteral("64,00")));
    CHECK(text.contains(QStringLiteral("Bolle")));
    CHECK(text.contains(QStringLiteral("18,75")));
    CHECK(text.contains(QStringLiteral("82,75")));
    CHECK(hasToken(text, QStringLiteral("0,25")));    // cash rounding
    CHECK(hasToken(text, QStringLiteral("83,00")));   // paid
    CHECK(hasToken(text, QStringLiteral("100,00")));  // given
    CHECK(hasToken(text, QStringLiteral("17,00")));   // change
    CHECK(text.contains(QStringLiteral("25 %")));
    CHECK(hasToken(text, QStringLiteral("16,55")));  // VAT in 82.75 at 25 %
    CHECK(doc.pdf().startsWith("%PDF"));

    // A copy is marked as one and is otherwise the same receipt.
    const QString copyPath = dir.path(QStringLiteral("copy.pdf"));
    data.copy = true;
    ReceiptDocument(data).writePdf(copyPath);
    const QString copy = pdfText(copyPath);
    CHECK(copy != pdfText(path));
    CHECK(hasToken(copy, QStringLiteral("3")));
    CHECK(copy.contains(QStringLiteral("82,75")));
    CHECK(copy.count(QLatin1Char('\n')) > text.count(QLatin1Char('\n')));

    CHECK_THROWS_AS(ReceiptDocument::load(shop.b.db(), K1, 99), Error);
    CHECK_THROWS_AS(doc.writePdf(dir.path(QStringLiteral("nope/r.pdf"))), Error);
}

TEST_CASE("a receipt shows discounts and card references; a return names its original",
          "[documents][till]") {
    Sold shop;
    SaleLineInput coffee = shop.line(QStringLiteral("C1"), 3000);
    coffee.discount = Rate::percent(QStringLiteral("10"));
    SaleLineInput note;
    note.text = QStringLiteral("Leje af kano med redningsveste og vandtæt taske, hele dagen");
    note.unitPrice = note.listPrice = dkk(45000);
    note.vatRate = Rate::percent(QStringLiteral("25"));
    const Receipt discounted =
        SaleService::sell(shop.owner, K1, {coffee, note}, {card(8640 + 45000)});
    TempDir dir;
    const QString path = dir.path(QStringLiteral("discount.pdf"));
    ReceiptDocument(ReceiptDocument::load(shop.b.db(), K1, discounted.number)).writePdf(path);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("3 × 32,00")));
    CHECK(hasToken(text, QStringLiteral("96,00")));
    CHECK(hasToken(text, QStringLiteral("-9,60")));
    CHECK(text.contains(QStringLiteral("10 %")));
    CHECK(text.contains(QStringLiteral("536,40")));        // 86.40 + 450.00
    CHECK(text.contains(QStringLiteral("Leje af kano")));  // a long text wraps, it is not cut
    CHECK(text.contains(QStringLiteral("hele dagen")));
    CHECK(hasToken(text, QStringLiteral("450,00")));
    CHECK(text.contains(QStringLiteral("TERM-4711")));

    const Receipt back = ReturnService::returnLines(shop.owner, K1, 3, {{2, 1000}}, {cash(1900)});
    const ReceiptDocument::Data data = ReceiptDocument::load(shop.b.db(), K1, back.number);
    CHECK(data.originalNumber == 3);
    CHECK(data.receipt.originalReceiptId == shop.sale.id);
    const QString returnPath = dir.path(QStringLiteral("return.pdf"));
    ReceiptDocument(data).writePdf(returnPath);
    const QString ret = pdfText(returnPath);
    CHECK(ret.contains(QStringLiteral("Bolle")));
    CHECK(ret.contains(QStringLiteral("-1 × 18,75")));
    CHECK(hasToken(ret, QStringLiteral("-18,75")));
    CHECK(hasToken(ret, QStringLiteral("-19,00")));  // paid out in cash
    CHECK(hasToken(ret, QStringLiteral("3")));       // the original receipt
    CHECK(hasToken(ret, QString::number(back.number)));
}

TEST_CASE("X and Z reports print the shift's totals, tenders and Z number", "[documents][till]") {
    Sold shop;
    TillService::moveCash(shop.owner, K1, dkk(-10000), QStringLiteral("Bank"));
    const CompanyProfile company = CompanyService::require(shop.b.db());
    TempDir dir;

    const TillReport x = TillReports::x(shop.owner, K1);
    const QString xPath = dir.path(TillReportDocument::fileName(x));
    TillReportDocument(x, company).writePdf(xPath);
    CHECK(pdfPageWidth(xPath) == Approx(226.77).margin(0.5));
    const QString xText = pdfText(xPath);
    CHECK(xText.contains(QStringLiteral("Fjordlys Test")));
    CHECK(hasToken(xText, QStringLiteral("120,25")));   // sales: 18.75 + 18.75 + 82.75
    CHECK(hasToken(xText, QStringLiteral("37,50")));    // card
    CHECK(hasToken(xText, QStringLiteral("83,00")));    // cash
    CHECK(hasToken(xText, QStringLiteral("500,00")));   // float
    CHECK(hasToken(xText, QStringLiteral("-100,00")));  // cash out
    CHECK(hasToken(xText, QStringLiteral("483,00")));   // expected: 500 + 83 − 100
    CHECK(hasToken(xText, QStringLiteral("24,05")));    // VAT in 120.25

    const TillReport z = TillReports::z(shop.owner, K1, dkk(48200));
    REQUIRE(z.zNumber == 1);
    const QByteArray bytes = TillReportDocument(z, company).pdf();
    CHECK(bytes.startsWith("%PDF"));
    const QString zPath = dir.path(TillReportDocument::fileName(z));
    TillReportDocument(TillReports::zAgain(shop.b.db(), K1, 1), company).writePdf(zPath);
    const QString zText = pdfText(zPath);
    CHECK(zText.contains(QRegularExpression(QStringLiteral("Z\\S*\\s.*\\b1\\b"))));
    CHECK(hasToken(zText, QStringLiteral("120,25")));
    CHECK(hasToken(zText, QStringLiteral("37,50")));
    CHECK(hasToken(zText, QStringLiteral("483,00")));  // expected
    CHECK(hasToken(zText, QStringLiteral("482,00")));  // counted
    CHECK(hasToken(zText, QStringLiteral("-1,00")));   // difference
}
