#include "tests/cli/clirunner.h"

#include <signal.h>
#include <QProcess>

namespace skranke::test {

CliResult runCli(const QStringList& args, const QString& pin, const QString& now) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SKRANKE_NOW"), now);
    env.insert(QStringLiteral("SKRANKE_PIN"), pin);
    env.insert(QStringLiteral("SKRANKE_NEW_PIN"), QStringLiteral("9876"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("SKRANKE_USER"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SKRANKE_CLI_PATH), args);
    p.closeWriteChannel();
    p.waitForFinished(120'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

std::unique_ptr<QProcess> startCli(const QStringList& args, const QString& pin,
                                   const QString& now) {
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SKRANKE_NOW"), now);
    env.insert(QStringLiteral("SKRANKE_PIN"), pin);
    env.insert(QStringLiteral("SKRANKE_NEW_PIN"), QStringLiteral("9876"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("SKRANKE_USER"));
    p->setProcessEnvironment(env);
    p->setStandardInputFile(QProcess::nullDevice());
    p->start(QStringLiteral(SKRANKE_CLI_PATH), args);
    p->waitForStarted(10'000);
    return p;
}

bool killCli(QProcess& process) {
    if (process.state() != QProcess::NotRunning && process.processId() > 0)
        ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(60'000);
    return process.exitStatus() == QProcess::CrashExit;
}

int runSqliteShell(const QString& file, const QString& sql) {
    QProcess p;
    p.start(QStringLiteral(SQLITE3_SHELL), {file, sql});
    p.waitForFinished(60'000);
    return p.exitCode();
}

}  // namespace skranke::test
