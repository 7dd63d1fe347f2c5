#include "core/catalog/tillbuttons.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/catalog/product.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <set>

namespace skranke {

std::vector<TillCategory> TillButtons::categories(Database& db) {
    auto st = db.prepare(
        "SELECT c.id, c.name, c.on_till, group_concat(DISTINCT p.kind) FROM product_category c "
        "LEFT JOIN product p ON p.category_id = c.id AND p.active = 1 "
        "GROUP BY c.id ORDER BY c.sort_order, c.name COLLATE NOCASE");
    std::vector<TillCategory> out;
    while (st.step()) {
        bool sold = false;
        for (const QString& kind : st.text(3).split(QLatin1Char(','), Qt::SkipEmptyParts))
            sold = sold || !isBookable(productKindFromKey(kind));
        out.push_back(TillCategory{st.int64(0), st.text(1), st.int64(2) != 0, sold});
    }
    return out;
}

void TillButtons::arrange(const Session& session, const std::vector<TillCategory>& order) {
    session.require(rights::SettingsEdit);
    Database& db = session.db();
    const QString field = QStringLiteral("categories");
    Transaction tx(db);
    const std::vector<TillCategory> now = categories(db);
    std::set<std::int64_t> known;
    for (const TillCategory& c : now)
        known.insert(c.id);
    std::set<std::int64_t> seen;
    for (const TillCategory& c : order) {
        if (!known.count(c.id))
            throw Error::invalid(field, tr("There is no product category %1.").arg(c.id));
        if (!seen.insert(c.id).second)
            throw Error::invalid(field, tr("The category \"%1\" is listed twice.").arg(c.name));
    }
    if (seen.size() != known.size())
        throw Error::invalid(field, tr("List every product category once."));
    QJsonArray journaled;
    int position = 0;
    for (const TillCategory& c : order) {
        db.prepare("UPDATE product_category SET sort_order = ?2, on_till = ?3 WHERE id = ?1")
            .bindAll(c.id, ++position, c.onTill ? 1 : 0)
            .run();
        journaled.append(QJsonObject{{QStringLiteral("category"), c.name},
                                     {QStringLiteral("on_till"), c.onTill}});
    }
    session.journal(QStringLiteral("setting"), {}, QStringLiteral("till_buttons"),
                    {{QStringLiteral("order"), journaled}});
    tx.commit();
}

}  // namespace skranke
