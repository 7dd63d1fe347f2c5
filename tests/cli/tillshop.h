#pragma once

#include "core/auth/session.h"
#include "core/auth/userservice.h"
#include "core/catalog/catalogservice.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/time/clock.h"
#include "tests/cli/clishop.h"

namespace skranke::test {

inline QStringList words(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* w : list)
        out << QString::fromUtf8(w);
    return out;
}

// There is no product command yet: coffee C1 at 32.00 (EAN 5701234567899)
// and a bun C2 at 18.75, both at 25 % VAT, are made through the core.
inline void addCafeProducts(const Shop& shop) {
    auto db = Database::open(shop.file, Database::OpenMode::Existing);
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    const StaffUser u = *UserService::find(*db, QStringLiteral("owner"));
    const Session owner(*db, clock, u, UserService::rightsOf(*db, u), Settings::deviceUid(*db));
    CatalogService::createProduct(
        owner, NewProduct{QStringLiteral("C1"), QStringLiteral("Kaffe"), ProductKind::Goods,
                          QStringLiteral("Café"), QStringLiteral("32.00"), QStringLiteral("25"),
                          QStringLiteral("5701234567899"), 1});
    CatalogService::createProduct(owner, NewProduct{QStringLiteral("C2"),
                                                    QStringLiteral("Bolle"),
                                                    ProductKind::Goods,
                                                    QStringLiteral("Café"),
                                                    QStringLiteral("18.75"),
                                                    QStringLiteral("25"),
                                                    {},
                                                    1});
}

}  // namespace skranke::test
