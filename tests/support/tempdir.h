#pragma once

#include <QString>
#include <QTemporaryDir>

namespace skranke::test {

// A fresh directory per test, removed afterwards.
class TempDir final {
public:
    TempDir();
    QString path(const QString& name) const;
    QString path(const char* name) const { return path(QString::fromUtf8(name)); }

private:
    QTemporaryDir m_dir;
};

}  // namespace skranke::test
