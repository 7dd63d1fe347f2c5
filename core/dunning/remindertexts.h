#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace skranke {

class Database;
class Session;

// What a reminder says, in one language at one level. Every text may use
// placeholders such as {debtor.name}; see ReminderTemplate::placeholders().
struct ReminderTexts {
    QString heading;
    QString body;
    QString feeLine;
    QString compensationLine;
    QString interestLine;
    QString emailSubject;
    QString emailBody;

    bool operator==(const ReminderTexts&) const = default;
};

// Placeholders in reminder texts: "{name}" is replaced by its value; "{{"
// and "}}" write a brace.
class ReminderTemplate final {
    Q_DECLARE_TR_FUNCTIONS(skranke::ReminderTemplate)
public:
    // Every placeholder a reminder text may use, with what it stands for.
    static QList<std::pair<QString, QString>> placeholders();
    // Throws Error::invalid(field) for an unknown placeholder or a brace
    // that is not closed.
    static void check(const QString& field, const QString& text);
    static QString render(const QString& text, const QHash<QString, QString>& values);
};

// Stored reminder texts, falling back to the built-in text for a level and
// language the manager has not edited.
class ReminderTextStore final {
    Q_DECLARE_TR_FUNCTIONS(skranke::ReminderTextStore)
public:
    static const QStringList& languages();  // da, nb, sv, en
    static ReminderTexts defaults(int level, const QString& language);
    static ReminderTexts load(Database& db, int level, const QString& language);
    // Needs dunning.run. Checks every field's placeholders; writes nothing
    // when one is wrong. Journaled.
    static void save(const Session& session, int level, const QString& language,
                     const ReminderTexts& texts);
    // Forgets the edited text so the built-in one is used again.
    static void reset(const Session& session, int level, const QString& language);
};

}  // namespace skranke
