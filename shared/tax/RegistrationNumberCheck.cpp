#include "shared/tax/RegistrationNumberCheck.h"

#include <string>

namespace fitflow::tax {

namespace {

constexpr std::size_t kReferenceDigits = 4;
constexpr std::size_t kProgramLetters = 2;

std::string compact(std::string_view number)
{
    std::string text;
    for (const char c : number) {
        if (c == ' ' || c == '-') {
            continue;
        }
        text.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return text;
}

bool allDigits(std::string_view text)
{
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

bool luhnValid(std::string_view digits)
{
    int sum = 0;
    bool doubled = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int digit = *it - '0';
        if (doubled) {
            digit *= 2;
            if (digit > 9) {
                digit -= 9;
            }
        }
        sum += digit;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

bool qstCheckDigitValid(std::string_view tenDigits)
{
    constexpr std::array<int, 9> kWeights{4, 3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i) {
        sum += (tenDigits[i] - '0') * kWeights[i];
    }
    return (11 - sum % 11) % 10 == tenDigits[9] - '0';
}

// Splits "<digits><2 letters><4 digits>" and reports shape, program and reference problems;
// returns false when the shape is wrong (no further check possible).
bool checkCommonShape(const std::string& text, std::size_t idDigits, std::string_view program,
                      std::vector<RegistrationWarning>& warnings)
{
    if (text.size() != idDigits + kProgramLetters + kReferenceDigits ||
        !allDigits(std::string_view(text).substr(0, idDigits)) ||
        !allDigits(std::string_view(text).substr(idDigits + kProgramLetters))) {
        warnings.push_back(RegistrationWarning::WrongShape);
        return false;
    }
    if (std::string_view(text).substr(idDigits, kProgramLetters) != program) {
        warnings.push_back(RegistrationWarning::WrongProgram);
    }
    if (std::string_view(text).substr(idDigits + kProgramLetters) == "0000") {
        warnings.push_back(RegistrationWarning::ZeroReference);
    }
    return true;
}

} // namespace

std::vector<RegistrationWarning> checkGstHstNumber(std::string_view number)
{
    constexpr std::size_t kBusinessNumberDigits = 9;
    const std::string text = compact(number);
    std::vector<RegistrationWarning> warnings;
    if (checkCommonShape(text, kBusinessNumberDigits, "RT", warnings) &&
        !luhnValid(std::string_view(text).substr(0, kBusinessNumberDigits))) {
        warnings.push_back(RegistrationWarning::BadCheckDigit);
    }
    return warnings;
}

std::vector<RegistrationWarning> checkQstNumber(std::string_view number)
{
    constexpr std::size_t kQstIdDigits = 10;
    const std::string text = compact(number);
    std::vector<RegistrationWarning> warnings;
    if (checkCommonShape(text, kQstIdDigits, "TQ", warnings) &&
        !qstCheckDigitValid(std::string_view(text).substr(0, kQstIdDigits))) {
        warnings.push_back(RegistrationWarning::BadCheckDigit);
    }
    return warnings;
}

} // namespace fitflow::tax
