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

// A text in a given language (da, nb, sv, en), whatever language the
// program runs in: for texts stored on documents for their reader. Mark the
// source with QT_TRANSLATE_NOOP(context, source) so lupdate sees it.
QString translateFor(const QString& lang, const char* context, const char* source);

// A document's language: the debtor's when set, else the company country's.
QString documentLanguage(const QString& debtorLanguage, const QString& companyCountry);

}  // namespace skranke
