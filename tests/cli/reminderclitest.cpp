#include "tests/cli/clishop.h"
#include "tests/support/smtpsink.h"

#include <QDir>
#include <QFileInfo>

using namespace skranke;
using namespace skranke::test;

namespace {

// Two overdue debtors, one with an email address.
void twoOverdueDebtors(Shop& shop) {
    REQUIRE(shop.run({QStringLiteral("debtor"), QStringLiteral("add"), QStringLiteral("--company"),
                      QStringLiteral("Havn ApS"), QStringLiteral("--email"),
                      QStringLiteral("bogholderi@havn.dk"), QStringLiteral("--business")})
                .exitCode == 0);
    REQUIRE(shop.run({QStringLiteral("debtor"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Anna Berg")})
                .exitCode == 0);
    for (const char* debtor : {"1", "2"})
        REQUIRE(shop.run({QStringLiteral("invoice"), QStringLiteral("create"),
                          QStringLiteral("--debtor"), QString::fromLatin1(debtor),
                          QStringLiteral("--date"), QStringLiteral("2026-10-01"),
                          QStringLiteral("--line"), QStringLiteral("Hytte|1|1000|25"),
                          QStringLiteral("--post")})
                    .exitCode == 0);
}

QStringList firstRun() {
    return {QStringLiteral("reminders"), QStringLiteral("create"),     QStringLiteral("--level"),
            QStringLiteral("1"),         QStringLiteral("--to-date"),  QStringLiteral("2026-11-01"),
            QStringLiteral("--date"),    QStringLiteral("2026-11-02"), QStringLiteral("--fee"),
            QStringLiteral("100")};
}

}  // namespace

TEST_CASE("reminders create --pdf-dir writes a PDF each and a merged one; list and pdf",
          "[cli][dunning]") {
    Shop shop;
    twoOverdueDebtors(shop);
    const QString folder = QFileInfo(shop.dir.path("x")).absolutePath() + QStringLiteral("/pdf");
    auto r = shop.run(firstRun() + QStringList{QStringLiteral("--pdf-dir"), folder});
    CHECK(r.exitCode == 1);  // the folder must exist: nothing is created
    CHECK(Shop::errorField(r) == QStringLiteral("pdf_dir"));
    CHECK(shop.run({QStringLiteral("reminders"), QStringLiteral("list")}).json().array().isEmpty());

    REQUIRE(QDir().mkpath(folder));
    r = shop.run(firstRun() + QStringList{QStringLiteral("--pdf-dir"), folder});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject created = r.json().object();
    CHECK(created[QStringLiteral("reminders")].toArray().size() == 2);
    CHECK(created[QStringLiteral("pdf_files")].toArray().size() == 3);
    CHECK(QFileInfo(created[QStringLiteral("merged_pdf")].toString()).fileName() ==
          QStringLiteral("reminders-1-2.pdf"));
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("reminder-1.pdf"))));

    r = shop.run({QStringLiteral("reminders"), QStringLiteral("list"), QStringLiteral("--debtor"),
                  QStringLiteral("2")});
    REQUIRE(r.json().array().size() == 1);
    CHECK(r.json().array()[0].toObject()[QStringLiteral("total")].toString() ==
          QStringLiteral("1100.00"));

    const QString out = QDir(folder).filePath(QStringLiteral("again.pdf"));
    r = shop.run({QStringLiteral("reminders"), QStringLiteral("pdf"), QStringLiteral("2"),
                  QStringLiteral("--out"), out});
    CHECK(r.exitCode == 0);
    CHECK(QFileInfo(out).size() > 1000);
    r = shop.run({QStringLiteral("reminders"), QStringLiteral("pdf"), QStringLiteral("9"),
                  QStringLiteral("--out"), out});
    CHECK(r.exitCode == 1);
    CHECK(Shop::errorField(r) == QStringLiteral("reminder"));
}

TEST_CASE("reminders create --email sends to the debtors with an address", "[cli][dunning][mail]") {
    Shop shop;
    twoOverdueDebtors(shop);
    auto r = shop.run(firstRun() + QStringList{QStringLiteral("--email")});
    CHECK(r.exitCode == 1);  // email is not set up: nothing is created
    CHECK(Shop::errorField(r) == QStringLiteral("email"));

    SmtpSink sink;
    REQUIRE(shop.run({QStringLiteral("mail"), QStringLiteral("settings"), QStringLiteral("--host"),
                      QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                      QString::number(sink.port()), QStringLiteral("--security"),
                      QStringLiteral("none"), QStringLiteral("--from"),
                      QStringLiteral("regnskab@havblik.dk")})
                .exitCode == 0);
    r = shop.run(firstRun() + QStringList{QStringLiteral("--email")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject result = r.json().object();
    REQUIRE(result[QStringLiteral("emails")].toArray().size() == 1);
    CHECK(result[QStringLiteral("emails")].toArray()[0].toObject()[QStringLiteral("status")] ==
          QStringLiteral("sent"));
    CHECK(result[QStringLiteral("without_email")].toArray().size() == 1);
    const auto messages = sink.messages();
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].recipients == QStringList{QStringLiteral("bogholderi@havn.dk")});
    CHECK(messages[0].data.contains("reminder-1.pdf"));
    CHECK(messages[0].data.contains("Subject: Rykker 1 fra Havblik"));
}

TEST_CASE("numeric options of reminders and balance-list are checked and named", "[cli][dunning]") {
    Shop shop;
    const auto field = [&](QStringList args) { return Shop::errorField(shop.run(args)); };
    const QStringList preview{QStringLiteral("reminders"), QStringLiteral("preview"),
                              QStringLiteral("--to-date"), QStringLiteral("2026-11-20")};
    CHECK(field(preview + QStringList{QStringLiteral("--level"), QStringLiteral("x")}) ==
          QStringLiteral("level"));
    CHECK(field(preview + QStringList{QStringLiteral("--level"), QStringLiteral("0")}) ==
          QStringLiteral("level"));
    CHECK(field(preview + QStringList{QStringLiteral("--level"), QStringLiteral("1"),
                                      QStringLiteral("--debtor-from"), QStringLiteral("ten")}) ==
          QStringLiteral("debtor_from"));
    CHECK(field(preview + QStringList{QStringLiteral("--level"), QStringLiteral("1"),
                                      QStringLiteral("--respite"), QStringLiteral("-2")}) ==
          QStringLiteral("respite"));
    CHECK(field({QStringLiteral("balance-list"), QStringLiteral("--as-of"),
                 QStringLiteral("2026-11-20"), QStringLiteral("--debtor-to"),
                 QStringLiteral("-3")}) == QStringLiteral("debtor_to"));
    auto ok =
        shop.run(preview + QStringList{QStringLiteral("--level"), QStringLiteral("1"),
                                       QStringLiteral("--debtor-from"), QStringLiteral("10000")});
    CHECK(ok.exitCode == 0);
}
