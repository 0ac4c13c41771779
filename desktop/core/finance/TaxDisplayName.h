#pragma once
// The one place a tax engine code ("GST", "HST", "QST") becomes the name a person reads: in the
// user's language for the screen (tr(): TPS/TVH/TVQ in French), or in a printed document's own
// language (a Québec invoice is French whatever the app's language). Unknown codes stay as sent.

#include <QCoreApplication>
#include <QString>

namespace fitflow::desktop {

class TaxDisplayName {
    Q_DECLARE_TR_FUNCTIONS(TaxDisplayName)

public:
    enum class Document { English, French };

    // For the screen, in the app's current language.
    static QString forCode(const QString& code);
    // For a printed document in `language`, whatever the app's language.
    static QString forCode(const QString& code, Document language);
    // "GST 5%" / "TPS 5 %": the screen name with a rate given as the engine's decimal text.
    static QString withRate(const QString& code, const QString& ratePercent);
};

} // namespace fitflow::desktop
