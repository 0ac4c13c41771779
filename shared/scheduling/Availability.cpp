#include "shared/scheduling/Availability.h"

#include "shared/scheduling/IntervalSet.h"

namespace fitflow::scheduling {
namespace {

constexpr std::chrono::minutes kDay{24 * 60};
constexpr LocalSpan kWholeDay{std::chrono::minutes{0}, kDay};

Status validateSpan(const LocalSpan& span, const std::string& path)
{
    if (span.start < std::chrono::minutes{0} || span.end > kDay || span.start >= span.end) {
        return makeError("invalid_span", "a span must satisfy 00:00 <= start < end <= 24:00", path);
    }
    return {};
}

TimeInterval toInstants(const ZoneClock& clock, date::local_days day, const LocalSpan& span)
{
    return {clock.toInstant(day + span.start), clock.toInstant(day + span.end)};
}

std::vector<TimeInterval> windowsOn(const Availability& availability, const ZoneClock& clock,
                                    date::local_days day)
{
    const date::weekday weekday{day};
    std::vector<TimeInterval> available;
    std::vector<TimeInterval> unavailable;
    for (const WeeklyRule& rule : availability.weeklyRules) {
        if (rule.weekday == weekday) {
            available.push_back(toInstants(clock, day, rule.span));
        }
    }
    for (const AvailabilityException& exception : availability.exceptions) {
        if (date::local_days{exception.date} != day) {
            continue;
        }
        const TimeInterval time = toInstants(clock, day, exception.span.value_or(kWholeDay));
        (exception.kind == ExceptionKind::Unavailable ? unavailable : available).push_back(time);
    }
    return subtractIntervals(available, unavailable);
}

} // namespace

Status validateAvailability(const Availability& availability)
{
    if (auto clock = ZoneClock::forZone(availability.timeZone); !clock) {
        return clock.error();
    }
    for (std::size_t i = 0; i < availability.weeklyRules.size(); ++i) {
        const std::string path = "weekly_rules[" + std::to_string(i) + "]";
        if (!availability.weeklyRules[i].weekday.ok()) {
            return makeError("invalid_weekday", "not a weekday", path + ".weekday");
        }
        if (auto span = validateSpan(availability.weeklyRules[i].span, path + ".span"); !span) {
            return span;
        }
    }
    for (std::size_t i = 0; i < availability.exceptions.size(); ++i) {
        const std::string path = "exceptions[" + std::to_string(i) + "]";
        const AvailabilityException& exception = availability.exceptions[i];
        if (!exception.date.ok()) {
            return makeError("invalid_date", "not a calendar date", path + ".date");
        }
        if (exception.span) {
            if (auto span = validateSpan(*exception.span, path + ".span"); !span) {
                return span;
            }
        }
    }
    return {};
}

Result<std::vector<TimeInterval>> availableWindows(const Availability& availability,
                                                   date::year_month_day localDate)
{
    if (auto valid = validateAvailability(availability); !valid) {
        return valid.error();
    }
    if (!localDate.ok()) {
        return makeError("invalid_date", "not a calendar date", "date");
    }
    const ZoneClock clock = ZoneClock::forZone(availability.timeZone).value();
    return windowsOn(availability, clock, date::local_days{localDate});
}

Result<bool> isAvailable(const Availability& availability, const TimeInterval& time)
{
    if (auto valid = validateAvailability(availability); !valid) {
        return valid.error();
    }
    if (time.empty()) {
        return makeError("invalid_interval", "interval must end after it starts", "time");
    }
    const ZoneClock clock = ZoneClock::forZone(availability.timeZone).value();
    const date::local_days firstDay = date::floor<date::days>(clock.toLocal(time.start));
    const date::local_days lastDay = date::floor<date::days>(clock.toLocal(time.end));
    std::vector<TimeInterval> windows;
    for (date::local_days day = firstDay; day <= lastDay; day += date::days{1}) {
        const auto dayWindows = windowsOn(availability, clock, day);
        windows.insert(windows.end(), dayWindows.begin(), dayWindows.end());
    }
    for (const TimeInterval& window : normalizeIntervals(std::move(windows))) {
        if (window.contains(time)) {
            return true;
        }
    }
    return false;
}

Result<std::vector<TimeInterval>> freeIntervals(const Availability& availability,
                                                date::year_month_day localDate,
                                                const std::vector<TimeInterval>& busy)
{
    auto windows = availableWindows(availability, localDate);
    if (!windows) {
        return windows.error();
    }
    return subtractIntervals(*windows, busy);
}

std::vector<TimeInterval> slotsWithin(const std::vector<TimeInterval>& free,
                                      std::chrono::minutes length, std::chrono::minutes step)
{
    std::vector<TimeInterval> slots;
    if (length <= std::chrono::minutes{0} || step <= std::chrono::minutes{0}) {
        return slots;
    }
    for (const TimeInterval& interval : free) {
        for (auto start = interval.start; start + length <= interval.end; start += step) {
            slots.push_back({start, start + length});
        }
    }
    return slots;
}

} // namespace fitflow::scheduling
