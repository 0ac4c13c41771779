#include "shared/scheduling/WallClockText.h"

namespace fitflow::scheduling {
namespace {

// Exactly `text.size()` decimal digits.
std::optional<int> fixedDigits(std::string_view text)
{
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

std::string twoDigits(long long value)
{
    return {static_cast<char>('0' + value / 10 % 10), static_cast<char>('0' + value % 10)};
}

} // namespace

std::optional<LocalDateTime> parseLocalDateTime(std::string_view text)
{
    // YYYY-MM-DDTHH:MM:SS
    if (text.size() != 19 || text[4] != '-' || text[7] != '-' || text[10] != 'T' ||
        text[13] != ':' || text[16] != ':') {
        return std::nullopt;
    }
    const auto year = fixedDigits(text.substr(0, 4));
    const auto month = fixedDigits(text.substr(5, 2));
    const auto day = fixedDigits(text.substr(8, 2));
    const auto hour = fixedDigits(text.substr(11, 2));
    const auto minute = fixedDigits(text.substr(14, 2));
    const auto second = fixedDigits(text.substr(17, 2));
    if (!year || !month || !day || !hour || !minute || !second) {
        return std::nullopt;
    }
    const date::year_month_day ymd{date::year{*year}, date::month{static_cast<unsigned>(*month)},
                                   date::day{static_cast<unsigned>(*day)}};
    if (!ymd.ok() || *hour > 23 || *minute > 59 || *second > 59) {
        return std::nullopt;
    }
    return date::local_days{ymd} + std::chrono::hours{*hour} + std::chrono::minutes{*minute} +
           std::chrono::seconds{*second};
}

std::string formatLocalDateTime(LocalDateTime local)
{
    return date::format("%Y-%m-%dT%H:%M:%S", local);
}

std::optional<std::chrono::minutes> parseTimeOfDay(std::string_view text)
{
    if (text.size() != 5 || text[2] != ':') {
        return std::nullopt;
    }
    const auto hour = fixedDigits(text.substr(0, 2));
    const auto minute = fixedDigits(text.substr(3, 2));
    if (!hour || !minute || *minute > 59 || *hour > 24 || (*hour == 24 && *minute != 0)) {
        return std::nullopt;
    }
    return std::chrono::hours{*hour} + std::chrono::minutes{*minute};
}

std::string formatTimeOfDay(std::chrono::minutes sinceMidnight)
{
    return twoDigits(sinceMidnight.count() / 60) + ":" + twoDigits(sinceMidnight.count() % 60);
}

} // namespace fitflow::scheduling
