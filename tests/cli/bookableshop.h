#pragma once

#include "tests/cli/tillshop.h"

#include <memory>

namespace skranke::test {

inline QString s(const char* text) {
    return QString::fromUtf8(text);
}

inline QString num(qint64 n) {
    return QString::number(n);
}

// The owner's session on a shop's file, at the CLI tests' fixed time, for
// making what the CLI has no command for.
struct ShopOwner {
    std::unique_ptr<Database> db;
    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    Session session;

    explicit ShopOwner(const Shop& shop)
        : db(Database::open(shop.file, Database::OpenMode::Existing)),
          session(ownerOf(*db, clock)) {}

private:
    static Session ownerOf(Database& db, const Clock& clock) {
        const StaffUser u = *UserService::find(db, QStringLiteral("owner"));
        return Session(db, clock, u, UserService::rightsOf(db, u), Settings::deviceUid(db));
    }
};

// A bookable product at 25 % VAT with `units` units named "<unitName> 1…";
// returns its ID.
inline qint64 addBookableProduct(const Session& owner, const char* number, const char* name,
                                 ProductKind kind, const char* category, const char* price,
                                 int units, const char* unitName) {
    const Product p = CatalogService::createProduct(
        owner, NewProduct{s(number), s(name), kind, s(category), s(price), s("25"), {}, units});
    for (int i = 1; i <= units; ++i)
        CatalogService::createResource(owner, s("%1 %2").arg(s(unitName)).arg(i), s(category),
                                       p.id);
    return p.id;
}

}  // namespace skranke::test
