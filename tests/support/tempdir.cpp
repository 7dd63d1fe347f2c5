#include "tests/support/tempdir.h"

#include <stdexcept>

namespace skranke::test {

TempDir::TempDir() : m_dir(QStringLiteral("skranke-test-XXXXXX")) {
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary directory");
}

QString TempDir::path(const QString& name) const {
    return m_dir.filePath(name);
}

}  // namespace skranke::test
