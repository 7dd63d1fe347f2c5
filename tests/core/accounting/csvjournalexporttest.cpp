#include "core/accounting/chartofaccounts.h"
#include "core/accounting/csvjournalexport.h"
#include "core/accounting/voucherstore.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "tests/support/testbusiness.h"

#include <QLocale>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

struct Line {
    const char* account;
    std::int64_t minor;
    QString text;
    QString vatCode;
};

void addVoucher(Database& db, std::int64_t sourceId, const QDate& date, const QString& text,
                const std::vector<Line>& lines) {
    Voucher v;
    v.date = date;
    v.currency = QStringLiteral("DKK");
    v.amount = Money::zero(Currency::fromCode(v.currency));
    v.sourceKind = QString::fromLatin1(VoucherSource::Invoice);
    v.sourceId = sourceId;
    v.sourceRef = QStringLiteral("Invoice %1").arg(sourceId);
    v.category = VoucherCategory::Sale;
    v.text = text;
    for (const Line& l : lines)
        v.lines.push_back({QStringLiteral("revenue"),
                           {},
                           QString::fromLatin1(l.account),
                           Money(l.minor, Currency::fromCode(QStringLiteral("DKK"))),
                           {},
                           l.vatCode,
                           l.text});
    Transaction tx(db);
    VoucherStore::insert(db, v);
    tx.commit();
}

// Splits the journal into rows of fields the way a spreadsheet reads it.
std::vector<QStringList> parseCsv(const QString& text) {
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                field += text.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u';') {
            row << std::exchange(field, {});
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << std::exchange(field, {});
            rows.push_back(std::exchange(row, {}));
        } else {
            field += c;
        }
    }
    return rows;
}

struct DanishBooks {
    TestBusiness biz;
    DanishBooks() {
        ChartOfAccounts::installDefaults(biz.db(), QStringLiteral("DK"));
        addVoucher(biz.db(), 1, QDate(2026, 1, 31), QStringLiteral("Januar"),
                   {{"5600", 10000, {}, {}},
                    {"1010", -8000, {}, QStringLiteral("U25")},
                    {"6800", -2000, {}, {}}});
        addVoucher(
            biz.db(), 2, QDate(2026, 2, 5), QStringLiteral("Faktura 1042"),
            {{"5600", 1234567, {}, {}},
             {"1010", -987654, QStringLiteral("Kaffe; \"stor\" og kage"), QStringLiteral("U25")},
             {"6800", -246913, QStringLiteral("Moms"), {}}});
        addVoucher(biz.db(), 3, QDate(2026, 2, 27), QStringLiteral("Kortbetaling"),
                   {{"5730", 50, {}, {}}, {"5600", -50, {}, {}}});
    }
    QByteArray write() {
        return CsvJournalExport().write(
            biz.db(), ExportPeriod{QDate(2026, 2, 1), QDate(2026, 2, 28)}, biz.clock());
    }
};

}  // namespace

TEST_CASE("The CSV journal has a Danish header and a row per voucher line",
          "[csvjournal][export]") {
    DanishBooks books;
    const QByteArray bytes = books.write();

    CHECK(
        bytes.startsWith("\xEF\xBB\xBF"
                         "Dato;Bilag;Konto;Tekst;Bel\xC3\xB8"
                         "b;Momskode\r\n"));
    const auto rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    // Header + 3 lines of voucher 2 + 2 of voucher 3; January's is outside.
    REQUIRE(rows.size() == 6);
    for (const QStringList& row : rows)
        CHECK(row.size() == 6);
    CHECK(rows[1] == QStringList{QStringLiteral("05-02-2026"), QStringLiteral("2"),
                                 QStringLiteral("5600"), QStringLiteral("Faktura 1042"),
                                 QStringLiteral("12345,67"), QString()});
    CHECK(rows[2] == QStringList{QStringLiteral("05-02-2026"), QStringLiteral("2"),
                                 QStringLiteral("1010"), QStringLiteral("Kaffe; \"stor\" og kage"),
                                 QStringLiteral("-9876,54"), QStringLiteral("U25")});
    CHECK(rows[5] == QStringList{QStringLiteral("27-02-2026"), QStringLiteral("3"),
                                 QStringLiteral("5600"), QStringLiteral("Kortbetaling"),
                                 QStringLiteral("-0,50"), QString()});
}

TEST_CASE("The CSV journal quotes a text with ; and \" and its amounts sum to 0",
          "[csvjournal][export]") {
    DanishBooks books;
    const QByteArray bytes = books.write();

    CHECK(bytes.contains(";\"Kaffe; \"\"stor\"\" og kage\";"));
    CHECK(bytes.contains("\r\n05-02-2026;2;6800;Moms;-2469,13;\r\n"));
    const auto rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    const Currency dkk = Currency::fromCode(QStringLiteral("DKK"));
    Money sum = Money::zero(dkk);
    Money debits = Money::zero(dkk);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const Money amount = Money::parse(rows[i][4], dkk, QLocale(QLocale::Danish));
        sum += amount;
        if (amount.isPositive())
            debits += amount;
    }
    CHECK(sum == Money::zero(dkk));
    CHECK(debits == Money(1234617, dkk));
}

TEST_CASE("The CSV journal refuses a voucher line without an account", "[csvjournal][export]") {
    DanishBooks books;
    addVoucher(books.biz.db(), 4, QDate(2026, 2, 14), QStringLiteral("Swish"),
               {{"", 1000, {}, {}}, {"1010", -1000, {}, {}}});
    try {
        books.write();
        FAIL("written");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Conflict);
        CHECK(e.message().contains(QLatin1String("Voucher 4")));
    }
}
