#include "shared/domain/AddressRules.h"

#include <algorithm>
#include <cctype>

namespace fitflow {

namespace {

bool isControl(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7F;
}

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// One trimmed line of 1–100 bytes without control characters, or an error at `path`.
Result<std::string> addressLine(std::string_view text, const char* path, const char* what)
{
    const std::string_view line = trimmed(text);
    if (line.empty()) {
        return makeError("invalid_value", std::string(what) + " is empty (send null to clear it)",
                         path);
    }
    if (line.size() > kMaxAddressLineBytes) {
        return makeError("invalid_value", std::string(what) + " has a line longer than 100 bytes",
                         path);
    }
    if (std::any_of(line.begin(), line.end(), isControl)) {
        return makeError("invalid_value",
                         std::string(what) + " contains a control character such as a tab", path);
    }
    return std::string(line);
}

bool isLetterAllowed(char c, bool first)
{
    // Canada Post never uses D, F, I, O, Q or U, and W or Z never start a code.
    const std::string_view never = first ? "DFIOQUWZ" : "DFIOQU";
    return c >= 'A' && c <= 'Z' && never.find(c) == std::string_view::npos;
}

} // namespace

Result<std::string> normalizeStreet(std::string_view text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (trimmed(line).empty() && text.find_first_not_of(" \r\n") != std::string_view::npos) {
            return makeError("invalid_value", "the street address has an empty line", "street");
        }
        auto checked = addressLine(line, "street", "the street address");
        if (!checked) {
            return checked.error();
        }
        lines.push_back(std::move(*checked));
        if (lines.size() > kMaxStreetLines) {
            return makeError("invalid_value", "the street address has at most two lines", "street");
        }
        start = end + 1;
    }
    std::string joined = lines.front();
    for (std::size_t i = 1; i < lines.size(); ++i) {
        joined += '\n' + lines[i];
    }
    return joined;
}

Result<std::string> normalizeCity(std::string_view text)
{
    if (text.find('\n') != std::string_view::npos) {
        return makeError("invalid_value", "the city is one line", "city");
    }
    return addressLine(text, "city", "the city");
}

Result<std::string> normalizePostalCode(std::string_view text)
{
    std::string code;
    for (const char c : text) {
        if (c != ' ') {
            code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
    }
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    const bool shaped = code.size() == 6 && isLetterAllowed(code[0], true) && isDigit(code[1]) &&
                        isLetterAllowed(code[2], false) && isDigit(code[3]) &&
                        isLetterAllowed(code[4], false) && isDigit(code[5]);
    if (!shaped || text.size() > 16) {
        return makeError("invalid_value", "expected a Canadian postal code such as H2T 1S6",
                         "postal_code");
    }
    return code.substr(0, 3) + ' ' + code.substr(3);
}

std::vector<std::string> addressLines(const std::optional<std::string>& street,
                                      const std::optional<std::string>& city,
                                      std::string_view province,
                                      const std::optional<std::string>& postalCode)
{
    std::vector<std::string> lines;
    if (!street && !city && !postalCode) {
        return lines;
    }
    if (street) {
        std::size_t start = 0;
        while (start <= street->size()) {
            const auto end = std::min(street->find('\n', start), street->size());
            if (end > start) {
                lines.push_back(street->substr(start, end - start));
            }
            start = end + 1;
        }
    }
    std::string last = city.value_or(std::string());
    if (!province.empty()) {
        last += (last.empty() ? "" : " ") + std::string(province);
    }
    if (postalCode) {
        last += (last.empty() ? "" : "  ") + *postalCode;
    }
    if (!last.empty()) {
        lines.push_back(std::move(last));
    }
    return lines;
}

} // namespace fitflow
