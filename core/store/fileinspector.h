#pragma once

#include <QCoreApplication>
#include <QString>

namespace skranke {

// Looks at a file's SQLite header without opening it through SQLite, so that
// a file which is not ours is refused byte-identical.
class FileInspector final {
    Q_DECLARE_TR_FUNCTIONS(skranke::FileInspector)
public:
    struct Header {
        bool isSqlite = false;
        std::int32_t applicationId = 0;
        std::int32_t userVersion = 0;
    };

    static Header readHeader(const QString& path);
    // Throws NotOurFile or NewerSchema with a message for the user.
    static void requireSkrankeFile(const QString& path, int latestSchemaVersion);
};

}  // namespace skranke
