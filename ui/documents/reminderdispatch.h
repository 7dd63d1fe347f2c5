#pragma once

#include "core/dunning/reminderrun.h"
#include "core/mail/outbox.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace skranke {

class Database;
class MailSender;
class Session;

// Creates a reminder run and sends what it made on its way: a PDF per
// reminder and one merged PDF for printing, and an email with the PDF to
// each debtor that has an address. Shared by the GUI and the CLI.
class ReminderDispatch final {
    Q_DECLARE_TR_FUNCTIONS(skranke::ReminderDispatch)
public:
    struct Created {
        std::vector<std::int64_t> numbers;
        std::vector<std::int64_t> mailIds;       // outbox entries queued
        std::vector<std::int64_t> withoutEmail;  // reminder numbers whose debtor has no address
    };

    // Creates the reminders; with `email`, queues one email per reminder in
    // the same transaction, so a reminder and its email exist together or
    // not at all. Delivery is separate (Outbox::deliver), so a mail server that is
    // down never costs a reminder.
    static Created create(const Session& session, const ReminderRun::Params& params,
                          const std::vector<std::int64_t>& debtorIds, bool email);

    // Writes reminder-<n>.pdf for each and the merged reminders-<first>-<last>.pdf
    // into `dir`; returns the merged file's path (empty when no numbers).
    static QString writePdfs(Database& db, const std::vector<std::int64_t>& numbers,
                             const QString& dir, QStringList* written = nullptr);
};

}  // namespace skranke
