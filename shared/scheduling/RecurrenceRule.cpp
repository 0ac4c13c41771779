#include "shared/scheduling/RecurrenceRule.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <set>

namespace fitflow::scheduling {
namespace {

constexpr std::array<std::string_view, 7> kWeekdayCodes{"SU", "MO", "TU", "WE",
                                                        "TH", "FR", "SA"}; // date::weekday order

Error invalidValue(std::string_view part, std::string_view why)
{
    return makeError("rrule_invalid_value", std::string(part) + ": " + std::string(why),
                     std::string(part));
}

std::optional<int> parsePositiveInt(std::string_view text, int maxValue)
{
    int value = 0;
    if (text.empty() || text.size() > 9 || text.front() == '+' || text.front() == '-') {
        return std::nullopt;
    }
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || value < 1 || value > maxValue) {
        return std::nullopt;
    }
    return value;
}

std::optional<date::weekday> parseWeekday(std::string_view code)
{
    for (unsigned i = 0; i < kWeekdayCodes.size(); ++i) {
        if (kWeekdayCodes[i] == code) {
            return date::weekday{i};
        }
    }
    return std::nullopt;
}

// Monday-first order, the order BYDAY is kept and written in.
unsigned mondayFirstIndex(date::weekday day)
{
    return day.iso_encoding() - 1;
}

void sortWeekdays(std::vector<date::weekday>& days)
{
    std::sort(days.begin(), days.end(), [](date::weekday a, date::weekday b) {
        return mondayFirstIndex(a) < mondayFirstIndex(b);
    });
}

Result<std::vector<date::weekday>> parseByDay(std::string_view value)
{
    std::vector<date::weekday> days;
    while (true) {
        const auto comma = value.find(',');
        const auto code = value.substr(0, comma);
        const auto day = parseWeekday(code);
        if (!day) {
            return invalidValue("BYDAY", "expected MO,TU,WE,TH,FR,SA or SU (no ordinals), got '" +
                                             std::string(code) + "'");
        }
        if (std::find(days.begin(), days.end(), *day) != days.end()) {
            return invalidValue("BYDAY", "weekday listed twice");
        }
        days.push_back(*day);
        if (comma == std::string_view::npos) {
            break;
        }
        value.remove_prefix(comma + 1);
    }
    sortWeekdays(days);
    return days;
}

std::optional<unsigned> digits(std::string_view text)
{
    unsigned value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + static_cast<unsigned>(c - '0');
    }
    return value;
}

Result<std::chrono::sys_seconds> parseUtcDateTime(std::string_view value)
{
    // YYYYMMDDTHHMMSSZ
    if (value.size() != 16 || value[8] != 'T' || value[15] != 'Z') {
        return invalidValue("UNTIL", "expected UTC date-time YYYYMMDDTHHMMSSZ");
    }
    const auto y = digits(value.substr(0, 4));
    const auto mo = digits(value.substr(4, 2));
    const auto d = digits(value.substr(6, 2));
    const auto h = digits(value.substr(9, 2));
    const auto mi = digits(value.substr(11, 2));
    const auto s = digits(value.substr(13, 2));
    if (!y || !mo || !d || !h || !mi || !s) {
        return invalidValue("UNTIL", "expected digits in YYYYMMDDTHHMMSSZ");
    }
    const date::year_month_day ymd{date::year{static_cast<int>(*y)}, date::month{*mo},
                                   date::day{*d}};
    if (!ymd.ok() || *h > 23 || *mi > 59 || *s > 59) {
        return invalidValue("UNTIL", "not a real date and time");
    }
    return std::chrono::sys_seconds{date::sys_days{ymd}.time_since_epoch()} +
           std::chrono::hours{*h} + std::chrono::minutes{*mi} + std::chrono::seconds{*s};
}

std::string formatUtcDateTime(std::chrono::sys_seconds instant)
{
    return date::format("%Y%m%dT%H%M%SZ", instant);
}

} // namespace

std::string_view weekdayCode(date::weekday day)
{
    return kWeekdayCodes[day.c_encoding() % 7];
}

