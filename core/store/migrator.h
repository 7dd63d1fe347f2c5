#pragma once

#include <QString>
#include <vector>

namespace skranke {

class Database;

// Applies core/store/migrations/NNNN_name.sql in order, each in its own
// transaction that also sets user_version, so a failed migration leaves the
// file at the previous version.
class Migrator final {
public:
    struct Migration {
        int version;
        QString name;
        QString resourcePath;
    };

    static std::vector<Migration> available();
    static void migrate(Database& db);
};

}  // namespace skranke
