#include "shared/ical/ClientInitials.h"

#include <algorithm>

namespace fitflow::ical {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Length of the UTF-8 sequence starting with `lead` (1 for ASCII or a stray byte).
std::size_t sequenceLength(char lead)
{
    const auto byte = static_cast<unsigned char>(lead);
    if (byte >= 0xF0) {
        return 4;
    }
    if (byte >= 0xE0) {
        return 3;
    }
    if (byte >= 0xC0) {
        return 2;
    }
    return 1;
}

} // namespace

std::string clientInitials(std::string_view fullName)
{
    std::string initials;
    std::size_t i = 0;
    while (i < fullName.size()) {
        if (isSpace(fullName[i])) {
            ++i;
            continue;
        }
        const std::size_t length = std::min(sequenceLength(fullName[i]), fullName.size() - i);
        std::string initial(fullName.substr(i, length));
        if (length == 1 && initial[0] >= 'a' && initial[0] <= 'z') {
            initial[0] = static_cast<char>(initial[0] - 'a' + 'A');
        }
        initials += initial + ".";
        while (i < fullName.size() && !isSpace(fullName[i])) {
            ++i;
        }
    }
    return initials;
}

} // namespace fitflow::ical
