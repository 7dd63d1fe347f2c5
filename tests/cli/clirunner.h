#pragma once

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

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
// Runs the sqlite3 shell on a file, as someone tampering with it would.
int runSqliteShell(const QString& file, const QString& sql);

}  // namespace skranke::test
