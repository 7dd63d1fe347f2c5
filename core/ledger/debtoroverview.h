#pragma once

#include "core/money/money.h"

#include <QString>
#include <vector>

namespace skranke {

class Database;

// The read model behind the debtor overview: one screen of debtors at a
// time, in ID order, from the indexed debtor and balance tables.
class DebtorOverview final {
public:
    struct Filter {
        QString search;               // ID, name or company name
        bool onlyOutstanding = true;  // the default on the page
        bool hideZeroOutstanding = false;
        std::int64_t groupId = 0;  // 0: all groups
    };
    struct Row {
        std::int64_t id = 0;
        QString group;
        QString name;
        Money prepayment;
        Money outstanding;
    };

    // Rows with ID greater than afterId; at most limit of them.
    static std::vector<Row> page(Database& db, const Filter& filter, std::int64_t afterId,
                                 int limit);
    // Outstanding and prepayment summed over all debtors the filter selects.
    static std::pair<Money, Money> totals(Database& db, const Filter& filter);
};

}  // namespace skranke
