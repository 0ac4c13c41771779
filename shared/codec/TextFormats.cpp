#include "shared/codec/TextFormats.h"

#include <array>

namespace fitflow {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly `count` decimal digits at `pos`; nullopt if any is not a digit.
std::optional<int> readDigits(std::string_view text, std::size_t pos, std::size_t count)
{
    if (pos + count > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (!isDigit(text[i])) {
            return std::nullopt;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

void appendPadded(std::string& out, long long value, int width)
{
    std::string digits = std::to_string(value < 0 ? -value : value);
    if (value < 0) {
        out += '-';
    }
    for (int i = static_cast<int>(digits.size()); i < width; ++i) {
        out += '0';
    }
    out += digits;
}

constexpr std::size_t kDateLength = 10; // YYYY-MM-DD

} // namespace

std::optional<std::chrono::year_month_day> parseIsoDate(std::string_view text)
{
    if (text.size() != kDateLength || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    const auto year = readDigits(text, 0, 4);
    const auto month = readDigits(text, 5, 2);
    const auto day = readDigits(text, 8, 2);
    if (!year || !month || !day) {
        return std::nullopt;
    }
    const std::chrono::year_month_day date{std::chrono::year{*year},
                                           std::chrono::month{static_cast<unsigned>(*month)},
                                           std::chrono::day{static_cast<unsigned>(*day)}};
    if (!date.ok()) {
        return std::nullopt;
    }
    return date;
}

std::string formatIsoDate(std::chrono::year_month_day date)
{
    std::string out;
    appendPadded(out, static_cast<int>(date.year()), 4);
    out += '-';
    appendPadded(out, static_cast<unsigned>(date.month()), 2);
    out += '-';
    appendPadded(out, static_cast<unsigned>(date.day()), 2);
    return out;
}

std::optional<Instant> parseUtcInstant(std::string_view text)
{
    constexpr std::size_t kSecondsEnd = 19; // YYYY-MM-DDTHH:MM:SS
    if (text.size() < kSecondsEnd + 1 || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
        text.back() != 'Z') {
        return std::nullopt;
    }
    const auto date = parseIsoDate(text.substr(0, kDateLength));
    const auto hour = readDigits(text, 11, 2);
    const auto minute = readDigits(text, 14, 2);
    const auto second = readDigits(text, 17, 2);
    if (!date || !hour || !minute || !second || *hour > 23 || *minute > 59 || *second > 59) {
        return std::nullopt;
    }
    int milliseconds = 0;
    const std::string_view fraction = text.substr(kSecondsEnd, text.size() - kSecondsEnd - 1);
    if (!fraction.empty()) {
        constexpr std::size_t kMaxFractionDigits = 9;
        if (fraction[0] != '.' || fraction.size() < 2 || fraction.size() - 1 > kMaxFractionDigits) {
            return std::nullopt;
        }
        for (std::size_t i = 1; i < fraction.size(); ++i) {
            if (!isDigit(fraction[i])) {
                return std::nullopt;
            }
            const int digit = fraction[i] - '0';
            if (i <= 3) {
                milliseconds = milliseconds * 10 + digit;
            } else if (digit != 0) {
                return std::nullopt;
            }
        }
        for (std::size_t i = fraction.size(); i <= 3; ++i) {
            milliseconds *= 10;
        }
    }
    using namespace std::chrono;
    return Instant{sys_days{*date} + hours{*hour} + minutes{*minute} + seconds{*second} +
                   std::chrono::milliseconds{milliseconds}};
}

std::string formatUtcInstant(Instant instant)
{
    using namespace std::chrono;
    const auto day = floor<days>(instant);
    const hh_mm_ss<std::chrono::milliseconds> time{instant - day};
    std::string out = formatIsoDate(year_month_day{day});
    out += 'T';
    appendPadded(out, time.hours().count(), 2);
    out += ':';
    appendPadded(out, time.minutes().count(), 2);
    out += ':';
    appendPadded(out, time.seconds().count(), 2);
    if (time.subseconds().count() != 0) {
        out += '.';
        appendPadded(out, time.subseconds().count(), 3);
    }
    out += 'Z';
    return out;
}

bool isCanonicalUuid(std::string_view text)
{
    constexpr std::size_t kUuidLength = 36;
    constexpr std::array<std::size_t, 4> kDashes{8, 13, 18, 23};
    if (text.size() != kUuidLength) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dashHere =
            i == kDashes[0] || i == kDashes[1] || i == kDashes[2] || i == kDashes[3];
        if (dashHere ? c != '-' : !(isDigit(c) || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace fitflow
