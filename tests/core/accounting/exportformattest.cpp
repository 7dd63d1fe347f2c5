#include "core/accounting/chartofaccounts.h"
#include "core/accounting/exportformat.h"
#include "core/accounting/voucherstore.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "tests/support/tempdir.h"
#include "tests/support/testbusiness.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>
#include <functional>

using namespace skranke;
using namespace skranke::test;

namespace {

const QDate feb1(2026, 2, 1);
const QDate feb28(2026, 2, 28);

// A balanced sale; the cash line has no account when `mapped` is false.
void addSale(Database& db, std::int64_t sourceId, const QDate& date, bool mapped = true) {
    const Currency dkk = Currency::fromCode(QStringLiteral("DKK"));
    Voucher v;
    v.date = date;
    v.currency = QStringLiteral("DKK");
    v.amount = Money::zero(dkk);
    v.sourceKind = QString::fromLatin1(VoucherSource::Receipt);
    v.sourceId = sourceId;
    v.sourceRef = QStringLiteral("Receipt K1-%1").arg(sourceId);
    v.category = VoucherCategory::Sale;
    v.text = QStringLiteral("Salg");
    v.lines = {{QStringLiteral("payment"),
                QStringLiteral("swish"),
                mapped ? QStringLiteral("5700") : QString(),
                Money(12500, dkk),
                {},
                {},
                {}},
               {QStringLiteral("revenue"),
                QStringLiteral("|25"),
                QStringLiteral("1010"),
                Money(-10000, dkk),
                QStringLiteral("25"),
                QStringLiteral("U25"),
                {}},
               {QStringLiteral("vat"),
                QStringLiteral("25"),
                QStringLiteral("6800"),
                Money(-2500, dkk),
                QStringLiteral("25"),
                {},
                {}}};
    Transaction tx(db);
    VoucherStore::insert(db, v);
    tx.commit();
}

struct Books {
    TestBusiness biz;
    TempDir dir;
    Books() { ChartOfAccounts::installDefaults(biz.db(), QStringLiteral("DK")); }
    void toFile(const QString& format, const ExportPeriod& period, const QString& path) {
        AccountingExport::toFile(biz.db(), biz.clock(), format, period, path);
    }
};

Error errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e;
    }
    FAIL("no error");
    return Error(ErrorCode::Storage, {});
}

QByteArray contentOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

TEST_CASE("The export formats are saft, sie4 and csv", "[export]") {
    CHECK(AccountingExport::names() ==
          QStringList{QStringLiteral("saft"), QStringLiteral("sie4"), QStringLiteral("csv")});
    for (const QString& name : AccountingExport::names())
        CHECK(AccountingExport::make(name)->name() == name);
    CHECK(AccountingExport::make(QStringLiteral("saft"))->fileSuffix() == QLatin1String("xml"));
    CHECK(AccountingExport::make(QStringLiteral("sie4"))->fileSuffix() == QLatin1String("se"));
    CHECK(AccountingExport::make(QStringLiteral("csv"))->fileSuffix() == QLatin1String("csv"));

    const Error e = errorOf([] { AccountingExport::make(QStringLiteral("xlsx")); });
    CHECK(e.code() == ErrorCode::InvalidInput);
    CHECK(e.field() == QLatin1String("format"));
    CHECK(e.message().contains(QLatin1String("xlsx")));
}

