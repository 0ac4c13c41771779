#include "desktop/core/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace fitflow::desktop {

QLocale Translations::localeFor(const QString& configuredLanguage)
{
    return configuredLanguage.isEmpty() ? QLocale::system() : QLocale(configuredLanguage);
}

bool Translations::install(QCoreApplication& app, QTranslator& translator, const QLocale& locale)
{
    QCoreApplication::removeTranslator(&translator);
    // QTranslator tries fitflow_fr_CA, then fitflow_fr, for each of the locale's UI languages.
    if (!translator.load(locale, QStringLiteral("fitflow"), QStringLiteral("_"),
                         QLatin1String(kResourceDirectory))) {
        return false;
    }
    // Dates and numbers follow the same language as the words.
    QLocale::setDefault(locale);
    return app.installTranslator(&translator);
}

} // namespace fitflow::desktop
