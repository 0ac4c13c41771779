#include "shared/scheduling/SessionSeries.h"

#include <algorithm>

namespace fitflow::scheduling {

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
