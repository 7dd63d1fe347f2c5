#include "core/catalog/bookablecatalog.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/catalog/catalogservice.h"
#include "core/company/identifiers.h"
#include "core/i18n/language.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace skranke {

namespace {

const char* builtInName(const QString& key) {
    if (key == QLatin1String("adult"))
        return QT_TRANSLATE_NOOP("skranke::BookableCatalog", "Adult");
    if (key == QLatin1String("child"))
        return QT_TRANSLATE_NOOP("skranke::BookableCatalog", "Child");
    if (key == QLatin1String("infant"))
        return QT_TRANSLATE_NOOP("skranke::BookableCatalog", "Infant");
    return nullptr;
}

GuestCategory readCategory(const Statement& st) {
    GuestCategory c{st.int64(0), st.text(1), st.text(2)};
    c.named = !c.name.isEmpty();
    if (!c.named) {
        const char* name = builtInName(c.key);
        c.name = name ? BookableCatalog::tr(name) : c.key;
    }
    return c;
}

std::optional<int> optInt(const Statement& st, int column) {
    const auto v = st.optInt64(column);
    return v ? std::optional<int>(int(*v)) : std::nullopt;
}

Product requireProduct(Database& db, std::int64_t productId) {
    const auto p = CatalogService::product(db, productId);
    if (!p)
        throw Error(ErrorCode::NotFound,
                    BookableCatalog::tr("There is no product %1.").arg(productId),
                    QStringLiteral("product"));
    return *p;
}

}  // namespace

Supplier BookableCatalog::createSupplier(const Session& session, const QString& name,
                                         const QString& email) {
    session.require(rights::SettingsEdit);
    if (name.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("name"), tr("The supplier's name is required."));
    if (!email.trimmed().isEmpty() && !Identifiers::isEmail(email.trimmed()))
        throw Error::invalid(QStringLiteral("email"),
                             tr("\"%1\" is not an email address.").arg(email));
    Transaction tx(session.db());
    const QByteArray uid = Uuid::v7(session.clock().nowMs());
    auto exists = session.db().prepare("SELECT 1 FROM supplier WHERE name = ?1");
    exists.bindAll(name.trimmed());
    if (exists.step())
        throw Error::invalid(QStringLiteral("name"),
                             tr("There is already a supplier named \"%1\".").arg(name.trimmed()));
    session.db()
        .prepare("INSERT INTO supplier(uid, name, email) VALUES (?1, ?2, ?3)")
        .bindAll(uid, name.trimmed(), email.trimmed())
        .run();
    const Supplier s{session.db().lastInsertId(), name.trimmed(), email.trimmed()};
    session.journal(QStringLiteral("supplier"), uid, QStringLiteral("create"),
                    {{QStringLiteral("name"), s.name}, {QStringLiteral("email"), s.email}});
    tx.commit();
    return s;
}

std::vector<Supplier> BookableCatalog::suppliers(Database& db) {
    auto st = db.prepare("SELECT id, name, email FROM supplier ORDER BY name");
    std::vector<Supplier> result;
    while (st.step())
        result.push_back({st.int64(0), st.text(1), st.text(2)});
    return result;
}

std::optional<Supplier> BookableCatalog::supplierOf(Database& db, std::int64_t productId) {
    auto st = db.prepare(
        "SELECT s.id, s.name, s.email FROM product p JOIN supplier s ON s.id = p.supplier_id "
        "WHERE p.id = ?1");
    st.bindAll(productId);
    if (!st.step())
        return std::nullopt;
    return Supplier{st.int64(0), st.text(1), st.text(2)};
}

void BookableCatalog::setSupplier(const Session& session, std::int64_t productId,
                                  std::int64_t supplierId) {
    session.require(rights::SettingsEdit);
    Transaction tx(session.db());
    const Product p = requireProduct(session.db(), productId);
    auto st = session.db().prepare("UPDATE product SET supplier_id = ?2 WHERE id = ?1");
    st.bind(1, productId);
    if (supplierId > 0) {
        auto check = session.db().prepare("SELECT 1 FROM supplier WHERE id = ?1");
        check.bindAll(supplierId);
        if (!check.step())
            throw Error(ErrorCode::NotFound, tr("There is no supplier %1.").arg(supplierId),
                        QStringLiteral("supplier"));
        st.bind(2, supplierId);
    } else {
        st.bindNull(2);
    }
    st.run();
    session.journal(QStringLiteral("product"), p.uid, QStringLiteral("supplier"),
                    {{QStringLiteral("supplier"), qint64(supplierId)}});
    tx.commit();
}

QString BookableCatalog::guestCategoryNameIn(const GuestCategory& category, const QString& lang) {
    const char* source = category.named ? nullptr : builtInName(category.key);
    return source ? translateFor(lang, "skranke::BookableCatalog", source) : category.name;
}

