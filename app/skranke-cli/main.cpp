#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/i18n/language.h"
#include "core/store/defaultlocation.h"
#include "core/store/error.h"
#include "core/time/clockfactory.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

using namespace skranke;
using namespace skranke::cli;

namespace {

constexpr int ExitOk = 0;
constexpr int ExitRefused = 1;
constexpr int ExitUsage = 2;

class MainText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Main)
};

QString usage() {
    QString text = MainText::tr(
                       "Usage: skranke-cli [--db FILE] [--user NAME] [--json] COMMAND ...\n\n"
                       "Options:\n"
                       "  --db FILE     the database (default: %1)\n"
                       "  --user NAME   the acting staff user; the PIN comes from SKRANKE_PIN "
                       "or a prompt\n"
                       "  --json        print results and errors as JSON\n\n"
                       "Environment:\n"
                       "  SKRANKE_NOW=YYYY-MM-DDTHH:MM  fix the clock (UTC unless an offset is "
                       "given), for scripted runs and tests\n\n"
                       "Commands:\n")
                       .arg(defaultDatabasePath());
    for (const Command& c : commands())
        text += QStringLiteral("  %1 %2\n")
                    .arg(QString::fromLatin1(c.name), -10)
                    .arg(QCoreApplication::translate("skranke::cli::Commands", c.summary));
    text += MainText::tr(
        "\nRun \"skranke-cli COMMAND --help\" for a command's options.\n"
        "Exit codes: 0 done, 1 refused or bad input, 2 usage error.");
    return text;
}

QString codeName(ErrorCode code) {
    switch (code) {
        case ErrorCode::InvalidInput:
            return QStringLiteral("invalid_input");
        case ErrorCode::NotFound:
            return QStringLiteral("not_found");
        case ErrorCode::Forbidden:
            return QStringLiteral("forbidden");
        case ErrorCode::Conflict:
            return QStringLiteral("conflict");
        case ErrorCode::Locked:
            return QStringLiteral("locked");
        case ErrorCode::NotOurFile:
            return QStringLiteral("not_our_file");
        case ErrorCode::NewerSchema:
            return QStringLiteral("newer_schema");
        case ErrorCode::Storage:
            return QStringLiteral("storage");
    }
    return QStringLiteral("error");
}

int fail(bool json, int exitCode, const QString& code, const QString& message,
         const QString& field = {}) {
    QTextStream err(stderr);
    if (json) {
        QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
        if (!field.isEmpty())
            e.insert(QStringLiteral("field"), field);
        err << QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson();
    } else {
        err << QStringLiteral("skranke-cli: ") << message;
        if (!field.isEmpty() && !message.contains(field))
            err << QStringLiteral(" [") << field << QStringLiteral("]");
        err << '\n';
    }
    return exitCode;
}

// The offscreen platform warns about a missing XDG runtime dir, which a
// headless command does not need; everything else still goes to stderr.
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context,
                            const QString& message) {
    if (type == QtWarningMsg && message.contains(QLatin1String("XDG_RUNTIME_DIR")))
        return;
    QTextStream(stderr) << qFormatLogMessage(type, context, message) << '\n';
}

}  // namespace

int main(int argc, char* argv[]) {
    qInstallMessageHandler(quietRuntimeDirWarning);
    // Documents are painted with QPainter, which needs a GUI application; the
    // CLI never opens a window, so it renders offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("skranke-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SKRANKE_VERSION));
    try {
        installLanguage(app, qEnvironmentVariable("SKRANKE_LANG"));
    } catch (const Error& e) {
        return fail(false, ExitUsage, QStringLiteral("usage"), e.message());
    }

    // Global options may stand anywhere; the first other word is the command.
    QString db, user, command;
    bool json = false, help = false;
    QStringList rest;
    QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--json")) {
            json = true;
        } else if ((a == QLatin1String("--db") || a == QLatin1String("--user")) &&
                   command.isEmpty()) {
            if (i + 1 >= args.size())
                return fail(json, ExitUsage, QStringLiteral("usage"),
                            MainText::tr("%1 needs a value.").arg(a));
            (a == QLatin1String("--db") ? db : user) = args[++i];
        } else if (a.startsWith(QLatin1String("--db=")) && command.isEmpty()) {
            db = a.mid(5);
        } else if (a.startsWith(QLatin1String("--user=")) && command.isEmpty()) {
            user = a.mid(7);
        } else if (command.isEmpty() &&
                   (a == QLatin1String("--help") || a == QLatin1String("-h"))) {
            help = true;
        } else if (command.isEmpty() && a == QLatin1String("--version")) {
            QTextStream(stdout) << "skranke-cli " << app.applicationVersion() << '\n';
            return ExitOk;
        } else if (command.isEmpty()) {
            if (a.startsWith(QLatin1Char('-')))
                return fail(json, ExitUsage, QStringLiteral("usage"),
                            MainText::tr("Unknown option %1.\n\n%2").arg(a, usage()));
            command = a;
        } else {
            rest << a;
        }
    }
    if (help || command.isEmpty()) {
        QTextStream(help ? stdout : stderr) << usage() << '\n';
        return help ? ExitOk : ExitUsage;
    }

    const Command* found = nullptr;
    for (const Command& c : commands())
        if (command == QLatin1String(c.name))
            found = &c;
    if (!found)
        return fail(json, ExitUsage, QStringLiteral("usage"),
                    MainText::tr("Unknown command \"%1\".\n\n%2").arg(command, usage()));

    try {
        CliContext ctx(db.isEmpty() ? defaultDatabasePath() : db, user, json,
                       ClockFactory::fromEnvironment());
        return found->run(ctx, rest);
    } catch (const UsageError& e) {
        return fail(json, ExitUsage, QStringLiteral("usage"), e.message());
    } catch (const Error& e) {
        return fail(json, ExitRefused, codeName(e.code()), e.message(), e.field());
    }
}
