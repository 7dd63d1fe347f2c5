#pragma once

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace skranke {

class Database;
class Session;

// The till's product buttons: one tab per category, in the order and with
// the categories chosen under Settings → Till. Products in hidden
// categories are still sold by scanning or typing their number.
struct TillCategory {
    std::int64_t id = 0;
    QString name;
    bool onTill = true;
    // Whether it has active products sold over the counter; bookable ones
    // are booked in the schedule and never get till buttons.
    bool sold = true;
};

class TillButtons final {
    Q_DECLARE_TR_FUNCTIONS(skranke::TillButtons)
public:
    // Every category, in the till's order.
    static std::vector<TillCategory> categories(Database& db);
    // Needs settings.edit. `order` lists every category once, first tab
    // first; journaled with the new order. Throws Error::invalid naming
    // "categories" when one is missing, unknown or listed twice.
    static void arrange(const Session& session, const std::vector<TillCategory>& order);
};

}  // namespace skranke
