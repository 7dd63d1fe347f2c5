#include "core/accounting/payoutimport.h"
#include "core/accounting/payoutstore.h"
#include "core/journal/journal.h"
#include "core/orders/orderpayments.h"
#include "core/orders/orderservice.h"
#include "core/store/error.h"
#include "core/till/tillpayments.h"
#include "tests/core/orders/orderfixture.h"
#include "tests/core/till/tillfixture.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

const QByteArray header =
    "payout_id;payout_date;currency;type;reference;transaction_date;amount;fee;text\n";

// Two payouts: P-100 settles two card payments and a refund and carries a
// monthly fee; P-101 settles one payment.
const QByteArray twoPayouts = header +
                              "P-100;2026-03-03;DKK;transaction;tx-1001;2026-03-01;500.00;7.25;\n"
                              "P-100;2026-03-03;DKK;transaction;TERM-4711;2026-03-02;32.00;0.46;\n"
                              "P-100;2026-03-03;DKK;transaction;UNKNOWN-1;2026-03-02;-100.50;0;\n"
                              "P-100;2026-03-03;DKK;fee;;;;99.00;Monthly terminal fee\n"
                              "P-101;2026-03-04;DKK;transaction;TERM-9001;2026-03-03;1234.56;"
                              "17.28;\n";

Order capturedOrder(const Session& s, const char* external, const char* transaction,
                    const char* amount) {
    Order o = importOne(s, cardOrderJson(external, transaction, goodsLine(amount)));
    o.fulfilled = true;
    o = OrderService::edit(s, o);
    return OrderPayments::capture(s, o.id, std::nullopt, false);
}

std::int64_t payoutRows(Database& db) {
    return countRows(db, "payout") + countRows(db, "payout_line");
}

const PayoutLine& lineWith(const Payout& p, const QString& reference) {
    for (const PayoutLine& l : p.lines)
        if (l.reference == reference)
            return l;
    FAIL("no line " << reference.toStdString());
    return p.lines.front();
}

}  // namespace

TEST_CASE("a settlement report with two payouts imports both, exact to the øre", "[payouts]") {
    TestBusiness b;
    const Session s = b.owner();
    const auto journal = Journal::count(b.db());
    const PayoutImportReport r = PayoutImport::importCsv(s, twoPayouts, QStringLiteral("a.csv"));
    REQUIRE(r.imported.size() == 2);
    CHECK(r.alreadyImported.isEmpty());
    CHECK(r.unmatched == 4);  // nothing to match in an empty business

    const Payout p100 = PayoutStore::require(b.db(), r.imported[0].id);
    CHECK(p100.reference == QStringLiteral("P-100"));
    CHECK(p100.acquirer == QStringLiteral("nets"));
    CHECK(p100.date == QDate(2026, 3, 3));
    CHECK(p100.gross == dkk(43150));  // 500.00 + 32.00 − 100.50
    CHECK(p100.fee == dkk(10671));    // 7.25 + 0.46 + 99.00
    CHECK(p100.net == dkk(32479));
    CHECK(p100.fileName == QStringLiteral("a.csv"));
    REQUIRE(p100.lines.size() == 4);
    CHECK(p100.lines[2].amount == dkk(-10050));
    CHECK(p100.lines[3].kind == QStringLiteral("fee"));
    CHECK(p100.lines[3].text == QStringLiteral("Monthly terminal fee"));
    CHECK(p100.lines[3].fee == dkk(9900));
    CHECK(p100.transactionCount == 3);
    CHECK(p100.unmatchedCount == 3);  // the fee line is nothing to match

    const Payout p101 = PayoutStore::require(b.db(), r.imported[1].id);
    CHECK(p101.gross == dkk(123456));
    CHECK(p101.fee == dkk(1728));
    CHECK(p101.net == dkk(121728));

    // Newest first; each payout journaled once.
    const auto list = PayoutStore::list(b.db(), QDate(2026, 3, 1), QDate(2026, 3, 31));
    REQUIRE(list.size() == 2);
    CHECK(list[0].reference == QStringLiteral("P-101"));
    CHECK(list[1].unmatchedCount == 3);
    CHECK(PayoutStore::list(b.db(), QDate(2026, 3, 4), QDate(2026, 3, 4)).size() == 1);
    CHECK(PayoutStore::list(b.db(), {}, {}, QStringLiteral("TERM-47")).size() == 1);
    CHECK(Journal::count(b.db()) == journal + 2);
    CHECK(Journal::forEntity(b.db(), p100.uid).size() == 1);
    CHECK(PayoutStore::transferState(b.db(), p100.id).isEmpty());
}

