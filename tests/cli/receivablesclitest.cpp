#include "tests/cli/clishop.h"
#include "tests/support/tempdir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace skranke::test;

TEST_CASE("a manager invoices, gets paid and credits from the CLI", "[cli]") {
    Shop shop;
    auto r = shop.run({QStringLiteral("debtor"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("Jens Hansen"), QStringLiteral("--company"),
                       QStringLiteral("Hansen Tømrer ApS"), QStringLiteral("--business"),
                       QStringLiteral("--terms-days"), QStringLiteral("30")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString id = QString::number(r.json().object()[QStringLiteral("id")].toInt());
    CHECK(id == QStringLiteral("1"));

    r = shop.run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--debtor"),
                  id, QStringLiteral("--date"), QStringLiteral("2026-11-01"),
                  QStringLiteral("--line"), QStringLiteral("Hytte|3|895.00|25"),
                  QStringLiteral("--line"), QStringLiteral("Gavekort|1|500|0"),
                  QStringLiteral("--post")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonObject inv = r.json().object();
    CHECK(inv[QStringLiteral("number")].toInt() == 1);
    CHECK(inv[QStringLiteral("total")].toString() == QStringLiteral("3185.00"));
    CHECK(inv[QStringLiteral("due")].toString() == QStringLiteral("2026-12-01"));
    const QJsonArray vat = inv[QStringLiteral("vat")].toArray();
    REQUIRE(vat.size() == 2);
    CHECK(vat[0].toObject()[QStringLiteral("rate")].toString() == QStringLiteral("25"));
    CHECK(vat[0].toObject()[QStringLiteral("base")].toString() == QStringLiteral("2148.00"));
    CHECK(vat[0].toObject()[QStringLiteral("amount")].toString() == QStringLiteral("537.00"));

    r = shop.run({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("1")});
    CHECK(r.json().object()[QStringLiteral("total")].toString() == QStringLiteral("3185.00"));

    r = shop.run({QStringLiteral("payment"), QStringLiteral("register"), QStringLiteral("--debtor"),
                  id, QStringLiteral("--amount"), QStringLiteral("1000.00"),
                  QStringLiteral("--date"), QStringLiteral("2026-11-10"),
                  QStringLiteral("--reference"), QStringLiteral("bank 77")});
    REQUIRE(r.exitCode == 0);
    r = shop.run({QStringLiteral("credit-note"), QStringLiteral("create"),
                  QStringLiteral("--invoice"), QStringLiteral("1"), QStringLiteral("--line"),
                  QStringLiteral("2")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[QStringLiteral("total")].toString() == QStringLiteral("500.00"));

    r = shop.run({QStringLiteral("debtor"), QStringLiteral("show"), id});
    CHECK(r.json().object()[QStringLiteral("outstanding")].toString() == QStringLiteral("1685.00"));
    CHECK(r.json().object()[QStringLiteral("prepayment")].toString() == QStringLiteral("0.00"));

    r = shop.run({QStringLiteral("payment"), QStringLiteral("register"), QStringLiteral("--debtor"),
                  id, QStringLiteral("--amount"), QStringLiteral("2000"), QStringLiteral("--date"),
                  QStringLiteral("2026-11-12")});
    r = shop.run({QStringLiteral("debtor"), QStringLiteral("show"), id});
    CHECK(r.json().object()[QStringLiteral("outstanding")].toString() == QStringLiteral("0.00"));
    CHECK(r.json().object()[QStringLiteral("prepayment")].toString() == QStringLiteral("315.00"));

    r = shop.run({QStringLiteral("postings"), id});
    const QJsonArray postings = r.json().array();
    REQUIRE(postings.size() == 4);
    CHECK(postings[3].toObject()[QStringLiteral("balance")].toString() ==
          QStringLiteral("-315.00"));

    const QString pdf = shop.dir.path(QStringLiteral("invoice-1.pdf"));
    r = shop.run({QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("1"),
                  QStringLiteral("-o"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    text.waitForFinished();
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(content.contains(QStringLiteral("3.185,00")));
    CHECK(content.contains(QStringLiteral("Havblik")));
}

TEST_CASE("bad receivables input from the CLI names the field and writes nothing", "[cli]") {
    Shop shop;
    REQUIRE(shop.run({QStringLiteral("debtor"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Anna")})
                .exitCode == 0);
    auto r = shop.run({QStringLiteral("invoice"), QStringLiteral("create"),
                       QStringLiteral("--debtor"), QStringLiteral("1"), QStringLiteral("--date"),
                       QStringLiteral("2026-11-01"), QStringLiteral("--line"),
                       QStringLiteral("Hytte|3|895.00|25"), QStringLiteral("--line"),
                       QStringLiteral("Kano|two|150|25"), QStringLiteral("--post")});
    CHECK(r.exitCode == 1);
    CHECK(shop.errorField(r) == QStringLiteral("line 2"));
    r = shop.run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--debtor"),
                  QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2026-11-01"),
                  QStringLiteral("--line"), QStringLiteral("Hytte;3;895"),
                  QStringLiteral("--post")});
    CHECK(r.exitCode == 1);
    CHECK(shop.errorField(r) == QStringLiteral("line 1"));
    r = shop.run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--debtor"),
                  QStringLiteral("42"), QStringLiteral("--date"), QStringLiteral("2026-11-01"),
                  QStringLiteral("--line"), QStringLiteral("Hytte|1|895|25"),
                  QStringLiteral("--post")});
    CHECK(r.exitCode == 1);
    CHECK(shop.errorField(r) == QStringLiteral("debtor"));
    r = shop.run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--debtor"),
                  QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2026-11-01"),
                  QStringLiteral("--line"), QStringLiteral("Hytte|-1|895|25"),
                  QStringLiteral("--post")});
    CHECK(r.exitCode == 1);
    CHECK(shop.invoiceCount() == 0);

    r = shop.run({QStringLiteral("payment"), QStringLiteral("register"), QStringLiteral("--debtor"),
                  QStringLiteral("1"), QStringLiteral("--amount"), QStringLiteral("0")});
    CHECK(r.exitCode == 1);
    CHECK(shop.errorField(r) == QStringLiteral("amount"));

    REQUIRE(shop.run({QStringLiteral("invoice"), QStringLiteral("create"),
                      QStringLiteral("--debtor"), QStringLiteral("1"), QStringLiteral("--date"),
                      QStringLiteral("2026-11-01"), QStringLiteral("--line"),
                      QStringLiteral("Hytte|1|100|25"), QStringLiteral("--post")})
                .exitCode == 0);
    r = shop.run({QStringLiteral("credit-note"), QStringLiteral("create"),
                  QStringLiteral("--invoice"), QStringLiteral("1"), QStringLiteral("--amount"),
                  QStringLiteral("100.01")});
    CHECK(r.exitCode == 1);
    CHECK(shop.errorField(r) == QStringLiteral("amount"));
    r = shop.run({QStringLiteral("postings"), QStringLiteral("1")});
    CHECK(r.json().array().size() == 1);  // only the invoice
}

TEST_CASE("CSV export of debtors and invoices quotes and uses the separator", "[cli]") {
    Shop shop;
    REQUIRE(shop.run({QStringLiteral("debtor"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Smith; \"Bo\" & Co")})
                .exitCode == 0);
    REQUIRE(shop.run({QStringLiteral("invoice"), QStringLiteral("create"),
                      QStringLiteral("--debtor"), QStringLiteral("1"), QStringLiteral("--date"),
                      QStringLiteral("2026-11-01"), QStringLiteral("--line"),
                      QStringLiteral("Hytte|1|100|25"), QStringLiteral("--post")})
                .exitCode == 0);
    const QString csv = shop.dir.path(QStringLiteral("debtors.csv"));
    REQUIRE(
        shop.run({QStringLiteral("debtor"), QStringLiteral("list"), QStringLiteral("--csv"), csv})
            .exitCode == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("1;;\"Smith; \"\"Bo\"\" & Co\";0.00;100.00\r\n"));
    const QString tab = shop.dir.path(QStringLiteral("invoices.tsv"));
    REQUIRE(shop.run({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--csv"),
                      tab, QStringLiteral("--separator"), QStringLiteral("tab")})
                .exitCode == 0);
    QFile t(tab);
    REQUIRE(t.open(QIODevice::ReadOnly));
    CHECK(t.readAll().contains("invoice\t1\t2026-11-01"));
    auto r = shop.run({QStringLiteral("debtor"), QStringLiteral("list"), QStringLiteral("--csv"),
                       csv, QStringLiteral("--separator"), QStringLiteral("|")});
    CHECK(r.exitCode == 1);
    CHECK(shop.errorField(r) == QStringLiteral("separator"));
}

TEST_CASE("settle from the CLI: undo, match by hand, automatic with dry run", "[cli]") {
    Shop shop;
    REQUIRE(shop.run({QStringLiteral("debtor"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Anna")})
                .exitCode == 0);
    for (const char* date : {"2026-10-01", "2026-10-15"})
        REQUIRE(shop.run({QStringLiteral("invoice"), QStringLiteral("create"),
                          QStringLiteral("--debtor"), QStringLiteral("1"), QStringLiteral("--date"),
                          QLatin1String(date), QStringLiteral("--line"),
                          QStringLiteral("Hytte|1|100|25"), QStringLiteral("--post")})
                    .exitCode == 0);
    auto r =
        shop.run({QStringLiteral("payment"), QStringLiteral("register"), QStringLiteral("--debtor"),
                  QStringLiteral("1"), QStringLiteral("--amount"), QStringLiteral("100"),
                  QStringLiteral("--date"), QStringLiteral("2026-10-20")});
    REQUIRE(r.exitCode == 0);
    const int payment = r.json().object()[QStringLiteral("id")].toInt();
    // It settled invoice 1 (oldest); undo and put it on invoice 2.
    r = shop.run({QStringLiteral("settle"), QStringLiteral("undo"), QStringLiteral("1")});
    REQUIRE(r.exitCode == 0);
    r = shop.run({QStringLiteral("settle"), QStringLiteral("match"), QStringLiteral("--payment"),
                  QString::number(payment), QStringLiteral("--invoice"), QStringLiteral("2"),
                  QStringLiteral("--amount"), QStringLiteral("100.00")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = shop.run({QStringLiteral("invoice"), QStringLiteral("list")});
    const QJsonArray list = r.json().array();
    REQUIRE(list.size() == 2);
    CHECK(list[0].toObject()[QStringLiteral("open")].toString() ==
          QStringLiteral("0.00"));  // no. 2
    CHECK(list[1].toObject()[QStringLiteral("open")].toString() ==
          QStringLiteral("100.00"));  // no. 1
    r = shop.run({QStringLiteral("settle"), QStringLiteral("undo"), QStringLiteral("2")});
    REQUIRE(r.exitCode == 0);
    r = shop.run({QStringLiteral("settle"), QStringLiteral("auto"), QStringLiteral("--dry-run")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[QStringLiteral("debtors")].toArray().size() == 1);
    r = shop.run({QStringLiteral("settle"), QStringLiteral("auto")});
    CHECK(r.json()
              .object()[QStringLiteral("debtors")]
              .toArray()[0]
              .toObject()[QStringLiteral("settled")]
              .toString() == QStringLiteral("100.00"));
    r = shop.run({QStringLiteral("settle"), QStringLiteral("undo"), QStringLiteral("2")});
    CHECK(r.exitCode == 1);  // already undone
}

TEST_CASE("the balance list as of a date, with CSV, and bad dates refused", "[cli]") {
    Shop shop;
    REQUIRE(shop.run({QStringLiteral("debtor"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Anna")})
                .exitCode == 0);
    REQUIRE(shop.run({QStringLiteral("invoice"), QStringLiteral("create"),
                      QStringLiteral("--debtor"), QStringLiteral("1"), QStringLiteral("--date"),
                      QStringLiteral("2026-09-01"), QStringLiteral("--line"),
                      QStringLiteral("Hytte|1|100|25"), QStringLiteral("--post")})
                .exitCode == 0);
    REQUIRE(
        shop.run({QStringLiteral("payment"), QStringLiteral("register"), QStringLiteral("--debtor"),
                  QStringLiteral("1"), QStringLiteral("--amount"), QStringLiteral("100"),
                  QStringLiteral("--date"), QStringLiteral("2026-11-01")})
            .exitCode == 0);
    auto r = shop.run({QStringLiteral("balance-list"), QStringLiteral("--as-of"),
                       QStringLiteral("2026-10-20"), QStringLiteral("--specified")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray debtors = r.json().object()[QStringLiteral("debtors")].toArray();
    REQUIRE(debtors.size() == 1);
    // Due 15 September, 35 days overdue on 20 October: the 31–60 bucket.
    CHECK(debtors[0].toObject()[QStringLiteral("buckets")].toArray()[2].toString() ==
          QStringLiteral("100.00"));
    CHECK(debtors[0].toObject()[QStringLiteral("items")].toArray().size() == 1);
    r = shop.run(
        {QStringLiteral("balance-list"), QStringLiteral("--as-of"), QStringLiteral("2026-11-20")});
    CHECK(r.json().object()[QStringLiteral("debtors")].toArray().isEmpty());  // paid since
    const QString csv = shop.dir.path(QStringLiteral("balance.csv"));
    r = shop.run({QStringLiteral("balance-list"), QStringLiteral("--as-of"),
                  QStringLiteral("2026-10-20"), QStringLiteral("--include-zero"),
                  QStringLiteral("--csv"), csv});
    REQUIRE(r.exitCode == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().contains("1;Anna;;;0.00;0.00;100.00;0.00;0.00;100.00"));
    r = shop.run(
        {QStringLiteral("balance-list"), QStringLiteral("--as-of"), QStringLiteral("2026-02-30")});
    CHECK(r.exitCode == 1);
    CHECK(shop.errorField(r) == QStringLiteral("as_of"));
}

TEST_CASE("reminders preview and create from the CLI under the law", "[cli]") {
    Shop shop;
    REQUIRE(shop.run({QStringLiteral("debtor"), QStringLiteral("add"), QStringLiteral("--company"),
                      QStringLiteral("Havn ApS"), QStringLiteral("--business")})
                .exitCode == 0);
    REQUIRE(shop.run({QStringLiteral("invoice"), QStringLiteral("create"),
                      QStringLiteral("--debtor"), QStringLiteral("1"), QStringLiteral("--date"),
                      QStringLiteral("2026-10-01"), QStringLiteral("--line"),
                      QStringLiteral("Hytte|1|1000|25"), QStringLiteral("--post")})
                .exitCode == 0);
    const QStringList run{QStringLiteral("--level"),
                          QStringLiteral("1"),
                          QStringLiteral("--to-date"),
                          QStringLiteral("2026-11-01"),
                          QStringLiteral("--date"),
                          QStringLiteral("2026-11-02"),
                          QStringLiteral("--fee"),
                          QStringLiteral("100.00"),
                          QStringLiteral("--compensation"),
                          QStringLiteral("--interest-rate"),
                          QStringLiteral("0.8"),
                          QStringLiteral("--reference-rate"),
                          QStringLiteral("2")};
    auto r = shop.run(QStringList{QStringLiteral("reminders"), QStringLiteral("preview")} + run);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject first = r.json().array()[0].toObject();
    CHECK(first[QStringLiteral("fee")].toString() == QStringLiteral("100.00"));
    CHECK(first[QStringLiteral("compensation")].toString() == QStringLiteral("310.00"));
    // Due 15 October; 2 November is in the first started month: 1,000 × 0.8 %.
    CHECK(first[QStringLiteral("interest")].toString() == QStringLiteral("8.00"));
    r = shop.run(QStringList{QStringLiteral("reminders"), QStringLiteral("create")} + run);
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[QStringLiteral("reminders")].toArray().size() == 1);
    r = shop.run({QStringLiteral("debtor"), QStringLiteral("show"), QStringLiteral("1")});
    CHECK(r.json().object()[QStringLiteral("outstanding")].toString() == QStringLiteral("1418.00"));

    QStringList unlawful = run;
    unlawful[7] = QStringLiteral("100.01");
    r = shop.run(QStringList{QStringLiteral("reminders"), QStringLiteral("preview")} + unlawful);
    CHECK(r.exitCode == 1);
    CHECK(shop.errorField(r) == QStringLiteral("fee"));
}
