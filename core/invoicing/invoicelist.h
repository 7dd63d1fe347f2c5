#pragma once

#include "core/money/money.h"

#include <QDate>
#include <QString>
#include <limits>
#include <vector>

namespace skranke {

class Database;

// The read model behind the invoice overview: posted invoices and credit
// notes in a period, newest first, one screen at a time.
class InvoiceList final {
public:
    struct Filter {
        QDate from;
        QDate to;
        std::int64_t number = 0;  // 0: any
        QString tillRef;          // empty: any till
    };
    struct Row {
        std::int64_t id = 0;
        bool creditNote = false;
        std::int64_t number = 0;
        QDate date;
        QDate dueDate;
        std::int64_t debtorId = 0;
        QString debtorName;
        QString tillRef;
        Money total;
        Money open;  // what the debtor still owes on it
    };
    // Rows after the given (date, id) position, newest first.
    struct Cursor {
        QString date = QStringLiteral("9999-12-31");
        std::int64_t id = std::numeric_limits<std::int64_t>::max();
    };

    static std::vector<Row> page(Database& db, const Filter& filter, const Cursor& after,
                                 int limit);
    static Cursor cursorAfter(const Row& row);
};

}  // namespace skranke
