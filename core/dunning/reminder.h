#pragma once

#include "core/dunning/remindertexts.h"
#include "core/money/money.h"

#include <QDate>
#include <QString>
#include <vector>

namespace skranke {

// A created reminder as it was sent: amounts, the claims it covered and its
// texts as rendered then. Immutable.
struct Reminder {
    struct Line {
        std::int64_t invoiceId = 0;
        std::int64_t invoiceNumber = 0;
        QDate invoiceDate;
        QDate dueDate;
        Money open;
        Money interest;
    };

    std::int64_t id = 0;
    std::int64_t number = 0;
    std::int64_t debtorId = 0;
    QString debtorName;
    int level = 1;
    QDate date;
    QDate dueDate;
    QString tillRef;
    Money claims;
    Money earlierCharges;  // unpaid charges of earlier reminders, not charged again
    Money fee;
    Money compensation;
    Money interest;
    Money total;
    QString language;
    QString interestRate;  // percent a month, as the run used it
    ReminderTexts texts;   // rendered
    std::vector<Line> lines;
};

}  // namespace skranke
