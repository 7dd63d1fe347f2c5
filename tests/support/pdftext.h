#pragma once

#include <QString>

namespace skranke::test {

// The text of a PDF as pdftotext -layout reads it (poppler-utils).
QString pdfText(const QString& path);
// The page count pdfinfo reports; 0 when it cannot read the file.
int pdfPages(const QString& path);

}  // namespace skranke::test
