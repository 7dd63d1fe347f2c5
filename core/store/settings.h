#pragma once

#include <QString>
#include <optional>

namespace skranke {

class Database;

// Installation-wide key/value settings (device identity, feature switches).
class Settings final {
public:
    static std::optional<QString> get(Database& db, const QString& key);
    static QString value(Database& db, const QString& key, const QString& fallback = {});
    static void set(Database& db, const QString& key, const QString& value);

    // This installation's device uid (16 bytes), created on first use.
    static QByteArray deviceUid(Database& db);
};

}  // namespace skranke
