#include "core/store/defaultlocation.h"

#include <QDir>
#include <QStandardPaths>

namespace skranke {

QString defaultDatabasePath() {
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString dir = base + QStringLiteral("/skranke");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/skranke.sqlite");
}

}  // namespace skranke