TEST_CASE("transactions are matched to orders, till receipts and till payments", "[payouts]") {
    Shop shop;
    const Session& s = shop.owner;
    Database& db = shop.b.db();
    const Order byTransaction = capturedOrder(s, "WEB-1001", "tx-1001", "500.00");
    const Order byCapture = capturedOrder(s, "WEB-1002", "tx-1002", "250.00");
    REQUIRE_FALSE(byCapture.captureRef.isEmpty());
    TillService::openShift(s, QStringLiteral("K1"), dkk(0));
    const Receipt receipt =
        SaleService::sell(s, QStringLiteral("K1"), {shop.line(QStringLiteral("C1"))}, {card(3200)});
    const Debtor debtor = addDebtor(s);
    const TillPayment payment = TillPayments::take(
        s, QStringLiteral("K1"),
        {debtor.id, dkk(123456), TenderKind::Card, QStringLiteral("TERM-9001"), {}});

    const QByteArray csv = twoPayouts + "P-102;2026-03-05;DKK;transaction;" +
                           byCapture.captureRef.toUtf8() + ";2026-03-04;250.00;3.50;\n";
    const PayoutImportReport r = PayoutImport::importCsv(s, csv, QStringLiteral("b.csv"));
    REQUIRE(r.imported.size() == 3);
    CHECK(r.unmatched == 1);

    const Payout p100 = PayoutStore::require(db, r.imported[0].id);
    const PayoutLine& order = lineWith(p100, QStringLiteral("tx-1001"));
    CHECK(order.matchKind == QStringLiteral("order"));
    CHECK(order.matchId == byTransaction.id);
    CHECK(order.matchLabel == QStringLiteral("Order WEB-1001"));
    const PayoutLine& till = lineWith(p100, QStringLiteral("TERM-4711"));
    CHECK(till.matchKind == QStringLiteral("receipt"));
    CHECK(till.matchId == receipt.id);
    CHECK(till.matchLabel == QStringLiteral("Receipt K1-1"));
    const PayoutLine& unknown = lineWith(p100, QStringLiteral("UNKNOWN-1"));
    CHECK_FALSE(unknown.matched());
    CHECK(unknown.matchLabel.isEmpty());
    CHECK(p100.unmatchedCount == 1);

    const PayoutLine& debtorLine =
        lineWith(PayoutStore::require(db, r.imported[1].id), QStringLiteral("TERM-9001"));
    CHECK(debtorLine.matchKind == QStringLiteral("till_payment"));
    CHECK(debtorLine.matchId == payment.id);
    CHECK(debtorLine.matchLabel.startsWith(QStringLiteral("Till payment K1")));
    const Payout p102 = PayoutStore::require(db, r.imported[2].id);
    CHECK(p102.lines[0].matchKind == QStringLiteral("order"));
    CHECK(p102.lines[0].matchId == byCapture.id);

    // The one unmatched transaction is listed, never dropped.
    const auto open = PayoutStore::unmatchedLines(db, QDate(2026, 3, 1), QDate(2026, 3, 31));
    REQUIRE(open.size() == 1);
    CHECK(open[0].line.reference == QStringLiteral("UNKNOWN-1"));
    CHECK(open[0].payoutReference == QStringLiteral("P-100"));
    CHECK(open[0].line.amount == dkk(-10050));
}

TEST_CASE("importing the same settlement report again writes nothing", "[payouts]") {
    TestBusiness b;
    const Session s = b.owner();
    PayoutImport::importCsv(s, twoPayouts, QStringLiteral("a.csv"));
    const auto rows = payoutRows(b.db());
    const auto journal = Journal::count(b.db());
    const PayoutImportReport again =
        PayoutImport::importCsv(s, twoPayouts, QStringLiteral("a.csv"), QStringLiteral(" Nets "));
    CHECK(again.imported.empty());
    CHECK(again.alreadyImported == QStringList{QStringLiteral("P-100"), QStringLiteral("P-101")});
    CHECK(payoutRows(b.db()) == rows);
    CHECK(Journal::count(b.db()) == journal);
    // Another acquirer's payout ids are its own.
    CHECK(PayoutImport::importCsv(s, twoPayouts, {}, QStringLiteral("swedbank")).imported.size() ==
          2);
}

