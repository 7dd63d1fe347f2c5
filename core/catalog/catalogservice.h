#pragma once

#include "core/catalog/product.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class Session;

struct NewProduct {
    QString number;
    QString name;
    ProductKind kind = ProductKind::Goods;
    QString category;  // created when new
    QString price;     // including VAT, a decimal in the company's currency
    QString vatRatePercent;
    QString ean;
    int capacity = 1;
};

struct Resource {
    std::int64_t id = 0;
    QByteArray uid;
    QString name;
    QString category;
    std::int64_t productId = 0;
};

// Products, their categories and the resources that bookings occupy.
class CatalogService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::CatalogService)
public:
    static Product createProduct(const Session& session, const NewProduct& product);
    static Resource createResource(const Session& session, const QString& name,
                                   const QString& category, std::int64_t productId);

    static std::optional<Product> product(Database& db, std::int64_t id);
    static std::optional<Product> productByEan(Database& db, const QString& ean);
    static std::optional<Product> productByNumber(Database& db, const QString& number);
    // Active products whose name, number or EAN contains the text.
    static std::vector<Product> searchProducts(Database& db, const QString& text, int limit);
    static std::vector<Resource> resources(Database& db);
    // One unit, active or not.
    static std::optional<Resource> resource(Database& db, std::int64_t id);

private:
    static std::int64_t categoryId(const Session& session, const QString& name);
};

}  // namespace skranke
