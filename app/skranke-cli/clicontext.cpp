#include "app/skranke-cli/clicontext.h"

#include "app/skranke-cli/usageerror.h"
#include "core/auth/authenticator.h"
#include "core/store/error.h"

#include <termios.h>
#include <unistd.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

namespace skranke::cli {

CliContext::CliContext(QString dbPath, QString user, bool json, std::unique_ptr<Clock> clock)
    : m_dbPath(std::move(dbPath)),
      m_user(std::move(user)),
      m_json(json),
      m_clock(std::move(clock)) {
}

Database& CliContext::db() {
    if (!m_db)
        m_db = Database::open(m_dbPath, Database::OpenMode::Existing);
    return *m_db;
}

std::unique_ptr<Database> CliContext::createDb() {
    return Database::open(m_dbPath, Database::OpenMode::Create);
}

const Session& CliContext::session() {
    if (!m_session) {
        QString user = m_user.isEmpty() ? qEnvironmentVariable("SKRANKE_USER") : m_user;
        if (user.isEmpty())
            throw UsageError(
                tr("This command changes data: say who you are with --user NAME "
                   "(or SKRANKE_USER) and give the PIN in SKRANKE_PIN or at the "
                   "prompt."));
        const QString pin = readSecret("SKRANKE_PIN", tr("PIN for %1: ").arg(user));
        m_session.emplace(Authenticator::login(db(), *m_clock, user, pin));
    }
    return *m_session;
}

bool CliContext::parse(QCommandLineParser& parser, const QStringList& args, const QString& usage) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("skranke-cli")} + args))
        throw UsageError(parser.errorText() + QStringLiteral("\n") + usage);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << usage << '\n'
                            << parser.helpText().section(QLatin1Char('\n'), 2) << Qt::flush;
        return false;
    }
    return true;
}

void CliContext::print(const QJsonValue& json, const std::function<QString()>& text) const {
    QTextStream out(stdout);
    if (m_json) {
        const QJsonDocument doc =
            json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        out << doc.toJson(QJsonDocument::Indented);
    } else {
        out << text() << '\n';
    }
    out.flush();
}

void CliContext::printText(const QString& text) const {
    if (!m_json)
        QTextStream(stdout) << text << '\n' << Qt::flush;
}

QString CliContext::readSecret(const char* envVar, const QString& prompt) {
    if (qEnvironmentVariableIsSet(envVar))
        return qEnvironmentVariable(envVar);
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        QTextStream(stderr) << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        QTextStream(stderr) << '\n' << Qt::flush;
    }
    if (line.isNull())
        throw UsageError(
            QCoreApplication::translate("skranke::cli::CliContext",
                                        "No secret given: set %1 or type it at the prompt.")
                .arg(QString::fromLatin1(envVar)));
    return line;
}

std::int64_t CliContext::wholeNumber(const QCommandLineParser& parser, const char* option,
                                     std::int64_t fallback, std::int64_t min) {
    const QString text = parser.value(QLatin1String(option)).trimmed();
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < min)
        throw Error::invalid(
            QString::fromLatin1(option).replace(QLatin1Char('-'), QLatin1Char('_')),
            tr("--%1 must be a whole number of at least %2, not \"%3\".")
                .arg(QLatin1String(option))
                .arg(min)
                .arg(text));
    return n;
}

}  // namespace skranke::cli
