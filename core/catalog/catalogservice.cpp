#include "core/catalog/catalogservice.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/company/identifiers.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"

#include <QJsonObject>

namespace skranke {

namespace {

constexpr const char* selectProduct =
    "SELECT p.id, p.uid, p.number, p.name, p.kind, ifnull(c.name, ''), p.price_minor, "
    "p.currency, p.vat_rate, ifnull(p.ean, ''), p.capacity, p.active "
    "FROM product p LEFT JOIN product_category c ON c.id = p.category_id ";

Product readProduct(const Statement& st) {
    Product p;
    p.id = st.int64(0);
    p.uid = st.blob(1);
    p.number = st.text(2);
    p.name = st.text(3);
    p.kind = productKindFromKey(st.text(4));
    p.category = st.text(5);
    p.price = Money(st.int64(6), Currency::fromCode(st.text(7)));
    p.vatRate = Rate::percent(st.text(8));
    p.ean = st.text(9);
    p.capacity = int(st.int64(10));
    p.active = st.int64(11) != 0;
    return p;
}

}  // namespace

std::int64_t CatalogService::categoryId(const Session& session, const QString& name) {
    auto find = session.db().prepare("SELECT id FROM product_category WHERE name = ?1");
    find.bind(1, name);
    if (find.step())
        return find.int64(0);
    session.db()
        .prepare(
            "INSERT INTO product_category(uid, name, sort_order) "
            "VALUES (?1, ?2, (SELECT ifnull(max(sort_order), 0) + 1 FROM product_category))")
        .bindAll(Uuid::v7(session.clock().nowMs()), name)
        .run();
    return session.db().lastInsertId();
}

Product CatalogService::createProduct(const Session& session, const NewProduct& in) {
    session.require(rights::SettingsEdit);
    const CountryRules& rules = CompanyService::rules(session.db());
    if (in.number.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("number"), tr("The item number is required."));
    if (in.name.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("name"), tr("The product name is required."));
    if (in.category.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("category"), tr("The category is required."));
    const Money price = Money::parse(in.price, Currency::fromCode(rules.currency));
    if (price.isNegative())
        throw Error::invalid(QStringLiteral("price"), tr("The price cannot be negative."));
    if (!rules.vatRatesPercent.contains(in.vatRatePercent))
        throw Error::invalid(QStringLiteral("vat_rate"),
                             tr("%1 % is not a VAT rate in %2 (use one of %3).")
                                 .arg(in.vatRatePercent, rules.country,
                                      rules.vatRatesPercent.join(QStringLiteral(", "))));
    if (!in.ean.isEmpty() && !Identifiers::isValidGln(in.ean))
        throw Error::invalid(
            QStringLiteral("ean"),
            tr("\"%1\" is not a valid EAN-13 (13 digits with check digit).").arg(in.ean));
    if (in.capacity < (isBookable(in.kind) ? 1 : 0))
        throw Error::invalid(QStringLiteral("capacity"),
                             tr("A bookable product needs a capacity of at least 1."));

    Transaction tx(session.db());
    const QByteArray uid = Uuid::v7(session.clock().nowMs());
    session.db()
        .prepare(
            "INSERT INTO product(uid, number, name, kind, category_id, price_minor, currency, "
            "vat_rate, ean, capacity, created_ms) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .bindAll(uid, in.number.trimmed(), in.name.trimmed(), productKindKey(in.kind),
                 categoryId(session, in.category.trimmed()), price.minor(), rules.currency,
                 in.vatRatePercent,
                 in.ean.isEmpty() ? std::optional<QString>() : std::optional<QString>(in.ean),
                 in.capacity, session.clock().nowMs())
        .run();
    const Product created = *product(session.db(), session.db().lastInsertId());
    session.journal(QStringLiteral("product"), uid, QStringLiteral("create"),
                    {{QStringLiteral("number"), created.number},
                     {QStringLiteral("name"), created.name},
                     {QStringLiteral("kind"), productKindKey(created.kind)},
                     {QStringLiteral("price"), created.price.toDecimalString()},
                     {QStringLiteral("vat_rate"), in.vatRatePercent}});
    tx.commit();
    return created;
}

Resource CatalogService::createResource(const Session& session, const QString& name,
                                        const QString& category, std::int64_t productId) {
    session.require(rights::SettingsEdit);
    if (name.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("name"), tr("The resource name is required."));
    const auto p = product(session.db(), productId);
    if (!p)
        throw Error(ErrorCode::NotFound, tr("There is no product %1.").arg(productId),
                    QStringLiteral("product"));
    if (!isBookable(p->kind))
        throw Error::invalid(QStringLiteral("product"),
                             tr("%1 is not bookable, so it has no resources.").arg(p->name));
    Transaction tx(session.db());
    const QByteArray uid = Uuid::v7(session.clock().nowMs());
    const std::int64_t cat = categoryId(session, category.trimmed());
    session.db()
        .prepare(
            "INSERT INTO resource(uid, name, category_id, product_id, sort_order) VALUES "
            "(?1, ?2, ?3, ?4, (SELECT count(*) FROM resource WHERE category_id = ?3))")
        .bindAll(uid, name.trimmed(), cat, productId)
        .run();
    Resource r{session.db().lastInsertId(), uid, name.trimmed(), category.trimmed(), productId};
    session.journal(QStringLiteral("resource"), uid, QStringLiteral("create"),
                    {{QStringLiteral("name"), r.name}, {QStringLiteral("product"), p->number}});
    tx.commit();
    return r;
}

std::optional<Product> CatalogService::product(Database& db, std::int64_t id) {
    auto st = db.prepare(std::string(selectProduct) + "WHERE p.id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readProduct(st);
}

std::optional<Product> CatalogService::productByEan(Database& db, const QString& ean) {
    auto st = db.prepare(std::string(selectProduct) + "WHERE p.ean = ?1 AND p.active = 1");
    st.bind(1, ean);
    if (!st.step())
        return std::nullopt;
    return readProduct(st);
}

std::optional<Product> CatalogService::productByNumber(Database& db, const QString& number) {
    auto st = db.prepare(std::string(selectProduct) + "WHERE p.number = ?1 AND p.active = 1");
    st.bind(1, number);
    if (!st.step())
        return std::nullopt;
    return readProduct(st);
}

std::vector<Product> CatalogService::searchProducts(Database& db, const QString& text, int limit) {
    auto st = db.prepare(std::string(selectProduct) +
                         "WHERE p.active = 1 AND (?1 = '' OR p.name LIKE '%' || ?1 || '%' "
                         "OR p.number = ?1 OR p.ean = ?1) ORDER BY c.sort_order, p.name LIMIT ?2");
    st.bindAll(text.trimmed(), limit);
    std::vector<Product> out;
    while (st.step())
        out.push_back(readProduct(st));
    return out;
}

std::vector<Resource> CatalogService::resources(Database& db) {
    auto st = db.prepare(
        "SELECT r.id, r.uid, r.name, c.name, r.product_id FROM resource r "
        "JOIN product_category c ON c.id = r.category_id WHERE r.active = 1 "
        "ORDER BY c.sort_order, r.sort_order");
    std::vector<Resource> out;
    while (st.step())
        out.push_back({st.int64(0), st.blob(1), st.text(2), st.text(3), st.int64(4)});
    return out;
}

std::optional<Resource> CatalogService::resource(Database& db, std::int64_t id) {
    auto st = db.prepare(
        "SELECT r.id, r.uid, r.name, c.name, r.product_id FROM resource r "
        "JOIN product_category c ON c.id = r.category_id WHERE r.id = ?1");
    st.bindAll(id);
    if (!st.step())
        return std::nullopt;
    return Resource{st.int64(0), st.blob(1), st.text(2), st.text(3), st.int64(4)};
}

}  // namespace skranke
