#include "ui/documents/documenttext.h"

#include "core/i18n/language.h"

namespace skranke {

DocumentText::DocumentText(const QString& lang)
    : m_lang(lang),
      m_locale(localeForLanguage(lang)),
      m_translator(std::make_shared<QTranslator>()) {
    if (lang != QLatin1String("en") &&
        !m_translator->load(QStringLiteral("skranke_") + lang, QStringLiteral(":/i18n")))
        m_translator.reset();
}

QString DocumentText::operator()(const char* context, const char* source) const {
    if (m_translator) {
        const QString t = m_translator->translate(context, source);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(source);
}

QString DocumentText::languageFor(const QString& debtorLanguage, const QString& country) {
    return documentLanguage(debtorLanguage, country);
}

}  // namespace skranke
