#include "core/dunning/dunningsettings.h"
#include "core/dunning/reminderstore.h"
#include "core/dunning/remindertexts.h"
#include "core/store/error.h"
#include "tests/core/dunning/dunningfixture.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

QString fieldOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& e) {
        return e.field();
    }
    return QStringLiteral("(no error)");
}

}  // namespace

TEST_CASE("placeholders are filled in; unknown ones and stray braces are refused",
          "[dunning][texts]") {
    const QHash<QString, QString> values{{QStringLiteral("debtor.name"), QStringLiteral("Anna")},
                                         {QStringLiteral("total"), QStringLiteral("1.418,00 kr.")}};
    CHECK(ReminderTemplate::render(QStringLiteral("Kære {debtor.name}, betal {total} {{nu}}"),
                                   values) == QStringLiteral("Kære Anna, betal 1.418,00 kr. {nu}"));
    CHECK(fieldOf([] {
              ReminderTemplate::check(QStringLiteral("body"), QStringLiteral("{navn}"));
          }) == QStringLiteral("body"));
    CHECK(fieldOf([] {
              ReminderTemplate::check(QStringLiteral("heading"), QStringLiteral("{total"));
          }) == QStringLiteral("heading"));
    CHECK(fieldOf([] {
              ReminderTemplate::check(QStringLiteral("heading"), QStringLiteral("a } b"));
          }) == QStringLiteral("heading"));
    CHECK(fieldOf([] {
              ReminderTemplate::check(QStringLiteral("body"), QStringLiteral("{total}"));
          }) == QStringLiteral("(no error)"));
}

TEST_CASE("built-in texts exist for every level and language and use known placeholders",
          "[dunning][texts]") {
    for (const QString& language : ReminderTextStore::languages())
        for (int level = 1; level <= 3; ++level) {
            const ReminderTexts t = ReminderTextStore::defaults(level, language);
            CAPTURE(language.toStdString(), level);
            CHECK_FALSE(t.heading.isEmpty());
            CHECK(t.body.contains(QStringLiteral("{total}")));
            CHECK(t.body.contains(QStringLiteral("{due_date}")));
            for (const QString& text : {t.heading, t.body, t.feeLine, t.compensationLine,
                                        t.interestLine, t.emailSubject, t.emailBody})
                ReminderTemplate::check(QStringLiteral("text"), text);
        }
    CHECK(ReminderTextStore::defaults(1, QStringLiteral("da")).heading == QStringLiteral("Rykker"));
    CHECK(ReminderTextStore::defaults(3, QStringLiteral("nb")).heading ==
          QStringLiteral("Inkassovarsel"));
}

TEST_CASE("edited texts are kept per level and language; a wrong one writes nothing",
          "[dunning][texts]") {
    TestBusiness b;
    const Session s = b.owner();
    ReminderTexts t = ReminderTextStore::defaults(2, QStringLiteral("da"));
    t.heading = QStringLiteral("Anden rykker");
    ReminderTextStore::save(s, 2, QStringLiteral("da"), t);
    CHECK(ReminderTextStore::load(b.db(), 2, QStringLiteral("da")) == t);
    CHECK(ReminderTextStore::load(b.db(), 1, QStringLiteral("da")).heading ==
          QStringLiteral("Rykker"));

    ReminderTexts wrong = t;
    wrong.feeLine = QStringLiteral("Gebyr {gebyr}");
    const auto rows = countRows(b.db(), "journal");
    CHECK(fieldOf([&] { ReminderTextStore::save(s, 2, QStringLiteral("da"), wrong); }) ==
          QStringLiteral("fee_line"));
    CHECK(fieldOf([&] { ReminderTextStore::save(s, 2, QStringLiteral("fi"), t); }) ==
          QStringLiteral("language"));
    CHECK(countRows(b.db(), "journal") == rows);
    CHECK(ReminderTextStore::load(b.db(), 2, QStringLiteral("da")) == t);

    const Session desk = b.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    CHECK_THROWS_AS(ReminderTextStore::save(desk, 2, QStringLiteral("da"), t), Error);

    ReminderTextStore::reset(s, 2, QStringLiteral("da"));
    CHECK(ReminderTextStore::load(b.db(), 2, QStringLiteral("da")).heading ==
          QStringLiteral("2. rykker"));
}

