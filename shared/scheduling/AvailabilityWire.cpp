#include "shared/scheduling/AvailabilityWire.h"

#include "shared/codec/TextFormats.h"
#include "shared/scheduling/WallClockText.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <set>
#include <string_view>
#include <tuple>

namespace fitflow::scheduling {
namespace {

constexpr std::array<std::string_view, 7> kWeekdayCodes{"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
constexpr std::chrono::minutes kDayLength{24 * 60};

unsigned isoIndex(date::weekday weekday)
{
    return weekday.iso_encoding() - 1; // Monday 0 .. Sunday 6
}

std::string indexPath(std::string_view list, std::size_t index)
{
    return std::string(list) + "[" + std::to_string(index) + "]";
}

LocalSpan spanOf(const AvailabilityException& exception)
{
    return exception.span.value_or(LocalSpan{std::chrono::minutes{0}, kDayLength});
}

std::string dateText(date::year_month_day day)
{
    return formatIsoDate(
        std::chrono::year_month_day{std::chrono::sys_days{date::sys_days{day}.time_since_epoch()}});
}

const char* kindName(ExceptionKind kind)
{
    return kind == ExceptionKind::Unavailable ? "unavailable" : "extra_available";
}

auto ruleKey(const WeeklyRule& rule)
{
    return std::make_tuple(isoIndex(rule.weekday), rule.span.start, rule.span.end);
}

auto exceptionKey(const AvailabilityException& exception)
{
    const LocalSpan span = spanOf(exception);
    return std::make_tuple(date::sys_days{exception.date}, exception.span.has_value(), span.start,
                           span.end, static_cast<int>(exception.kind));
}

bool overlaps(const LocalSpan& a, const LocalSpan& b)
{
    return a.start < b.end && b.start < a.end;
}

// Reads one entry: an object with only `allowed` keys, each a string.
Status checkEntryShape(const nlohmann::json& entry, const std::string& path,
                       std::initializer_list<std::string_view> allowed)
{
    if (!entry.is_object()) {
        return makeError("wrong_type", "expected an object", path);
    }
    for (const auto& [key, value] : entry.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            return makeError("unknown_field", "unknown field", path + "." + key);
        }
        if (!value.is_string()) {
            return makeError("wrong_type", "expected a string", path + "." + key);
        }
    }
    return {};
}

Result<std::chrono::minutes> timeField(const nlohmann::json& entry, const std::string& path,
                                       const char* key)
{
    if (!entry.contains(key)) {
        return makeError("missing_field", "required", path + "." + key);
    }
    const auto time = parseTimeOfDay(entry[key].get<std::string>());
    if (!time) {
        return makeError("invalid_value", "expected a time of day HH:MM (00:00..24:00)",
                         path + "." + key);
    }
    return *time;
}

Result<LocalSpan> spanField(const nlohmann::json& entry, const std::string& path)
{
    auto start = timeField(entry, path, "start");
    if (!start) {
        return start.error();
    }
    auto end = timeField(entry, path, "end");
    if (!end) {
        return end.error();
    }
    return LocalSpan{*start, *end};
}

Result<WeeklyRule> readRule(const nlohmann::json& entry, const std::string& path)
{
    if (auto shape = checkEntryShape(entry, path, {"weekday", "start", "end"}); !shape) {
        return shape.error();
    }
    if (!entry.contains("weekday")) {
        return makeError("missing_field", "required", path + ".weekday");
    }
    const auto code = entry["weekday"].get<std::string>();
    const auto found = std::find(kWeekdayCodes.begin(), kWeekdayCodes.end(), code);
    if (found == kWeekdayCodes.end()) {
        return makeError("invalid_value", "expected MO, TU, WE, TH, FR, SA or SU",
                         path + ".weekday");
    }
    auto span = spanField(entry, path);
    if (!span) {
        return span.error();
    }
    const auto iso = static_cast<unsigned>(found - kWeekdayCodes.begin()) + 1;
    return WeeklyRule{date::weekday{iso % 7}, *span};
}

Result<AvailabilityException> readException(const nlohmann::json& entry, const std::string& path)
{
    if (auto shape = checkEntryShape(entry, path, {"date", "kind", "start", "end"}); !shape) {
        return shape.error();
    }
    AvailabilityException exception;
    if (!entry.contains("date")) {
        return makeError("missing_field", "required", path + ".date");
    }
    const std::string text = entry["date"].get<std::string>();
    const auto day = parseIsoDate(text);
    if (!day || formatIsoDate(*day) != text) {
        return makeError("invalid_value", "expected a date like 2026-03-17", path + ".date");
    }
    exception.date = date::year_month_day{
        date::sys_days{date::days{std::chrono::sys_days{*day}.time_since_epoch().count()}}};
    if (!entry.contains("kind")) {
        return makeError("missing_field", "required", path + ".kind");
    }
    const std::string kind = entry["kind"].get<std::string>();
    if (kind == "unavailable") {
        exception.kind = ExceptionKind::Unavailable;
    } else if (kind == "extra_available") {
        exception.kind = ExceptionKind::ExtraAvailable;
    } else {
        return makeError("invalid_value", "expected unavailable or extra_available",
                         path + ".kind");
    }
    if (entry.contains("start") != entry.contains("end")) {
        return makeError("missing_field", "start and end come together",
                         path + (entry.contains("start") ? ".end" : ".start"));
    }
    if (entry.contains("start")) {
        auto span = spanField(entry, path);
        if (!span) {
            return span.error();
        }
        exception.span = *span;
    }
    return exception;
}

// Span and date checks of the shared rules; the zone does not matter for them.
Status validateSpans(std::vector<WeeklyRule> rules, std::vector<AvailabilityException> exceptions)
{
    Availability availability;
    availability.timeZone = "UTC";
    availability.weeklyRules = std::move(rules);
    availability.exceptions = std::move(exceptions);
    auto valid = validateAvailability(availability);
    if (!valid && valid.error().path.ends_with(".span")) {
        Error error = valid.error();
        error.path.resize(error.path.size() - std::string_view(".span").size());
        return error;
    }
    return valid;
}

Status checkList(const nlohmann::json& json, std::string_view name, std::size_t maxEntries)
{
    if (!json.is_array()) {
        return makeError("wrong_type", "expected a list", std::string(name));
    }
    if (json.size() > maxEntries) {
        return makeError("invalid_value", "at most " + std::to_string(maxEntries) + " entries",
                         std::string(name));
    }
    return {};
}

} // namespace

void sortWeeklyRules(std::vector<WeeklyRule>& rules)
{
    std::stable_sort(rules.begin(), rules.end(), [](const WeeklyRule& a, const WeeklyRule& b) {
        return ruleKey(a) < ruleKey(b);
    });
}

void sortAvailabilityExceptions(std::vector<AvailabilityException>& exceptions)
{
    std::stable_sort(exceptions.begin(), exceptions.end(),
                     [](const AvailabilityException& a, const AvailabilityException& b) {
                         return exceptionKey(a) < exceptionKey(b);
                     });
}

Status checkWeeklyRuleOverlaps(const std::vector<WeeklyRule>& rules)
{
    for (std::size_t later = 1; later < rules.size(); ++later) {
        for (std::size_t earlier = 0; earlier < later; ++earlier) {
            if (rules[earlier].weekday == rules[later].weekday &&
                overlaps(rules[earlier].span, rules[later].span)) {
                return makeError("overlapping_spans", "overlaps another span of the same weekday",
                                 indexPath("weekly_rules", later));
            }
        }
    }
    return {};
}

Status checkExceptionOverlaps(const std::vector<AvailabilityException>& exceptions)
{
    for (std::size_t later = 1; later < exceptions.size(); ++later) {
        for (std::size_t earlier = 0; earlier < later; ++earlier) {
            const auto& a = exceptions[earlier];
            const auto& b = exceptions[later];
            if (a.date == b.date && a.kind == b.kind && overlaps(spanOf(a), spanOf(b))) {
                return makeError("overlapping_spans",
                                 "overlaps another exception of the same date and kind",
                                 indexPath("exceptions", later));
            }
        }
    }
    return {};
}

nlohmann::json weeklyRulesToJson(std::vector<WeeklyRule> rules)
{
    sortWeeklyRules(rules);
    nlohmann::json list = nlohmann::json::array();
    for (const WeeklyRule& rule : rules) {
        list.push_back({{"weekday", kWeekdayCodes[isoIndex(rule.weekday)]},
                        {"start", formatTimeOfDay(rule.span.start)},
                        {"end", formatTimeOfDay(rule.span.end)}});
    }
    return list;
}

nlohmann::json availabilityExceptionsToJson(std::vector<AvailabilityException> exceptions)
{
    sortAvailabilityExceptions(exceptions);
    nlohmann::json list = nlohmann::json::array();
    for (const AvailabilityException& exception : exceptions) {
        nlohmann::json entry{{"date", dateText(exception.date)},
                             {"kind", kindName(exception.kind)}};
        if (exception.span) {
            entry["start"] = formatTimeOfDay(exception.span->start);
            entry["end"] = formatTimeOfDay(exception.span->end);
        }
        list.push_back(std::move(entry));
    }
    return list;
}

Result<std::vector<WeeklyRule>> weeklyRulesFromJson(const nlohmann::json& json)
{
    if (auto list = checkList(json, "weekly_rules", kMaxWeeklyRules); !list) {
        return list.error();
    }
    std::vector<WeeklyRule> rules;
    for (std::size_t i = 0; i < json.size(); ++i) {
        auto rule = readRule(json[i], indexPath("weekly_rules", i));
        if (!rule) {
            return rule.error();
        }
        rules.push_back(*rule);
    }
    if (auto spans = validateSpans(rules, {}); !spans) {
        return spans.error();
    }
    if (auto overlap = checkWeeklyRuleOverlaps(rules); !overlap) {
        return overlap.error();
    }
    if (weeklyRulesToJson(rules) != json) {
        return makeError("not_canonical",
                         "rules must be sorted by weekday (MO..SU) and start, times as HH:MM",
                         "weekly_rules");
    }
    return rules;
}

Result<std::vector<AvailabilityException>>
availabilityExceptionsFromJson(const nlohmann::json& json)
{
    if (auto list = checkList(json, "exceptions", kMaxAvailabilityExceptions); !list) {
        return list.error();
    }
    std::vector<AvailabilityException> exceptions;
    for (std::size_t i = 0; i < json.size(); ++i) {
        auto exception = readException(json[i], indexPath("exceptions", i));
        if (!exception) {
            return exception.error();
        }
        exceptions.push_back(*exception);
    }
    if (auto spans = validateSpans({}, exceptions); !spans) {
        return spans.error();
    }
    if (auto overlap = checkExceptionOverlaps(exceptions); !overlap) {
        return overlap.error();
    }
    if (availabilityExceptionsToJson(exceptions) != json) {
        return makeError("not_canonical",
                         "exceptions must be sorted by date, whole day first, then start",
                         "exceptions");
    }
    return exceptions;
}

std::size_t entryIndexOfPath(std::string_view path)
{
    const auto open = path.find('[');
    const auto close = path.find(']', open == std::string_view::npos ? 0 : open);
    std::size_t index = 0;
    if (open == std::string_view::npos || close == std::string_view::npos) {
        return index;
    }
    const auto [end, error] = std::from_chars(path.data() + open + 1, path.data() + close, index);
    return error == std::errc{} && end == path.data() + close ? index : 0;
}

} // namespace fitflow::scheduling
