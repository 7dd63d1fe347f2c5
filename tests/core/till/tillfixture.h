#pragma once

#include "core/catalog/catalogservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/till/saleservice.h"
#include "core/till/tillservice.h"
#include "tests/core/receivables/receivablesfixture.h"

#include <functional>
#include <optional>

namespace skranke::test {

inline TenderInput cash(std::int64_t minor) {
    return TenderInput{TenderKind::Cash, dkk(minor), {}};
}

inline TenderInput card(std::int64_t minor) {
    return TenderInput{TenderKind::Card, dkk(minor), QStringLiteral("TERM-4711")};
}

// The field a refused action names, or "(no error)".
inline QString fieldOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& e) {
        return e.field();
    }
    return QStringLiteral("(no error)");
}

// The code of the error an action throws, or nothing.
inline std::optional<ErrorCode> codeOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& e) {
        return e.code();
    }
    return std::nullopt;
}

inline QString messageOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& e) {
        return e.message();
    }
    return QStringLiteral("(no error)");
}

inline std::int64_t scalar(Database& db, const char* sql) {
    auto st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

// A Danish shop with till K1 (no shift open yet), coffee C1 at 32.00 (EAN
// 5701234567899) and a bun C2 at 18.75, both at 25 % VAT.
struct Shop {
    TestBusiness b;
    Session owner = b.owner();
    Product coffee;
    Product bun;

    Shop() {
        TillService::createTill(owner, QStringLiteral("K1"), QStringLiteral("Reception"));
        coffee = CatalogService::createProduct(
            owner, NewProduct{QStringLiteral("C1"), QStringLiteral("Kaffe"), ProductKind::Goods,
                              QStringLiteral("Café"), QStringLiteral("32.00"), QStringLiteral("25"),
                              QStringLiteral("5701234567899"), 1});
        bun = CatalogService::createProduct(owner, NewProduct{QStringLiteral("C2"),
                                                              QStringLiteral("Bolle"),
                                                              ProductKind::Goods,
                                                              QStringLiteral("Café"),
                                                              QStringLiteral("18.75"),
                                                              QStringLiteral("25"),
                                                              {},
                                                              1});
    }
    SaleLineInput line(const QString& key, std::int64_t qtyMilli = 1000) {
        return SaleService::lineFor(b.db(), key, qtyMilli);
    }
};

}  // namespace skranke::test
