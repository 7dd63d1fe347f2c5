#pragma once

#include "tests/cli/clirunner.h"
#include "tests/support/tempdir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

namespace skranke::test {

// A fresh shop file made with "init", and commands run on it as the owner
// with --json.
struct Shop {
    TempDir dir;
    QString file = dir.path(QStringLiteral("shop.sqlite"));

    Shop() {
        REQUIRE(runCli({QStringLiteral("--db"), file, QStringLiteral("init"),
                        QStringLiteral("--company"), QStringLiteral("Havblik"),
                        QStringLiteral("--owner"), QStringLiteral("owner")})
                    .exitCode == 0);
    }
    CliResult run(QStringList args) {
        return runCli(QStringList{QStringLiteral("--db"), file, QStringLiteral("--user"),
                                  QStringLiteral("owner"), QStringLiteral("--json")} +
                      args);
    }
    static QString errorField(const CliResult& r) {
        return r.errorJson().object()[QStringLiteral("error")][QStringLiteral("field")].toString();
    }
    int invoiceCount() {
        auto r = run({QStringLiteral("invoice"), QStringLiteral("list")});
        return int(r.json().array().size());
    }
};

}  // namespace skranke::test
