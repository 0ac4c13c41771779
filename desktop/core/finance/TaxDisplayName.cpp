#include "desktop/core/finance/TaxDisplayName.h"

#include <QLocale>

#include <array>

namespace fitflow::desktop {

namespace {

struct TaxName {
    const char* code;
    const char* english; // also the source text the screen translates
    const char* french;  // a French document's name
};

constexpr std::array kTaxNames{
    TaxName{"GST", QT_TRANSLATE_NOOP("TaxDisplayName", "GST"), "TPS"},
    TaxName{"HST", QT_TRANSLATE_NOOP("TaxDisplayName", "HST"), "TVH"},
    TaxName{"QST", QT_TRANSLATE_NOOP("TaxDisplayName", "QST"), "TVQ"},
};

const TaxName* find(const QString& code)
{
    for (const TaxName& name : kTaxNames) {
        if (code == QLatin1String(name.code)) {
            return &name;
        }
    }
    return nullptr;
}

} // namespace

QString TaxDisplayName::forCode(const QString& code)
{
    const TaxName* name = find(code);
    return name ? tr(name->english) : code;
}

QString TaxDisplayName::forCode(const QString& code, Document language)
{
    const TaxName* name = find(code);
    if (name == nullptr) {
        return code;
    }
    return QString::fromLatin1(language == Document::French ? name->french : name->english);
}

QString TaxDisplayName::withRate(const QString& code, const QString& ratePercent)
{
    // The engine writes rates with a '.'; the screen uses the locale's decimal sign.
    QString rate = ratePercent;
    rate.replace(QLatin1Char('.'), QLocale().decimalPoint());
    //: A tax and its rate, e.g. "GST 5%" (French: "TPS 5 %")
    return tr("%1 %2%").arg(forCode(code), rate);
}

} // namespace fitflow::desktop
