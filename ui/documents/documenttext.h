#pragma once

#include <QLocale>
#include <QString>

namespace skranke {

// Texts and numbers in the language of a document's reader (the debtor's),
// which may differ from the language the program runs in.
class DocumentText final {
public:
    // lang: da, nb, sv or en.
    explicit DocumentText(const QString& lang);
    // Mark sources with QT_TRANSLATE_NOOP(context, text) so lupdate sees them.
    QString operator()(const char* context, const char* source) const;
    const QLocale& locale() const { return m_locale; }
    const QString& language() const { return m_lang; }

    // The debtor's language when set, else the company country's.
    static QString languageFor(const QString& debtorLanguage, const QString& companyCountry);

private:
    QString m_lang;
    QLocale m_locale;
};

}  // namespace skranke
