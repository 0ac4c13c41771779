#pragma once
// Chooses and installs the UI language. Order: $FITFLOW_LANG, then the language setting, then
// the system locale. Translations are compiled into the program under ":/i18n".

#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace fitflow::desktop {

class Translations {
public:
    static constexpr const char* kResourceDirectory = ":/i18n";

    // The locale to use for a configured language name; empty means the system locale.
    static QLocale localeFor(const QString& configuredLanguage);

    // Loads FitFlow's strings for `locale` into `translator` and installs it. Returns false (and
    // leaves English) when no translation matches the locale.
    static bool install(QCoreApplication& app, QTranslator& translator, const QLocale& locale);
};

} // namespace fitflow::desktop
