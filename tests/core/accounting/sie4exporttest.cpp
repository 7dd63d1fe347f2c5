#include "core/accounting/chartofaccounts.h"
#include "core/accounting/exportformat.h"
#include "core/accounting/sie4export.h"
#include "core/accounting/sie4reader.h"
#include "core/accounting/voucherstore.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "tests/support/tempdir.h"
#include "tests/support/testbusiness.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <map>

using namespace skranke;
using namespace skranke::test;

namespace {

struct Line {
    const char* account;
    std::int64_t minor;
    QString text;
};

// A voucher written straight into the store, as the generator would.
Voucher addVoucher(Database& db, const QDate& date, const QString& currency, const QString& text,
                   const std::vector<Line>& lines) {
    static std::int64_t sourceId = 0;
    Voucher v;
    v.date = date;
    v.currency = currency;
    v.amount = Money::zero(Currency::fromCode(currency));
    v.sourceKind = QString::fromLatin1(VoucherSource::Receipt);
    v.sourceId = ++sourceId;
    v.sourceRef = QStringLiteral("Receipt K1-%1").arg(v.sourceId);
    v.category = VoucherCategory::Sale;
    v.text = text;
    v.createdMs = QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    for (const Line& l : lines)
        v.lines.push_back({QStringLiteral("revenue"),
                           {},
                           QString::fromLatin1(l.account),
                           Money(l.minor, Currency::fromCode(currency)),
                           {},
                           {},
                           l.text});
    Transaction tx(db);
    VoucherStore::insert(db, v);
    tx.commit();
    return v;
}

Money sek(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("SEK")));
}

const QDate feb1(2026, 2, 1);
const QDate feb28(2026, 2, 28);

// A Swedish shop: one sale in January (before the period), two in
// February, one in March (after it).
struct SwedishBooks {
    TestBusiness biz{QStringLiteral("SE")};
    SwedishBooks() {
        ChartOfAccounts::installDefaults(biz.db(), QStringLiteral("SE"));
        const QString sek = QStringLiteral("SEK");
        addVoucher(biz.db(), QDate(2026, 1, 20), sek, QStringLiteral("Kassaförsäljning januari"),
                   {{"1910", 12500, {}}, {"3001", -10000, {}}, {"2611", -2500, {}}});
        addVoucher(biz.db(), QDate(2026, 2, 10), sek, QStringLiteral("Försäljning åäö ÅÄÖ"),
                   {{"1910", 25000, QStringLiteral("Kontant \"snabb\" betalning")},
                    {"3001", -20000, QStringLiteral("Fika på Älvsjö")},
                    {"2611", -5000, QStringLiteral("Moms 25 %")}});
        addVoucher(biz.db(), QDate(2026, 2, 28), sek, QStringLiteral("Kortförsäljning"),
                   {{"1580", 6250, {}}, {"3002", -5580, {}}, {"2621", -670, {}}});
        addVoucher(biz.db(), QDate(2026, 3, 1), sek, QStringLiteral("Mars"),
                   {{"1910", 99900, {}}, {"3001", -99900, {}}});
    }
    QByteArray write() {
        return Sie4Export().write(biz.db(), ExportPeriod{feb1, feb28}, biz.clock());
    }
};

}  // namespace

