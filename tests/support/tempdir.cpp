#include "tests/support/tempdir.h"

#include <QDir>
#include <stdexcept>

namespace skranke::test {

// Under the system's temporary folder, never the working directory: a test
// that is killed must not leave files in the source tree.
TempDir::TempDir() : m_dir(QDir::temp().filePath(QStringLiteral("skranke-test-XXXXXX"))) {
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary directory");
}

QString TempDir::path(const QString& name) const {
    return m_dir.filePath(name);
}

}  // namespace skranke::test
