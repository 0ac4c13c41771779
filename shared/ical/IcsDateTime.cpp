#include "shared/ical/IcsDateTime.h"

namespace fitflow::ical {

std::string formatLocalDateTime(scheduling::LocalDateTime local)
{
    return date::format("%Y%m%dT%H%M%S", local);
}

std::string formatUtcDateTime(scheduling::Instant instant)
{
    return date::format("%Y%m%dT%H%M%SZ", instant);
}

std::string formatUtcOffset(std::chrono::seconds offset)
{
    // Real offsets are below 24 h, so every field has exactly two digits.
    const auto twoDigits = [](long long value) {
        return std::string{static_cast<char>('0' + value / 10 % 10),
                           static_cast<char>('0' + value % 10)};
    };
    const bool negative = offset < std::chrono::seconds{0};
    const long long total = negative ? -offset.count() : offset.count();
    std::string text(1, negative ? '-' : '+');
    text += twoDigits(total / 3600 % 24) + twoDigits(total / 60 % 60);
    if (total % 60 != 0) {
        text += twoDigits(total % 60);
    }
    return text;
}

} // namespace fitflow::ical
