#include "desktop/core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace fitflow::desktop {

QLocale Translations::localeFor(const QString& configuredLanguage)
{
    return configuredLanguage.isEmpty() ? QLocale::system() : QLocale(configuredLanguage);
}

namespace {

constexpr const char* kQtStringsName = "fitflow-qt-strings";

// Qt's own strings (the Save/Cancel/Yes/No of standard buttons, file dialogs, context menus) come
// from Qt's translations (Debian: qt6-translations-l10n), not from ours. They live in a child of
// FitFlow's translator, so one QTranslator owned by the caller carries the whole language.
void removeQtStrings(QTranslator& owner)
{
    if (auto* previous = owner.findChild<QTranslator*>(QLatin1String(kQtStringsName))) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }
}

void installQtStrings(QCoreApplication& app, QTranslator& owner, const QLocale& locale)
{
    auto* qtStrings = new QTranslator(&owner);
    qtStrings->setObjectName(QLatin1String(kQtStringsName));
    // A missing Qt translation only leaves Qt's own words in English; it is not an error.
    if (qtStrings->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qtStrings);
    }
}

} // namespace

bool Translations::install(QCoreApplication& app, QTranslator& translator, const QLocale& locale)
{
    uninstall(translator);
    // QTranslator tries fitflow_fr_CA, then fitflow_fr, for each of the locale's UI languages.
    if (!translator.load(locale, QStringLiteral("fitflow"), QStringLiteral("_"),
                         QLatin1String(kResourceDirectory))) {
        return false;
    }
    // Dates and numbers follow the same language as the words.
    QLocale::setDefault(locale);
    installQtStrings(app, translator, locale);
    return app.installTranslator(&translator);
}

void Translations::uninstall(QTranslator& translator)
{
    QCoreApplication::removeTranslator(&translator);
    removeQtStrings(translator);
}

} // namespace fitflow::desktop