TEST_CASE("SIE 4 read back gives the vouchers and totals that were booked", "[sie4][export]") {
    SwedishBooks books;
    const Sie4File file = Sie4Reader::read(books.write());

    CHECK(file.flag == QLatin1String("0"));
    CHECK(file.program == QLatin1String("Skranke"));
    CHECK(file.format == QLatin1String("PC8"));
    CHECK(file.sieType == QLatin1String("4"));
    CHECK(file.generated == QDate(2026, 3, 2));
    CHECK(file.companyName == QLatin1String("Fjordlys Test"));
    CHECK(file.yearStart == feb1);
    CHECK(file.yearEnd == feb28);
    CHECK(file.chartType == QLatin1String("BAS2014"));
    CHECK(file.currency == QLatin1String("SEK"));

    // Only February's vouchers, each balanced, with their numbers and dates.
    REQUIRE(file.vouchers.size() == 2);
    CHECK(file.vouchers[0].number == QLatin1String("2"));
    CHECK(file.vouchers[0].series == QLatin1String("A"));
    CHECK(file.vouchers[0].date == QDate(2026, 2, 10));
    CHECK(file.vouchers[1].number == QLatin1String("3"));
    CHECK(file.vouchers[1].date == feb28);
    std::map<QString, Money> debitsByVoucher;
    std::map<QString, Money> debitsByAccount;
    for (const Sie4Voucher& v : file.vouchers) {
        CHECK(v.sum() == sek(0));
        for (const Sie4Transaction& t : v.transactions) {
            CHECK(t.date == v.date);
            if (!t.amount.isPositive())
                continue;
            debitsByVoucher.try_emplace(v.number, sek(0)).first->second += t.amount;
            debitsByAccount.try_emplace(t.account, sek(0)).first->second += t.amount;
        }
    }
    CHECK(debitsByVoucher == std::map<QString, Money>{{QStringLiteral("2"), sek(25000)},
                                                      {QStringLiteral("3"), sek(6250)}});
    CHECK(debitsByAccount == std::map<QString, Money>{{QStringLiteral("1910"), sek(25000)},
                                                      {QStringLiteral("1580"), sek(6250)}});
    REQUIRE(file.vouchers[0].transactions.size() == 3);
    CHECK(file.vouchers[0].transactions[1].account == QLatin1String("3001"));
    CHECK(file.vouchers[0].transactions[1].amount == sek(-20000));
    CHECK(file.vouchers[1].transactions[2].amount == sek(-670));
}

TEST_CASE("SIE 4 carries January into the opening balances of February", "[sie4][export]") {
    SwedishBooks books;
    const Sie4File file = Sie4Reader::read(books.write());

    // Balance accounts: what January left, and that plus February.
    CHECK(file.opening.at(QStringLiteral("1910")) == sek(12500));
    CHECK(file.closing.at(QStringLiteral("1910")) == sek(37500));
    CHECK(file.opening.at(QStringLiteral("2611")) == sek(-2500));
    CHECK(file.closing.at(QStringLiteral("2611")) == sek(-7500));
    CHECK(file.opening.at(QStringLiteral("1580")) == sek(0));
    CHECK(file.closing.at(QStringLiteral("1580")) == sek(6250));
    // Result accounts: February only, and no balance carried in.
    CHECK(file.result.at(QStringLiteral("3001")) == sek(-20000));
    CHECK(file.result.at(QStringLiteral("3002")) == sek(-5580));
    CHECK(file.opening.count(QStringLiteral("3001")) == 0);
    CHECK(file.closing.count(QStringLiteral("3001")) == 0);
    CHECK(file.result.count(QStringLiteral("1910")) == 0);

    CHECK(file.accountTypes.at(QStringLiteral("1910")) == u'T');
    CHECK(file.accountTypes.at(QStringLiteral("2611")) == u'S');
    CHECK(file.accountTypes.at(QStringLiteral("3001")) == u'I');
    // Every account used, and no other.
    CHECK(file.accountNames.size() == 6);
    CHECK(file.accountNames.count(QStringLiteral("1930")) == 0);
}

TEST_CASE("SIE 4 is PC8 with CRLF, and å, ä, ö and quotes survive", "[sie4][export]") {
    SwedishBooks books;
    const QByteArray bytes = books.write();

    CHECK(bytes.startsWith("#FLAGGA 0\r\n"));
    CHECK(bytes.contains("#FORMAT PC8\r\n"));
    CHECK(bytes.contains("#KPTYP BAS2014\r\n"));
    CHECK_FALSE(bytes.contains("#VALUTA"));
    CHECK(bytes.count("\r\n") == bytes.count("\n"));
    // ö is 0x94 in code page 437, not UTF-8's C3 B6.
    CHECK(bytes.contains("F\x94rs\x84ljning \x86\x84\x94 \x8F\x8E\x99"));
    CHECK_FALSE(bytes.contains("\xC3\xB6"));
    CHECK(bytes.contains("#TRANS 1910 {} 250.00 20260210 \"Kontant \\\"snabb\\\" betalning\""));
    CHECK(bytes.contains("#VER \"A\" 2 20260210 "));

    const Sie4File file = Sie4Reader::read(bytes);
    CHECK(file.vouchers[0].text == QStringLiteral("Försäljning åäö ÅÄÖ"));
    CHECK(file.vouchers[0].transactions[0].text == QStringLiteral("Kontant \"snabb\" betalning"));
    CHECK(file.vouchers[0].transactions[1].text == QStringLiteral("Fika på Älvsjö"));
    CHECK(file.accountNames.at(QStringLiteral("2611")) ==
          QStringLiteral("Utgående moms på försäljning inom Sverige, 25 %"));
}

