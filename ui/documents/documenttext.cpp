#include "ui/documents/documenttext.h"

#include "core/i18n/language.h"

namespace skranke {

DocumentText::DocumentText(const QString& lang) : m_lang(lang), m_locale(localeForLanguage(lang)) {
}

QString DocumentText::operator()(const char* context, const char* source) const {
    return translateFor(m_lang, context, source);
}

QString DocumentText::languageFor(const QString& debtorLanguage, const QString& country) {
    return documentLanguage(debtorLanguage, country);
}

}  // namespace skranke
