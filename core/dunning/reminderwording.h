#pragma once

#include "core/dunning/reminderrun.h"
#include "core/dunning/remindertexts.h"

#include <QHash>

namespace skranke {

class Database;

// Renders a reminder run's texts for one debtor: the level's texts in the
// debtor's language with the placeholders filled in, amounts and dates
// written the way that language writes them.
class ReminderWording final {
public:
    ReminderWording(Database& db, const ReminderRun::Params& params);
    ReminderTexts render(const ReminderRun::Proposal& proposal, std::int64_t number,
                         const QDate& dueDate) const;
    // The values behind the placeholders, for a preview of edited texts.
    QHash<QString, QString> values(const ReminderRun::Proposal& proposal, std::int64_t number,
                                   const QDate& dueDate) const;

private:
    Database& m_db;
    ReminderRun::Params m_params;
    QString m_companyName;
    mutable QHash<QString, ReminderTexts> m_texts;  // by language
};

}  // namespace skranke
