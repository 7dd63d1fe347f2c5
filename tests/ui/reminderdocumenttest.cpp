#include "core/dunning/reminderstore.h"
#include "tests/core/dunning/dunningfixture.h"
#include "tests/support/pdftext.h"
#include "ui/documents/reminderdispatch.h"
#include "ui/documents/reminderdocument.h"

#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

TEST_CASE("the reminder PDF holds its text, the invoices, fee, interest and total",
          "[documents][dunning]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor d = addDebtor(s);
    const Invoice inv = invoiceDue(s, d, QDate(2026, 10, 15));
    auto p = params(1, QDate(2026, 10, 31), QDate(2026, 11, 2));
    p.compensation = true;
    const auto numbers = ReminderRun::create(s, p, {});
    REQUIRE(numbers.size() == 1);
    TempDir dir;
    const QString path = dir.path("r.pdf");
    ReminderDocument(ReminderDocument::load(b.db(), numbers[0])).writePdf(path);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Rykker")));
    CHECK(text.contains(QStringLiteral("Kære Hansen Tømrer ApS")));
    CHECK(text.contains(QString::number(inv.number)));
    CHECK(text.contains(QStringLiteral("Morarenter 0,8 % pr. måned")));
    CHECK(text.contains(QStringLiteral("Rykkergebyr")));
    CHECK(text.contains(QStringLiteral("Kompensation for sen betaling")));
    CHECK(text.contains(QStringLiteral("1.418,00")));
    CHECK(text.contains(QStringLiteral("12.11.2026")));
    CHECK(pdfPages(path) == 1);
}

TEST_CASE("a run prints one PDF per reminder and one merged file", "[documents][dunning]") {
    TestBusiness b;
    const Session s = b.owner();
    for (int i = 0; i < 3; ++i)
        invoiceDue(s, addDebtor(s, QStringLiteral("Debitor %1").arg(i)), QDate(2026, 10, 15));
    // One debtor with many overdue invoices runs onto a second page.
    const Debtor many = addDebtor(s, QStringLiteral("Mange Fakturaer A/S"));
    for (int i = 0; i < 45; ++i)
        invoiceDue(s, many, QDate(2026, 10, 1).addDays(i % 20), 10000);
    const auto numbers =
        ReminderRun::create(s, params(1, QDate(2026, 10, 31), QDate(2026, 11, 2)), {});
    REQUIRE(numbers.size() == 4);
    TempDir dir;
    const QString folder = QFileInfo(dir.path("x")).absolutePath();
    QStringList files;
    const QString merged = ReminderDispatch::writePdfs(b.db(), numbers, folder, &files);
    CHECK(files.size() == 5);
    CHECK(QFileInfo(merged).fileName() ==
          QStringLiteral("reminders-%1-%2.pdf").arg(numbers.front()).arg(numbers.back()));
    const QString longOne = QDir(folder).filePath(ReminderDocument::fileName(numbers[3]));
    CHECK(pdfPages(longOne) == 2);
    CHECK(pdfText(longOne).contains(QStringLiteral("(fortsat)")));
    CHECK(pdfPages(merged) == 5);
    CHECK_THROWS(ReminderDispatch::writePdfs(b.db(), numbers, folder + QStringLiteral("/nope")));
}
