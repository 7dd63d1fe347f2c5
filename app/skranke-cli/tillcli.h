#pragma once

#include "core/money/money.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace skranke {
class Database;
}

namespace skranke::cli {

// Shared by the till's subcommands.
class TillCli final {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Till)
public:
    static Currency companyCurrency(Database& db);
    // The option's value; a UsageError with `usage` when it is missing.
    static QString required(const QCommandLineParser& p, const char* option, const QString& usage);
    // A whole number above 0; Error::invalid naming `field` otherwise.
    static int positive(const QString& text, const char* field);
    static Money amount(const QString& text, Database& db, const char* field);
};

}  // namespace skranke::cli