TEST_CASE("A period that ends before it starts is refused and nothing is written", "[export]") {
    Books books;
    addSale(books.biz.db(), 1, QDate(2026, 2, 10));
    const QString path = books.dir.path("out.csv");

    Error e = errorOf([&] { books.toFile(QStringLiteral("csv"), {feb28, feb1}, path); });
    CHECK(e.field() == QLatin1String("to"));
    CHECK(e.message() ==
          QLatin1String("The period ends (2026-02-01) before it starts (2026-02-28)."));
    CHECK_FALSE(QFile::exists(path));

    e = errorOf([&] { books.toFile(QStringLiteral("sie4"), {QDate(), feb28}, path); });
    CHECK(e.field() == QLatin1String("from"));
    e = errorOf([&] { books.toFile(QStringLiteral("sie4"), {feb1, QDate()}, path); });
    CHECK(e.field() == QLatin1String("to"));
    e = errorOf([&] { books.toFile(QStringLiteral("pdf"), {feb1, feb28}, path); });
    CHECK(e.field() == QLatin1String("format"));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A voucher in the period without an account stops the export", "[export]") {
    Books books;
    addSale(books.biz.db(), 1, QDate(2026, 2, 10));
    addSale(books.biz.db(), 2, QDate(2026, 2, 11), false);
    addSale(books.biz.db(), 3, QDate(2026, 3, 1), false);  // after the period: no matter
    const QString path = books.dir.path("out.se");
    // An earlier export stays as it was.
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("earlier");
    }

    for (const QString& format : AccountingExport::names()) {
        const Error e = errorOf([&] { books.toFile(format, {feb1, feb28}, path); });
        CHECK(e.code() == ErrorCode::Conflict);
        CHECK(e.message().contains(QLatin1String("(2)")));
        CHECK(e.message().contains(QLatin1String("restart")));
        CHECK(contentOf(path) == "earlier");
    }

    // March's unmapped voucher is outside February: that exports.
    books.toFile(QStringLiteral("csv"), {feb1, QDate(2026, 2, 10)}, path);
    CHECK(contentOf(path).contains("10-02-2026;1;5700;Salg;125,00;"));
}

TEST_CASE("The refusal names five vouchers and counts the rest", "[export]") {
    Books books;
    for (int i = 1; i <= 7; ++i)
        addSale(books.biz.db(), i, QDate(2026, 2, i), i != 4);
    for (int i = 8; i <= 13; ++i)
        addSale(books.biz.db(), i, QDate(2026, 2, i), false);
    const QString path = books.dir.path("out.csv");

    const Error e = errorOf([&] { books.toFile(QStringLiteral("csv"), {feb1, feb28}, path); });
    CHECK(e.code() == ErrorCode::Conflict);
    // Unmapped: 4 and 8–13, seven in all.
    CHECK(e.message().startsWith(QLatin1String("7 voucher")));
    CHECK(e.message().contains(QLatin1String("4, 8, 9, 10, 11 and 2 more")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("An unwritable path gives a storage error and no partial file", "[export]") {
    Books books;
    addSale(books.biz.db(), 1, QDate(2026, 2, 10));
    const QString missingDir = books.dir.path("no/such/dir");
    const QString path = missingDir + QStringLiteral("/out.csv");

    const Error e = errorOf([&] { books.toFile(QStringLiteral("csv"), {feb1, feb28}, path); });
    CHECK(e.code() == ErrorCode::Storage);
    CHECK(e.message().contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFile::exists(path));

    // A directory in the way: refused, and no temporary file left beside it.
    const QString dirPath = books.dir.path("adir");
    REQUIRE(QDir().mkpath(dirPath));
    const Error d = errorOf([&] { books.toFile(QStringLiteral("sie4"), {feb1, feb28}, dirPath); });
    CHECK(d.code() == ErrorCode::Storage);
    CHECK(QDir(books.dir.path("")).entryList(QDir::Files).isEmpty());
}

TEST_CASE("The export writes the whole file the format makes", "[export]") {
    Books books;
    addSale(books.biz.db(), 1, QDate(2026, 2, 10));
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("sie4")}) {
        const QString path = books.dir.path(QStringLiteral("out.") + format);
        books.toFile(format, {feb1, feb28}, path);
        CHECK(contentOf(path) == AccountingExport::make(format)->write(
                                     books.biz.db(), {feb1, feb28}, books.biz.clock()));
    }
}
