#include "server/service/auth/PasswordPolicy.h"

#include "server/service/auth/CommonPasswords.h"

#include <cstdint>

namespace fitflow::auth {
namespace {

// The list is ASCII, so folding ASCII letters is a complete case-insensitive comparison: a
// password with other letters can never equal an entry anyway.
std::string asciiLowerCase(std::string_view text)
{
    std::string lower(text);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return lower;
}

std::unordered_set<std::string> parseList(std::string_view text)
{
    std::unordered_set<std::string> entries;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (!line.empty()) {
            entries.insert(asciiLowerCase(line));
        }
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    }
    return entries;
}

// Length of the UTF-8 sequence a lead byte starts, or 0 for a byte that cannot lead one.
int sequenceLength(unsigned char lead)
{
    if (lead < 0x80) {
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        return 4;
    }
    return 0;
}

} // namespace

std::optional<std::size_t> countCodePoints(std::string_view text)
{
    std::size_t count = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const int length = sequenceLength(lead);
        if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) {
            return std::nullopt;
        }
        std::uint32_t codePoint = length == 1 ? lead : lead & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
            if ((next & 0xC0) != 0x80) {
                return std::nullopt;
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        const bool overlong =
            (length == 3 && codePoint < 0x800) || (length == 4 && codePoint < 0x10000);
        const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        if (overlong || surrogate || codePoint > 0x10FFFF) {
            return std::nullopt;
        }
        i += static_cast<std::size_t>(length);
        ++count;
    }
    return count;
}

PasswordPolicy::PasswordPolicy(PasswordPolicyLimits limits)
    : PasswordPolicy(limits, bundledCommonPasswords())
{
}

PasswordPolicy::PasswordPolicy(PasswordPolicyLimits limits, std::string_view commonPasswords)
    : m_limits(limits)
    , m_common(parseList(commonPasswords))
{
}

Status PasswordPolicy::check(std::string_view password) const
{
    const auto length = countCodePoints(password);
    if (!length) {
        return makeError("password_invalid_utf8", "a password must be valid UTF-8");
    }
    if (*length < m_limits.minCodePoints) {
        return makeError("password_too_short", "a password needs at least " +
                                                   std::to_string(m_limits.minCodePoints) +
                                                   " characters");
    }
    if (*length > m_limits.maxCodePoints) {
        return makeError("password_too_long", "a password has at most " +
                                                  std::to_string(m_limits.maxCodePoints) +
                                                  " characters");
    }
    if (m_common.contains(asciiLowerCase(password))) {
        return makeError("password_too_common", "this password is on the common-password list");
    }
    return {};
}

} // namespace fitflow::auth
