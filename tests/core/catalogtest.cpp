#include "core/catalog/catalogservice.h"
#include "core/demo/demobusiness.h"
#include "core/journal/journal.h"
#include "core/store/error.h"
#include "tests/support/testbusiness.h"

#include <catch2/catch.hpp>

using namespace skranke;

namespace {

NewProduct coffee() {
    return {QStringLiteral("101"),
            QStringLiteral("Kaffe"),
            ProductKind::Goods,
            QStringLiteral("Café"),
            QStringLiteral("35.00"),
            QStringLiteral("25"),
            QStringLiteral("5701234501015"),
            0};
}

QString failingField(const Session& s, const NewProduct& p) {
    try {
        CatalogService::createProduct(s, p);
    } catch (const Error& e) {
        return e.field();
    }
    return {};
}

}  // namespace

TEST_CASE("products are created with an exact price and found by EAN", "[catalog]") {
    test::TestBusiness b;
    const Session owner = b.owner();
    const Product p = CatalogService::createProduct(owner, coffee());
    CHECK(p.price.minor() == 3500);
    CHECK(p.price.currency().code() == QStringLiteral("DKK"));
    const auto found = CatalogService::productByEan(b.db(), QStringLiteral("5701234501015"));
    REQUIRE(found);
    CHECK(found->name == QStringLiteral("Kaffe"));
    CHECK(CatalogService::searchProducts(b.db(), QStringLiteral("kaf"), 10).size() == 1);
}

TEST_CASE("bad product input names the field and writes nothing", "[catalog]") {
    test::TestBusiness b;
    const Session owner = b.owner();
    const auto journal = Journal::count(b.db());
    NewProduct p = coffee();
    p.ean = QStringLiteral("5701234501018");
    CHECK(failingField(owner, p) == QStringLiteral("ean"));
    p = coffee();
    p.vatRatePercent = QStringLiteral("15");  // a Norwegian rate, not a Danish one
    CHECK(failingField(owner, p) == QStringLiteral("vat_rate"));
    p = coffee();
    p.price = QStringLiteral("-1.00");
    CHECK(failingField(owner, p) == QStringLiteral("price"));
    p = coffee();
    p.name.clear();
    CHECK(failingField(owner, p) == QStringLiteral("name"));
    p = coffee();
    p.kind = ProductKind::Accommodation;
    p.capacity = 0;
    CHECK(failingField(owner, p) == QStringLiteral("capacity"));
    CHECK(Journal::count(b.db()) == journal);
    CHECK(CatalogService::searchProducts(b.db(), QString(), 10).empty());
}

TEST_CASE("only bookable products have resources", "[catalog]") {
    test::TestBusiness b;
    const Session owner = b.owner();
    const Product kaffe = CatalogService::createProduct(owner, coffee());
    CHECK_THROWS_AS(CatalogService::createResource(owner, QStringLiteral("Bar"),
                                                   QStringLiteral("Café"), kaffe.id),
                    Error);
    const Product cabin = CatalogService::createProduct(owner, {QStringLiteral("200"),
                                                                QStringLiteral("Hytte"),
                                                                ProductKind::Accommodation,
                                                                QStringLiteral("Hytter"),
                                                                QStringLiteral("895"),
                                                                QStringLiteral("25"),
                                                                {},
                                                                2});
    CatalogService::createResource(owner, QStringLiteral("Hytte 1"), QStringLiteral("Hytter"),
                                   cabin.id);
    CHECK(CatalogService::resources(b.db()).size() == 1);
}

TEST_CASE("the demo business is the same for the same seed", "[demo]") {
    test::TempDir dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    auto names = [&](const QString& file, std::uint64_t seed) {
        auto db = Database::open(dir.path(file), Database::OpenMode::Create);
        DemoBusiness::build(*db, clock, {DemoBusiness::Size::Small, seed});
        QStringList out;
        for (const Resource& r : CatalogService::resources(*db))
            out << r.name;
        CHECK(Journal::verify(*db).ok());
        CHECK(CatalogService::searchProducts(*db, QString(), 100).size() >= 19);
        return out;
    };
    const QStringList a = names(QStringLiteral("a.sqlite"), 7);
    CHECK(a == names(QStringLiteral("b.sqlite"), 7));
    CHECK(a != names(QStringLiteral("c.sqlite"), 8));
    CHECK(a.size() == 38);
}
