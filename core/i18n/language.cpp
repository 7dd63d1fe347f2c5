#include "core/i18n/language.h"

#include "core/store/error.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <map>
#include <memory>
#include <mutex>

namespace skranke {

QLocale localeForLanguage(const QString& lang) {
    if (lang == QLatin1String("da"))
        return QLocale(QLocale::Danish, QLocale::Denmark);
    if (lang == QLatin1String("nb"))
        return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    if (lang == QLatin1String("sv"))
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString translateFor(const QString& lang, const char* context, const char* source) {
    // One translator per language, loaded on first use from the resources
    // the programs carry (documents may be painted off the GUI thread).
    static std::mutex lock;
    static std::map<QString, std::unique_ptr<QTranslator>> translators;
    const std::lock_guard<std::mutex> guard(lock);
    auto it = translators.find(lang);
    if (it == translators.end()) {
        auto t = std::make_unique<QTranslator>();
        if (lang == QLatin1String("en") ||
            !t->load(QStringLiteral("skranke_") + lang, QStringLiteral(":/i18n")))
            t.reset();
        it = translators.emplace(lang, std::move(t)).first;
    }
    if (it->second) {
        const QString t = it->second->translate(context, source);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(source);
}

QString documentLanguage(const QString& debtorLanguage, const QString& country) {
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

QString installLanguage(QCoreApplication& app, const QString& requested) {
    static const QStringList known{QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv"),
                                   QStringLiteral("en")};
    QString lang = requested;
    if (lang.isEmpty()) {
        const QString system = QLocale::system().name().left(2);
        lang = system == QLatin1String("no") || system == QLatin1String("nn")
                   ? QStringLiteral("nb")
                   : (known.contains(system) ? system : QStringLiteral("en"));
    } else if (!known.contains(lang)) {
        throw Error::invalid(QStringLiteral("lang"),
                             QCoreApplication::translate("skranke::Language",
                                                         "The language must be da, nb, sv or en, "
                                                         "not \"%1\".")
                                 .arg(lang));
    }
    QLocale::setDefault(localeForLanguage(lang));
    if (lang == QLatin1String("en"))
        return lang;
    const std::pair<QString, QString> files[] = {
        {QStringLiteral("skranke_") + lang, QStringLiteral(":/i18n")},
        {QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
    };
    for (const auto& [file, dir] : files) {
        auto* t = new QTranslator(&app);
        if (t->load(file, dir))
            app.installTranslator(t);
        else
            delete t;
    }
    return lang;
}

}  // namespace skranke
