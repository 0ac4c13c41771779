#pragma once
// Chooses and installs the UI language. Order: $FITFLOW_LANG, then the language setting, then
// the system locale. Translations are compiled into the program under ":/i18n"; Qt's own strings
// (standard buttons, file dialogs) are loaded from Qt's translations directory beside them.

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

    // Loads FitFlow's strings for `locale` into `translator` and installs it, with Qt's own
    // strings for that language in a child translator. Returns false (and leaves English) when
    // no FitFlow translation matches the locale.
    static bool install(QCoreApplication& app, QTranslator& translator, const QLocale& locale);

    // Takes back what install() put in place with `translator` (back to English).
    static void uninstall(QTranslator& translator);
};

} // namespace fitflow::desktop