TEST_CASE("PC8 maps what code page 437 has and marks the rest", "[sie4]") {
    const QString nordic = QStringLiteral("åäöÅÄÖéÉüÜæÆ");
    CHECK(Sie4Export::encodePc8(nordic) ==
          QByteArray("\x86\x84\x94\x8F\x8E\x99\x82\x90\x81\x9A\x91\x92"));
    CHECK(Sie4Export::decodePc8(Sie4Export::encodePc8(nordic)) == nordic);
    // ø, € and an emoji are not in 437; a tab or newline is no SIE text.
    CHECK(Sie4Export::encodePc8(QStringLiteral("Kørsel € 😀\tx\ny")) ==
          QByteArray("K?rsel ? ? x y"));
    CHECK(Sie4Export::quoted(QStringLiteral("Sagt \"hej\"")) ==
          QStringLiteral("\"Sagt \\\"hej\\\"\""));
    CHECK(Sie4Reader::fields(QStringLiteral("#TRANS 1910 {} -1.50 20260210 \"a \\\"b\\\" c\"")) ==
          QStringList{QStringLiteral("#TRANS"), QStringLiteral("1910"), QStringLiteral("{}"),
                      QStringLiteral("-1.50"), QStringLiteral("20260210"),
                      QStringLiteral("a \"b\" c")});
}

TEST_CASE("SIE 4 of a Danish business names its currency and no BAS chart", "[sie4][export]") {
    TestBusiness biz;
    ChartOfAccounts::installDefaults(biz.db(), QStringLiteral("DK"));
    addVoucher(biz.db(), QDate(2026, 2, 3), QStringLiteral("DKK"), QStringLiteral("Salg"),
               {{"5700", 12550, {}}, {"1010", -10040, {}}, {"6800", -2510, {}}});
    const QByteArray bytes = Sie4Export().write(biz.db(), ExportPeriod{feb1, feb28}, biz.clock());

    CHECK(bytes.contains("#VALUTA DKK\r\n"));
    CHECK_FALSE(bytes.contains("#KPTYP"));
    // Øreafrunding is not used; Kasse is, and Ø would be '?' in PC8.
    const Sie4File file = Sie4Reader::read(bytes);
    CHECK(file.currency == QLatin1String("DKK"));
    CHECK(file.accountNames.at(QStringLiteral("5700")) == QLatin1String("Kasse"));
    REQUIRE(file.vouchers.size() == 1);
    CHECK(file.vouchers[0].transactions[0].amount ==
          Money(12550, Currency::fromCode(QStringLiteral("DKK"))));
}

TEST_CASE("SIE 4 written to a file by the export front door reads back", "[sie4][export]") {
    SwedishBooks books;
    TempDir dir;
    const QString path = dir.path("februari.se");
    AccountingExport::toFile(books.biz.db(), books.biz.clock(), QStringLiteral("sie4"),
                             ExportPeriod{feb1, feb28}, path);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes == books.write());
    CHECK(Sie4Reader::read(bytes).vouchers.size() == 2);
}

TEST_CASE("The SIE reader refuses what it cannot read, naming the line", "[sie4]") {
    auto fails = [](const QByteArray& text, const char* needle) {
        try {
            Sie4Reader::read(text);
            FAIL("read");
        } catch (const Error& e) {
            CHECK(e.field() == QLatin1String("file"));
            CHECK(e.message().contains(QString::fromUtf8(needle)));
        }
    };
    fails("#FLAGGA 0\r\n#TRANS 1910 {} 1.00\r\n", "line 2");
    fails("#VER \"A\" 1 20260210 \"x\"\r\n{\r\n#TRANS 1910 {} 1,00\r\n}\r\n", "line 3");
    fails("#VER \"A\" 1 20260210 \"x\"\r\n{\r\n#TRANS 1910 {} 1.00\r\n", "ends inside");
    fails("#VER \"A\" 1 2026-02-10 \"x\"\r\n{\r\n}\r\n", "line 1");
    // LF alone is fine, and labels it does not know are skipped.
    const Sie4File ok = Sie4Reader::read(
        "#SIETYP 4\n#SRU 1910 7281\n#VER A 1 20260210 x\n{\n#TRANS 1910 {} 1.5\n"
        "#TRANS 3001 {} -1.5\n}\n");
    REQUIRE(ok.vouchers.size() == 1);
    CHECK(ok.vouchers[0].transactions[0].amount == sek(150));
    CHECK(ok.vouchers[0].sum() == sek(0));
}
