#include "shared/scheduling/SessionSeries.h"

#include <algorithm>

namespace fitflow::scheduling {
namespace {

int yearOf(date::sys_days day)
{
    return static_cast<int>(date::year_month_day{day}.year());
}

// Keeps the first start and the whole rule inside the supported years.
Status validateYears(const SessionSeries& series)
{
    const date::sys_days firstDay{date::floor<date::days>(series.firstStart).time_since_epoch()};
    const int firstYear = yearOf(firstDay);
    if (firstYear < SessionSeries::kEarliestYear || firstYear > SessionSeries::kLatestYear) {
        return makeError("out_of_range", "the first start must lie between 1970 and 2200",
                         "first_start");
    }
    const auto& rule = series.rule;
    if (rule.until &&
        yearOf(date::floor<date::days>(*rule.until)) > firstYear + SessionSeries::kMaxSpanYears) {
        return makeError("out_of_range", "a series may span at most 100 years", "rule.UNTIL");
    }
    // With COUNT, the last occurrence is at most COUNT periods after the first.
    const long long periodDays = (rule.frequency == Frequency::Weekly ? 7LL : 1LL) * rule.interval;
    if (rule.count && *rule.count * periodDays > SessionSeries::kMaxSpanYears * 366LL) {
        return makeError("out_of_range", "a series may span at most 100 years", "rule.COUNT");
    }
    return {};
}

} // namespace

Status validateSeries(const SessionSeries& series)
{
    if (series.id.empty()) {
        return makeError("missing_field", "series id is empty", "id");
    }
    if (auto clock = ZoneClock::forZone(series.timeZone); !clock) {
        return clock.error();
    }
    if (series.duration < std::chrono::minutes{1} ||
        series.duration > SessionSeries::kMaxDuration) {
        return makeError("invalid_duration", "duration must be between 1 minute and 24 hours",
                         "duration");
    }
    if (auto rule = validateRecurrenceRule(series.rule); !rule) {
        return withPathPrefix(rule.error(), "rule");
    }
    if (auto years = validateYears(series); !years) {
        return years;
    }
    const date::weekday firstDay{date::floor<date::days>(series.firstStart)};
    const auto& byDay = series.rule.byDay;
    if (!byDay.empty() && std::find(byDay.begin(), byDay.end(), firstDay) == byDay.end()) {
        return makeError("series_start_not_in_rule",
                         "the first start falls on a weekday the rule does not list",
                         "first_start");
    }
    return {};
}

} // namespace fitflow::scheduling
