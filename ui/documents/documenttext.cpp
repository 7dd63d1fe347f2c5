#include "ui/documents/documenttext.h"

namespace skranke {

DocumentText::DocumentText(const QString& lang)
    : m_lang(lang), m_translator(std::make_shared<QTranslator>()) {
    if (lang == QLatin1String("da"))
        m_locale = QLocale(QLocale::Danish, QLocale::Denmark);
    else if (lang == QLatin1String("nb"))
        m_locale = QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    else if (lang == QLatin1String("sv"))
        m_locale = QLocale(QLocale::Swedish, QLocale::Sweden);
    else
        m_locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
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
    if (!debtorLanguage.isEmpty())
        return debtorLanguage;
    if (country == QLatin1String("DK"))
        return QStringLiteral("da");
    if (country == QLatin1String("NO"))
        return QStringLiteral("nb");
    if (country == QLatin1String("SE"))
        return QStringLiteral("sv");
    return QStringLiteral("en");
}

}  // namespace skranke
