#pragma once

#include "core/catalog/pricetable.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class Session;

struct Supplier {
    std::int64_t id = 0;
    QString name;
    QString email;
};

struct GuestCategory {
    std::int64_t id = 0;
    QString key;         // "adult"
    QString name;        // as the company named it, else the built-in key's translation
    bool named = false;  // the company gave it a name
};

// What makes products bookable over time: their supplier, the guest
// categories they take and their price tables.
class BookableCatalog final {
    Q_DECLARE_TR_FUNCTIONS(skranke::BookableCatalog)
public:
    static Supplier createSupplier(const Session& session, const QString& name,
                                   const QString& email);
    static std::vector<Supplier> suppliers(Database& db);
    static std::optional<Supplier> supplierOf(Database& db, std::int64_t productId);
    static void setSupplier(const Session& session, std::int64_t productId,
                            std::int64_t supplierId);

    static std::vector<GuestCategory> guestCategories(Database& db);
    // The category's name in a document's language (da, nb, sv, en).
    static QString guestCategoryNameIn(const GuestCategory& category, const QString& lang);
    static GuestCategory guestCategoryByKey(Database& db, const QString& key);  // throws
    static GuestCategory createGuestCategory(const Session& session, const QString& key,
                                             const QString& name);
    // The categories a product takes; every category when none are set.
    static std::vector<GuestCategory> guestCategoriesOf(Database& db, std::int64_t productId);
    static void setGuestCategories(const Session& session, std::int64_t productId,
                                   const std::vector<std::int64_t>& categoryIds);

    // Validates and stores a rule of the product's price table.
    static PriceRule addPriceRule(const Session& session, const PriceRule& rule);
    static void retirePriceRule(const Session& session, std::int64_t ruleId);
    static std::vector<PriceRule> priceRules(Database& db, std::int64_t productId);

    // The offered price for a row, or none when the table has no match.
    static std::optional<std::int64_t> offer(Database& db, std::int64_t productId,
                                             const PriceQuery& query);
};

}  // namespace skranke