std::vector<GuestCategory> BookableCatalog::guestCategories(Database& db) {
    auto st = db.prepare("SELECT id, key, name FROM guest_category ORDER BY sort_order, id");
    std::vector<GuestCategory> result;
    while (st.step())
        result.push_back(readCategory(st));
    return result;
}

GuestCategory BookableCatalog::guestCategoryByKey(Database& db, const QString& key) {
    auto st = db.prepare("SELECT id, key, name FROM guest_category WHERE key = ?1");
    st.bindAll(key.trimmed().toLower());
    if (!st.step())
        throw Error::invalid(QStringLiteral("guests"),
                             tr("\"%1\" is not a guest category.").arg(key));
    return readCategory(st);
}

GuestCategory BookableCatalog::createGuestCategory(const Session& session, const QString& key,
                                                   const QString& name) {
    session.require(rights::SettingsEdit);
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_]+$"));
    if (!keyPattern.match(key).hasMatch())
        throw Error::invalid(QStringLiteral("key"),
                             tr("A guest category's key is lower-case letters, digits and _."));
    if (name.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("name"), tr("The guest category's name is required."));
    Transaction tx(session.db());
    auto exists = session.db().prepare("SELECT 1 FROM guest_category WHERE key = ?1");
    exists.bindAll(key);
    if (exists.step())
        throw Error::invalid(QStringLiteral("key"),
                             tr("There is already a guest category \"%1\".").arg(key));
    session.db()
        .prepare(
            "INSERT INTO guest_category(key, name, sort_order) "
            "VALUES (?1, ?2, (SELECT ifnull(max(sort_order), 0) + 1 FROM guest_category))")
        .bindAll(key, name.trimmed())
        .run();
    const GuestCategory c{session.db().lastInsertId(), key, name.trimmed(), true};
    session.journal(QStringLiteral("guest_category"), Uuid::v7(session.clock().nowMs()),
                    QStringLiteral("create"),
                    {{QStringLiteral("key"), key}, {QStringLiteral("name"), c.name}});
    tx.commit();
    return c;
}

std::vector<GuestCategory> BookableCatalog::guestCategoriesOf(Database& db,
                                                              std::int64_t productId) {
    auto st = db.prepare(
        "SELECT g.id, g.key, g.name FROM product_guest_category pg "
        "JOIN guest_category g ON g.id = pg.category_id WHERE pg.product_id = ?1 "
        "ORDER BY g.sort_order, g.id");
    st.bindAll(productId);
    std::vector<GuestCategory> result;
    while (st.step())
        result.push_back(readCategory(st));
    return result.empty() ? guestCategories(db) : result;
}

void BookableCatalog::setGuestCategories(const Session& session, std::int64_t productId,
                                         const std::vector<std::int64_t>& categoryIds) {
    session.require(rights::SettingsEdit);
    Transaction tx(session.db());
    const Product p = requireProduct(session.db(), productId);
    // Settings, not business records: the set is replaced.
    session.db()
        .prepare("DELETE FROM product_guest_category WHERE product_id = ?1")
        .bindAll(productId)
        .run();
    QJsonArray keys;
    for (std::int64_t id : categoryIds) {
        auto st = session.db().prepare("SELECT key FROM guest_category WHERE id = ?1");
        st.bindAll(id);
        if (!st.step())
            throw Error::invalid(QStringLiteral("guests"),
                                 tr("There is no guest category %1.").arg(id));
        keys.append(st.text(0));
        session.db()
            .prepare(
                "INSERT OR IGNORE INTO product_guest_category(product_id, category_id) "
                "VALUES (?1, ?2)")
            .bindAll(productId, id)
            .run();
    }
    session.journal(QStringLiteral("product"), p.uid, QStringLiteral("guest_categories"),
                    {{QStringLiteral("categories"), keys}});
    tx.commit();
}

