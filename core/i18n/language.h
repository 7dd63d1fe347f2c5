#pragma once

#include <QString>

class QCoreApplication;

namespace skranke {

// Chooses the language (da, nb, sv or en): the requested one, else the
// system locale's when Skranke speaks it, else English. Sets the default
// QLocale (numbers, dates) and installs Skranke's and Qt's translations.
// Returns the language chosen; throws Error::invalid("lang") for an unknown one.
QString installLanguage(QCoreApplication& app, const QString& requested);

}  // namespace skranke