TEST_CASE("a malformed settlement report is refused whole, naming line and column", "[payouts]") {
    TestBusiness b;
    const Session s = b.owner();
    const QByteArray good = "P-1;2026-03-03;DKK;transaction;tx-1;2026-03-01;100.00;1.00;\n";
    struct Case {
        const char* what;
        QByteArray csv;
        QStringList expected;  // each must be in the message
    };
    const std::vector<Case> cases{
        {"missing column",
         "payout_id;payout_date;currency;type;reference;amount;fee;text\n",
         {QStringLiteral("line 1, transaction_date:")}},
        {"wrong column count",
         header + good + "P-1;2026-03-03;DKK;transaction;tx-2\n",
         {QStringLiteral("line 3: The row has 5 fields; the header has 9.")}},
        {"bad payout date",
         header + "P-1;2026-02-30;DKK;transaction;tx-1;2026-03-01;1.00;0;\n",
         {QStringLiteral("line 2, payout_date: \"2026-02-30\" is not a date")}},
        {"bad transaction date",
         header + "P-1;2026-03-03;DKK;transaction;tx-1;3/1/2026;1.00;0;\n",
         {QStringLiteral("line 2, transaction_date:")}},
        {"bad amount",
         header + good + "P-1;2026-03-03;DKK;transaction;tx-2;2026-03-01;1,5;0;\n",
         {QStringLiteral("line 3, amount: \"1,5\" is not an amount")}},
        {"amount with too many decimals",
         header + good + "P-1;2026-03-03;DKK;transaction;tx-2;2026-03-01;12.505;0;\n",
         {QStringLiteral("line 3, amount: \"12.505\" has more than 2 decimals")}},
        {"amount not a number",
         header + "P-1;2026-03-03;DKK;transaction;tx-1;2026-03-01;abc;0;\n",
         {QStringLiteral("line 2, amount: \"abc\" is not an amount")}},
        {"negative fee",
         header + "P-1;2026-03-03;DKK;transaction;tx-1;2026-03-01;10.00;-1.00;\n",
         {QStringLiteral("line 2, fee: The fee is negative")}},
        {"unknown type",
         header + "P-1;2026-03-03;DKK;chargeback;tx-1;2026-03-01;10.00;0;\n",
         {QStringLiteral("line 2, type: The type is \"chargeback\"")}},
        {"other currency",
         header + good + "P-2;2026-03-03;EUR;transaction;tx-2;2026-03-01;5;0;\n",
         {QStringLiteral("line 3, currency: The currency is EUR")}},
        {"payout dates disagree",
         header + good + "P-1;2026-03-04;DKK;transaction;tx-2;2026-03-01;5.00;0;\n",
         {QStringLiteral("line 3, payout_date: Payout P-1 is dated 2026-03-03 on line 2")}},
        {"fee row without a fee",
         header + "P-1;2026-03-03;DKK;fee;;;;;Monthly\n",
         {QStringLiteral("line 2, fee: A fee row needs a fee above 0.")}},
        {"empty file", "", {QStringLiteral("The file is empty.")}},
        {"only a BOM and blank lines", "\xEF\xBB\xBF\n\n", {QStringLiteral("The file is empty.")}},
        {"header only", header, {QStringLiteral("no rows")}},
        {"binary", QByteArray("PK\x03\x04\0\0\x14\0", 8), {QStringLiteral("not a text file")}},
        {"not UTF-8",
         header + "P-1;2026-03-03;DKK;fee;;;;1.00;Geb\xFChr\n",
         {QStringLiteral("not UTF-8")}},
        {"several problems, each listed",
         header + "P-1;2026-13-01;DKK;transaction;;2026-03-01;10.00;-2;\n" + good,
         {QStringLiteral("line 2, payout_date:"), QStringLiteral("line 2, reference:"),
          QStringLiteral("line 2, fee:")}},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const auto rows = payoutRows(b.db());
        const QString message =
            messageOf([&] { PayoutImport::importCsv(s, c.csv, QStringLiteral("bad.csv")); });
        CHECK(message.startsWith(QStringLiteral("The settlement report bad.csv was not imported")));
        for (const QString& e : c.expected) {
            INFO(message.toStdString());
            CHECK(message.contains(e));
        }
        CHECK(payoutRows(b.db()) == rows);
        CHECK(rows == 0);
    }
    CHECK(fieldOf([&] { PayoutImport::importCsv(s, "", {}); }) == QStringLiteral("file"));
}