PriceRule BookableCatalog::addPriceRule(const Session& session, const PriceRule& rule) {
    session.require(rights::SettingsEdit);
    if (rule.validFrom.isValid() && rule.validTo.isValid() && rule.validTo < rule.validFrom)
        throw Error::invalid(QStringLiteral("valid_to"), tr("The season ends before it begins."));
    if (rule.weekdays < 1 || rule.weekdays > 0x7f)
        throw Error::invalid(QStringLiteral("weekdays"), tr("Choose at least one weekday."));
    if (rule.minLength < 1 || (rule.maxLength && *rule.maxLength < rule.minLength))
        throw Error::invalid(QStringLiteral("length"),
                             tr("The length is at least 1 and the maximum not below the "
                                "minimum."));
    if (rule.minQuantity < 1 || (rule.maxQuantity && *rule.maxQuantity < rule.minQuantity))
        throw Error::invalid(QStringLiteral("quantity"),
                             tr("The quantity is at least 1 and the maximum not below the "
                                "minimum."));
    if (rule.minGuests < 0 || (rule.maxGuests && *rule.maxGuests < rule.minGuests))
        throw Error::invalid(QStringLiteral("guests"),
                             tr("The maximum number of guests is below the minimum."));
    if (rule.amountMinor < 0)
        throw Error::invalid(QStringLiteral("amount"), tr("A price cannot be negative."));
    if (rule.perGuest() != (rule.guestCategoryId > 0))
        throw Error::invalid(QStringLiteral("guest_category"),
                             tr("A per-guest price names its guest category; other prices "
                                "do not."));
    Transaction tx(session.db());
    const Product p = requireProduct(session.db(), rule.productId);
    auto st = session.db().prepare(
        "INSERT INTO price_rule(product_id, valid_from, valid_to, weekdays, min_length, "
        "max_length, min_quantity, max_quantity, min_guests, max_guests, basis, "
        "guest_category_id, amount_minor, priority) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    st.bind(1, rule.productId);
    if (rule.validFrom.isValid())
        st.bind(2, rule.validFrom.toString(Qt::ISODate));
    else
        st.bindNull(2);
    if (rule.validTo.isValid())
        st.bind(3, rule.validTo.toString(Qt::ISODate));
    else
        st.bindNull(3);
    st.bind(4, rule.weekdays).bind(5, rule.minLength);
    st.bind(6, rule.maxLength).bind(7, rule.minQuantity).bind(8, rule.maxQuantity);
    st.bind(9, rule.minGuests).bind(10, rule.maxGuests);
    st.bind(11, PriceRule::basisKey(rule.basis));
    if (rule.guestCategoryId > 0)
        st.bind(12, rule.guestCategoryId);
    else
        st.bindNull(12);
    st.bind(13, rule.amountMinor).bind(14, rule.priority).run();
    PriceRule stored = rule;
    stored.id = session.db().lastInsertId();
    session.journal(QStringLiteral("product"), p.uid, QStringLiteral("price_rule"),
                    {{QStringLiteral("rule"), qint64(stored.id)},
                     {QStringLiteral("basis"), PriceRule::basisKey(rule.basis)},
                     {QStringLiteral("amount_minor"), qint64(rule.amountMinor)}});
    tx.commit();
    return stored;
}

void BookableCatalog::retirePriceRule(const Session& session, std::int64_t ruleId) {
    session.require(rights::SettingsEdit);
    Transaction tx(session.db());
    auto st = session.db().prepare(
        "SELECT p.uid FROM price_rule r JOIN product p ON p.id = r.product_id WHERE r.id = ?1");
    st.bindAll(ruleId);
    if (!st.step())
        throw Error(ErrorCode::NotFound, tr("There is no price rule %1.").arg(ruleId),
                    QStringLiteral("rule"));
    const QByteArray productUid = st.blob(0);
    session.db().prepare("UPDATE price_rule SET active = 0 WHERE id = ?1").bindAll(ruleId).run();
    session.journal(QStringLiteral("product"), productUid, QStringLiteral("retire_price_rule"),
                    {{QStringLiteral("rule"), qint64(ruleId)}});
    tx.commit();
}

std::vector<PriceRule> BookableCatalog::priceRules(Database& db, std::int64_t productId) {
    auto st = db.prepare(
        "SELECT id, product_id, ifnull(valid_from, ''), ifnull(valid_to, ''), weekdays, "
        "min_length, max_length, min_quantity, max_quantity, min_guests, max_guests, basis, "
        "ifnull(guest_category_id, 0), amount_minor, priority FROM price_rule "
        "WHERE product_id = ?1 AND active = 1 ORDER BY id");
    st.bindAll(productId);
    std::vector<PriceRule> rules;
    while (st.step()) {
        PriceRule r;
        r.id = st.int64(0);
        r.productId = st.int64(1);
        r.validFrom = QDate::fromString(st.text(2), Qt::ISODate);
        r.validTo = QDate::fromString(st.text(3), Qt::ISODate);
        r.weekdays = int(st.int64(4));
        r.minLength = int(st.int64(5));
        r.maxLength = optInt(st, 6);
        r.minQuantity = int(st.int64(7));
        r.maxQuantity = optInt(st, 8);
        r.minGuests = int(st.int64(9));
        r.maxGuests = optInt(st, 10);
        r.basis = PriceRule::basisFromKey(st.text(11));
        r.guestCategoryId = st.int64(12);
        r.amountMinor = st.int64(13);
        r.priority = int(st.int64(14));
        rules.push_back(r);
    }
    return rules;
}

std::optional<std::int64_t> BookableCatalog::offer(Database& db, std::int64_t productId,
                                                   const PriceQuery& query) {
    const Product p = requireProduct(db, productId);
    PriceQuery q = query;
    q.kind = p.kind;
    return PriceTable::price(priceRules(db, productId), q, p.price.minor());
}

}  // namespace skranke