Status validateRecurrenceRule(const RecurrenceRule& rule)
{
    if (rule.interval < 1 || rule.interval > RecurrenceRule::kMaxInterval) {
        return invalidValue("INTERVAL", "must be between 1 and 366");
    }
    if (rule.count && (*rule.count < 1 || *rule.count > RecurrenceRule::kMaxCount)) {
        return invalidValue("COUNT", "must be between 1 and 5000");
    }
    if (rule.count && rule.until) {
        return makeError("rrule_count_and_until", "COUNT and UNTIL must not both be set", "UNTIL");
    }
    std::vector<date::weekday> sorted = rule.byDay;
    sortWeekdays(sorted);
    if (sorted != rule.byDay || std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end() ||
        std::any_of(sorted.begin(), sorted.end(), [](date::weekday d) { return !d.ok(); })) {
        return invalidValue("BYDAY", "weekdays must be valid, sorted Monday first, no duplicates");
    }
    return {};
}

Result<RecurrenceRule> parseRecurrenceRule(std::string_view text)
{
    if (text.starts_with("RRULE:")) {
        text.remove_prefix(6);
    }
    RecurrenceRule rule;
    std::set<std::string, std::less<>> seen;
    bool hasFrequency = false;

    bool morePartsFollow = !text.empty();
    while (morePartsFollow) {
        const auto semicolon = text.find(';');
        const auto part = text.substr(0, semicolon);
        morePartsFollow = semicolon != std::string_view::npos;
        text = morePartsFollow ? text.substr(semicolon + 1) : std::string_view{};

        const auto equals = part.find('=');
        if (equals == std::string_view::npos) {
            return makeError("rrule_syntax", "part '" + std::string(part) + "' has no '='",
                             std::string(part));
        }
        const auto name = part.substr(0, equals);
        const auto value = part.substr(equals + 1);
        if (!seen.insert(std::string(name)).second) {
            return makeError("rrule_duplicate_part", std::string(name) + " appears twice",
                             std::string(name));
        }

        if (name == "FREQ") {
            if (value == "DAILY") {
                rule.frequency = Frequency::Daily;
            } else if (value == "WEEKLY") {
                rule.frequency = Frequency::Weekly;
            } else {
                return invalidValue("FREQ", "only DAILY and WEEKLY are supported");
            }
            hasFrequency = true;
        } else if (name == "INTERVAL") {
            const auto interval = parsePositiveInt(value, RecurrenceRule::kMaxInterval);
            if (!interval) {
                return invalidValue("INTERVAL", "must be an integer between 1 and 366");
            }
            rule.interval = *interval;
        } else if (name == "COUNT") {
            const auto count = parsePositiveInt(value, RecurrenceRule::kMaxCount);
            if (!count) {
                return invalidValue("COUNT", "must be an integer between 1 and 5000");
            }
            rule.count = *count;
        } else if (name == "UNTIL") {
            auto until = parseUtcDateTime(value);
            if (!until) {
                return until.error();
            }
            rule.until = *until;
        } else if (name == "BYDAY") {
            auto days = parseByDay(value);
            if (!days) {
                return days.error();
            }
            rule.byDay = std::move(*days);
        } else {
            return makeError("rrule_unknown_part",
                             "unsupported RRULE part '" + std::string(name) + "'",
                             std::string(name));
        }
    }
    if (!hasFrequency) {
        return makeError("rrule_missing_freq", "RRULE needs FREQ", "FREQ");
    }
    if (auto valid = validateRecurrenceRule(rule); !valid) {
        return valid.error();
    }
    return rule;
}

std::string formatRecurrenceRule(const RecurrenceRule& rule)
{
    std::string text = rule.frequency == Frequency::Daily ? "FREQ=DAILY" : "FREQ=WEEKLY";
    if (rule.interval != 1) {
        text += ";INTERVAL=" + std::to_string(rule.interval);
    }
    if (!rule.byDay.empty()) {
        text += ";BYDAY=";
        for (std::size_t i = 0; i < rule.byDay.size(); ++i) {
            text += (i == 0 ? "" : ",") + std::string(weekdayCode(rule.byDay[i]));
        }
    }
    if (rule.count) {
        text += ";COUNT=" + std::to_string(*rule.count);
    }
    if (rule.until) {
        text += ";UNTIL=" + formatUtcDateTime(*rule.until);
    }
    return text;
}

} // namespace fitflow::scheduling
