#include "shared/domain/FieldRules.h"

#include <algorithm>

namespace fitflow {
namespace {

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

bool isPlausibleEmail(std::string_view text)
{
    constexpr std::size_t kMaxEmailBytes = 254;
    const auto at = text.find('@');
    if (text.size() > kMaxEmailBytes || at == std::string_view::npos || at == 0 ||
        text.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    const std::string_view domain = text.substr(at + 1);
    const auto dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == domain.size()) {
        return false;
    }
    return std::none_of(text.begin(), text.end(),
                        [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F; });
}

bool isPlausiblePhone(std::string_view text)
{
    int digits = 0;
    for (const char c : text) {
        if (isAsciiDigit(c)) {
            ++digits;
        } else if (c != '+' && c != '(' && c != ')' && c != '-' && c != '.' && c != ' ') {
            return false;
        }
    }
    return digits >= 7 && digits <= 15 && text.size() <= 32;
}

bool isPlausibleTimeZoneName(std::string_view text)
{
    if (text.empty() || text.size() > 64 || text.front() == '/' || text.back() == '/') {
        return false;
    }
    return std::all_of(text.begin(), text.end(), [](char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == '/' || c == '_' || c == '-' || c == '+';
    });
}

bool isCurrencyCode(std::string_view text)
{
    return text.size() == 3 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool isSha256Hex(std::string_view text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return isAsciiDigit(c) || (c >= 'a' && c <= 'f');
           });
}

} // namespace fitflow
