#pragma once

#include "core/dunning/reminder.h"

#include <QCoreApplication>
#include <vector>

namespace skranke {

class Database;

// Reads created reminders back, for printing, emailing and lists.
class ReminderStore final {
    Q_DECLARE_TR_FUNCTIONS(skranke::ReminderStore)
public:
    // Throws Error(NotFound) naming "reminder" when there is no such number.
    static Reminder load(Database& db, std::int64_t number);
    // Newest first; a debtor's when debtorId is set. Without their lines.
    static std::vector<Reminder> list(Database& db, std::int64_t debtorId = 0, int limit = 500);
};

}  // namespace skranke
