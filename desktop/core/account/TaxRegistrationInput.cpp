#include "desktop/core/account/TaxRegistrationInput.h"

#include "shared/tax/RegistrationNumberCheck.h"

#include <algorithm>

namespace fitflow::desktop {

namespace {

bool has(const std::vector<tax::RegistrationWarning>& warnings, tax::RegistrationWarning warning)
{
    return std::find(warnings.begin(), warnings.end(), warning) != warnings.end();
}

} // namespace

RegistrationCheck TaxRegistrationInput::check(Kind kind, const QString& typed)
{
    RegistrationCheck result;
    for (const QChar c : typed) {
        if (!c.isSpace() && c != QLatin1Char('-')) {
            result.normalized.append(c.toUpper());
        }
    }
    if (result.normalized.isEmpty()) {
        return result;
    }
    const std::string number = result.normalized.toStdString();
    const bool gstHst = kind == Kind::GstHst;
    const auto warnings = gstHst ? tax::checkGstHstNumber(number) : tax::checkQstNumber(number);
    if (has(warnings, tax::RegistrationWarning::WrongShape) ||
        has(warnings, tax::RegistrationWarning::WrongProgram)) {
        result.blocking = true;
        result.message = gstHst ? tr("A GST/HST number is 9 digits, RT and 4 digits, for "
                                     "example 123456789RT0001.")
                                : tr("A QST number is 10 digits, TQ and 4 digits, for example "
                                     "1234567890TQ0001.");
    } else if (has(warnings, tax::RegistrationWarning::BadCheckDigit) ||
               has(warnings, tax::RegistrationWarning::ZeroReference)) {
        result.message = gstHst ? tr("Check this GST/HST number: its check digit or account "
                                     "number does not look right.")
                                : tr("Check this QST number: its check digit or serial does "
                                     "not look right.");
    }
    return result;
}

} // namespace fitflow::desktop
