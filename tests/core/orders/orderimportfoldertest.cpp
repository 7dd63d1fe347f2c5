#include "core/orders/orderimport.h"
#include "core/orders/ordersettings.h"
#include "core/store/error.h"
#include "tests/core/orders/orderfixture.h"
#include "tests/support/tempdir.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

}  // namespace

TEST_CASE("the import folder imports each file once and keeps refused files with reasons",
          "[orders][import]") {
    TestBusiness shop;
    const Session s = shop.owner();
    TempDir dir;
    const QString folder = dir.path("drop");
    REQUIRE(QDir().mkpath(folder));
    write(folder + QStringLiteral("/a.json"), cardOrderJson("WEB-60", "tx-60", goodsLine("10.00")));
    write(folder + QStringLiteral("/b.json"), "{\"format\": \"skranke-orders/1\", \"orders\": [");
    write(folder + QStringLiteral("/notes.txt"), "not an order file");

    const auto report = OrderImport::importFolder(s, folder);
    CHECK(report.importedFiles == QStringList{QStringLiteral("a.json")});
    REQUIRE(report.refusedFiles.size() == 1);
    CHECK(report.refusedFiles[0].startsWith(QStringLiteral("b.json: ")));
    CHECK(report.orders.imported == QStringList{QStringLiteral("WEB-60")});
    CHECK(QFile::exists(folder + QStringLiteral("/imported/a.json")));
    CHECK(QFile::exists(folder + QStringLiteral("/refused/b.json")));
    CHECK(QFile::exists(folder + QStringLiteral("/refused/b.txt")));
    CHECK(QFile::exists(folder + QStringLiteral("/notes.txt")));
    CHECK_FALSE(QFile::exists(folder + QStringLiteral("/a.json")));

    // The same file dropped again is imported again, changes nothing, and
    // does not overwrite the first copy.
    write(folder + QStringLiteral("/a.json"), cardOrderJson("WEB-60", "tx-60", goodsLine("10.00")));
    const auto again = OrderImport::importFolder(s, folder);
    CHECK(again.orders.unchanged == QStringList{QStringLiteral("WEB-60")});
    CHECK(QFile::exists(folder + QStringLiteral("/imported/a-2.json")));
    CHECK(countRows(shop.db(), "web_order") == 1);

    CHECK_THROWS_AS(OrderImport::importFolder(s, folder + QStringLiteral("/missing")), Error);
}

TEST_CASE("order settings are validated and kept", "[orders]") {
    TestBusiness shop;
    const Session s = shop.owner();
    TempDir dir;
    const QString folder = dir.path("drop");
    REQUIRE(QDir().mkpath(folder));
    OrderSettings settings;
    settings.importFolder = dir.path("nowhere");
    try {
        OrderSettings::save(s, settings);
        FAIL("saved");
    } catch (const Error& e) {
        CHECK(e.field() == QLatin1String("import_folder"));
    }
    settings.importFolder = folder;
    settings.netsUrl = QStringLiteral("ftp://example.com");
    settings.netsSecretKey = QStringLiteral("key");
    try {
        OrderSettings::save(s, settings);
        FAIL("saved");
    } catch (const Error& e) {
        CHECK(e.field() == QLatin1String("orders.nets.url"));
    }
    settings.netsUrl = QStringLiteral("https://api.example.com");
    settings.autoCaptureValueCards = true;
    settings.netsTimeoutMs = 20000;
    OrderSettings::save(s, settings);
    const OrderSettings back = OrderSettings::load(shop.db());
    CHECK(back.importFolder == folder);
    CHECK(back.autoCaptureValueCards);
    CHECK(back.netsUrl == QLatin1String("https://api.example.com"));
    CHECK(back.netsTimeoutMs == 20000);
    const Session desk = shop.userWithRole(QStringLiteral("desk"), QStringLiteral("front_desk"));
    CHECK_THROWS_AS(OrderSettings::save(desk, settings), Error);
}
