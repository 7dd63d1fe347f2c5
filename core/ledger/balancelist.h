#pragma once

#include "core/money/money.h"

#include <QDate>
#include <QString>
#include <array>
#include <vector>

namespace skranke {

class Database;

// The aged debtor balance list (debitorsaldoliste) as it stood on a date:
// postings dated after it are left out, and so are settlements made after
// it, so an invoice paid later shows as open then.
class BalanceList final {
public:
    struct Filter {
        QDate asOf;
        int intervalDays = 30;
        std::int64_t debtorFrom = 0;
        std::int64_t debtorTo = 0;
        bool includeZero = false;
        bool specified = false;  // each open item under its debtor
    };
    // Buckets: not yet due, 0–N, N+1–2N, over 2N days overdue.
    static constexpr int BucketCount = 4;
    struct Item {
        QString kind;  // posting kind key
        std::int64_t number = 0;
        QDate date;
        QDate dueDate;
        Money open;
        int bucket = 0;  // for credits: -1 (not aged)
    };
    struct Row {
        std::int64_t debtorId = 0;
        QString name;
        std::array<Money, BucketCount> buckets;
        Money credits;  // open payments and credit notes (≤ 0)
        Money balance;
        std::vector<Item> items;  // when specified
    };

    static std::vector<Row> compute(Database& db, const Filter& filter);
    static int bucketOf(const QDate& dueDate, const QDate& asOf, int intervalDays);
};

}  // namespace skranke