TEST_CASE("a reminder keeps its texts rendered in the debtor's language", "[dunning][texts]") {
    TestBusiness b;
    const Session s = b.owner();
    const Debtor hansen = addDebtor(s);  // no language: the company's (Danish)
    Debtor ola;
    ola.name = QStringLiteral("Ola Nordmann");
    ola.language = QStringLiteral("nb");
    ola = DebtorService::create(s, ola);
    const Invoice inv = invoiceDue(s, hansen, QDate(2026, 10, 15));
    invoiceDue(s, ola, QDate(2026, 10, 15), 50000);
    auto p = params(1, QDate(2026, 10, 31), QDate(2026, 11, 2));
    p.compensation = true;
    const auto numbers = ReminderRun::create(s, p, {});
    REQUIRE(numbers.size() == 2);

    const Reminder r = ReminderStore::load(b.db(), numbers[0]);
    CHECK(r.language == QStringLiteral("da"));
    CHECK(r.texts.heading == QStringLiteral("Rykker"));
    CHECK(r.texts.body.startsWith(QStringLiteral("Kære Hansen Tømrer ApS")));
    CHECK(r.texts.body.contains(QStringLiteral("1.418,00\u00a0kr.")));
    CHECK(r.texts.body.contains(QStringLiteral("12.11.2026")));
    CHECK(r.texts.body.contains(QString::number(inv.number)));
    CHECK(r.texts.interestLine == QStringLiteral("Morarenter 0,8 % pr. måned"));
    CHECK(r.texts.emailSubject.startsWith(QStringLiteral("Rykker %1 fra").arg(numbers[0])));
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines[0].invoiceNumber == inv.number);
    CHECK(r.lines[0].invoiceDate == QDate(2026, 10, 1));
    CHECK(r.lines[0].open.minor() == 100000);
    CHECK(r.lines[0].interest.minor() == 800);
    CHECK(r.fee.minor() == 10000);
    CHECK(r.compensation.minor() == 31000);
    CHECK(r.total.minor() == 141800);
    CHECK(r.dueDate == QDate(2026, 11, 12));

    const Reminder norwegian = ReminderStore::load(b.db(), numbers[1]);
    CHECK(norwegian.texts.heading == QStringLiteral("Purring"));
    CHECK(norwegian.texts.body.startsWith(QStringLiteral("Hei Ola Nordmann")));

    // Editing the texts later never changes a reminder already made.
    ReminderTexts t = ReminderTextStore::defaults(1, QStringLiteral("da"));
    t.heading = QStringLiteral("Betalingspåmindelse");
    ReminderTextStore::save(s, 1, QStringLiteral("da"), t);
    CHECK(ReminderStore::load(b.db(), numbers[0]).texts.heading == QStringLiteral("Rykker"));
    CHECK(ReminderStore::list(b.db()).size() == 2);
    CHECK(ReminderStore::list(b.db(), ola.id).size() == 1);
    CHECK(fieldOf([&] { ReminderStore::load(b.db(), 999); }) == QStringLiteral("reminder"));
}

TEST_CASE("the reference rate is a setting that only a settings editor changes",
          "[dunning][texts]") {
    TestBusiness b;
    const Session s = b.owner();
    CHECK(DunningSettings::referenceRate(b.db()).isZero());
    DunningSettings::setReferenceRate(s, QStringLiteral("2,6"));
    CHECK(DunningSettings::referenceRate(b.db()) == Rate::percent(QStringLiteral("2.6")));
    CHECK(fieldOf([&] { DunningSettings::setReferenceRate(s, QStringLiteral("-1")); }) ==
          QStringLiteral("reference_rate"));
    CHECK(fieldOf([&] { DunningSettings::setReferenceRate(s, QStringLiteral("101")); }) ==
          QStringLiteral("reference_rate"));
    const Session desk = b.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    CHECK_THROWS_AS(DunningSettings::setReferenceRate(desk, QStringLiteral("3")), Error);
    CHECK(DunningSettings::referenceRate(b.db()) == Rate::percent(QStringLiteral("2.6")));
}
