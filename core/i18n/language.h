#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace skranke {

// Chooses the language (da, nb, sv or en): the requested one, else the
// system locale's when Skranke speaks it, else English. Sets the default
// QLocale (numbers, dates) and installs Skranke's and Qt's translations.
// Returns the language chosen; throws Error::invalid("lang") for an unknown one.
QString installLanguage(QCoreApplication& app, const QString& requested);

// The locale numbers and dates are written in for a language (da, nb, sv, en).
QLocale localeForLanguage(const QString& lang);

// A document's language: the debtor's when set, else the company country's.
QString documentLanguage(const QString& debtorLanguage, const QString& companyCountry);

}  // namespace skranke
