#include "shared/invoice/InvoiceNumberFormat.h"

namespace fitflow::invoice {

namespace {

constexpr int kMaxDigits = 12;
constexpr std::size_t kMaxPrefixLength = 12;

bool isPrefixCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

} // namespace

Result<std::string> formatInvoiceNumber(const InvoiceNumberFormat& format, std::chrono::year year,
                                        std::int64_t number)
{
    if (format.prefix.empty() || format.prefix.size() > kMaxPrefixLength) {
        return makeError("invalid_value", "prefix has 1 to 12 characters", "prefix");
    }
    for (const char c : format.prefix) {
        if (!isPrefixCharacter(c)) {
            return makeError("invalid_value", "prefix is letters and digits", "prefix");
        }
    }
    if (format.digits < 1 || format.digits > kMaxDigits) {
        return makeError("invalid_value", "digits is between 1 and 12", "digits");
    }
    if (number < 1) {
        return makeError("invalid_value", "invoice numbers start at 1", "number");
    }
    const int yearValue = static_cast<int>(year);
    if (yearValue < 1000 || yearValue > 9999) {
        return makeError("invalid_value", "year has four digits", "year");
    }
    std::string sequence = std::to_string(number);
    if (sequence.size() < static_cast<std::size_t>(format.digits)) {
        sequence.insert(0, static_cast<std::size_t>(format.digits) - sequence.size(), '0');
    }
    return format.prefix + "-" + std::to_string(yearValue) + "-" + sequence;
}

} // namespace fitflow::invoice
