#pragma once

#include "core/auth/session.h"
#include "core/store/database.h"
#include "core/time/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <functional>
#include <memory>
#include <optional>

namespace skranke::cli {

// What every command gets: the global options, the database, the acting
// user (logged in on demand) and the output in text or JSON.
class CliContext final {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::CliContext)
public:
    CliContext(QString dbPath, QString user, bool json, std::unique_ptr<Clock> clock);

    const QString& dbPath() const { return m_dbPath; }
    bool json() const { return m_json; }
    const Clock& clock() const { return *m_clock; }

    Database& db();                        // opens the existing file on first use
    std::unique_ptr<Database> createDb();  // for init and demo: the file must not exist
    const Session& session();              // logs in with --user and SKRANKE_PIN

    // Parses a command's own options; --help prints and returns false.
    bool parse(QCommandLineParser& parser, const QStringList& args, const QString& usage);

    // Prints a result: JSON as given, or text made from it.
    void print(const QJsonValue& json, const std::function<QString()>& text) const;
    void printText(const QString& text) const;

    // An option's value as a whole number of at least `min`; `fallback` when
    // the option is not given and has no default. Throws Error::invalid
    // naming the option (with "_" for "-") for anything else.
    static std::int64_t wholeNumber(const QCommandLineParser& parser, const char* option,
                                    std::int64_t fallback, std::int64_t min = 0);

    // A secret (PIN or password) from an environment variable, or asked for.
    static QString readSecret(const char* envVar, const QString& prompt);

private:
    QString m_dbPath;
    QString m_user;
    bool m_json;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::optional<Session> m_session;
};

}  // namespace skranke::cli
