#include "core/store/migrator.h"

#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"

#include <sqlite3.h>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace skranke {

std::vector<Migrator::Migration> Migrator::available() {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    std::vector<Migration> list;
    const QDir dir(QStringLiteral(":/skranke/migrations"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = pattern.match(file);
        if (m.hasMatch())
            list.push_back({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

int Database::latestSchemaVersion() {
    const auto list = Migrator::available();
    return list.empty() ? 0 : list.back().version;
}

void Migrator::migrate(Database& db) {
    const int current = db.schemaVersion();
    for (const Migration& m : available()) {
        if (m.version <= current)
            continue;
        QFile f(m.resourcePath);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::Storage, QStringLiteral("Missing migration %1").arg(m.name));
        const QByteArray script =
            f.readAll() + "\nPRAGMA user_version = " + QByteArray::number(m.version) +
            ";\nPRAGMA application_id = " + QByteArray::number(Database::ApplicationId) + ";\n";
        Transaction tx(db);
        char* message = nullptr;
        if (sqlite3_exec(db.handle(), script.constData(), nullptr, nullptr, &message) !=
            SQLITE_OK) {
            const QString why = QString::fromUtf8(message);
            sqlite3_free(message);
            throw Error(
                ErrorCode::Storage,
                QStringLiteral("Migration %1 (%2) failed: %3").arg(m.version).arg(m.name, why));
        }
        tx.commit();
    }
}

}  // namespace skranke
