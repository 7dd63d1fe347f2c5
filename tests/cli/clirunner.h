#pragma once

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <memory>

class QProcess;

namespace skranke::test {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    QJsonDocument errorJson() const { return QJsonDocument::fromJson(err.toUtf8()); }
};

// Runs the real skranke-cli binary with a fixed clock and the given PIN.
CliResult runCli(const QStringList& args, const QString& pin = QStringLiteral("1234"),
                 const QString& now = QStringLiteral("2026-11-23T10:00"));
// Starts skranke-cli like runCli, without waiting for it: for tests that
// kill it part-way (crash safety).
std::unique_ptr<QProcess> startCli(const QStringList& args,
                                   const QString& pin = QStringLiteral("1234"),
                                   const QString& now = QStringLiteral("2026-11-23T10:00"));
// Kills a started skranke-cli with SIGKILL, as a power cut would, and waits
// for it. Returns true when it was killed, false when it had finished.
bool killCli(QProcess& process);
// Runs the sqlite3 shell on a file, as someone tampering with it would.
int runSqliteShell(const QString& file, const QString& sql);

}  // namespace skranke::test