TEST_CASE("a report with commas, quotes and a BOM reads the same", "[payouts]") {
    TestBusiness b;
    const Session s = b.owner();
    const QByteArray csv =
        "\xEF\xBB\xBF"
        "Payout_ID,currency,payout_date,type,reference,transaction_date,amount,fee,text,extra\r\n"
        "P-9,DKK,2026-03-03,transaction,tx-9,2026-03-01,1234.50,12.35,,x\r\n"
        "P-9,DKK,2026-03-03,fee,,,,5.00,\"Fee, monthly \"\"basic\"\"\",y\r\n";
    const PayoutImportReport r = PayoutImport::importCsv(s, csv, QStringLiteral("c.csv"));
    REQUIRE(r.imported.size() == 1);
    const Payout p = PayoutStore::require(b.db(), r.imported[0].id);
    CHECK(p.gross == dkk(123450));
    CHECK(p.fee == dkk(1735));
    CHECK(p.net == dkk(121715));
    CHECK(p.lines[1].text == QStringLiteral("Fee, monthly \"basic\""));
}

TEST_CASE("matching again finds a payment that appeared after the import", "[payouts]") {
    Shop shop;
    const Session& s = shop.owner;
    Database& db = shop.b.db();
    const PayoutImportReport r = PayoutImport::importCsv(s, twoPayouts, QStringLiteral("a.csv"));
    CHECK(r.unmatched == 4);
    CHECK(PayoutImport::rematch(s) == 0);

    const Order order = capturedOrder(s, "WEB-1001", "tx-1001", "500.00");
    TillService::openShift(s, QStringLiteral("K1"), dkk(0));
    SaleService::sell(s, QStringLiteral("K1"), {shop.line(QStringLiteral("C1"))}, {card(3200)});
    const auto journal = Journal::count(db);
    CHECK(PayoutImport::rematch(s) == 2);
    CHECK(Journal::count(db) == journal + 1);  // one payout changed
    const Payout p = PayoutStore::require(db, r.imported[0].id);
    CHECK(lineWith(p, QStringLiteral("tx-1001")).matchLabel == QStringLiteral("Order WEB-1001"));
    CHECK(lineWith(p, QStringLiteral("TERM-4711")).matchLabel == QStringLiteral("Receipt K1-1"));
    CHECK(p.unmatchedCount == 1);
    CHECK(PayoutStore::unmatchedLines(db, {}, {}).size() == 2);
    CHECK(PayoutImport::rematch(s) == 0);
    // A matched line keeps its match: the database refuses to change it.
    CHECK_THROWS_AS(db.exec("UPDATE payout_line SET match_kind = 'receipt' "
                            "WHERE match_kind = 'order'"),
                    Error);
}

TEST_CASE("importing payouts needs accounting.manage and a readable file", "[payouts]") {
    TestBusiness b;
    const Session desk = b.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    CHECK(codeOf([&] { PayoutImport::importCsv(desk, twoPayouts, {}); }) == ErrorCode::Forbidden);
    CHECK(codeOf([&] { PayoutImport::rematch(desk); }) == ErrorCode::Forbidden);
    const Session s = b.owner();
    const QString missing = QStringLiteral("/nonexistent/settlement.csv");
    CHECK(messageOf([&] { PayoutImport::importFile(s, missing); }).contains(missing));
    CHECK(codeOf([&] { PayoutImport::importCsv(s, twoPayouts, {}, QStringLiteral(" ")); }) ==
          ErrorCode::InvalidInput);

    TempDir dir;
    const QString path = dir.path("nets-2026-03.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(twoPayouts);
    file.close();
    const PayoutImportReport r = PayoutImport::importFile(s, path);
    REQUIRE(r.imported.size() == 2);
    CHECK(r.imported[0].fileName == QStringLiteral("nets-2026-03.csv"));
    CHECK(countRows(b.db(), "payout") == 2);
}
