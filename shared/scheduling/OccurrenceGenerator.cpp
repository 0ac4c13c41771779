#include "shared/scheduling/OccurrenceGenerator.h"

#include <algorithm>
#include <vector>

namespace fitflow::scheduling {
namespace {

using date::days;

// Periods (days or weeks) to jump over so that the first visited period is not after
// `firstLocal`; only used when COUNT does not need every earlier occurrence.
long long periodsToSkip(const RecurrenceRule& rule, date::sys_days anchor, date::sys_days first)
{
    if (rule.count || first <= anchor) {
        return 0;
    }
    const long long periodDays = (rule.frequency == Frequency::Weekly ? 7LL : 1LL) * rule.interval;
    const long long skip = (first - anchor).count() / periodDays - 1;
    return skip > 0 ? skip : 0;
}

} // namespace

OccurrenceGenerator::OccurrenceGenerator(const SessionSeries& series, ZoneClock clock)
    : m_series(series)
    , m_clock(clock)
{
}

void OccurrenceGenerator::run(LocalDateTime firstLocal, LocalDateTime lastLocal,
                              const Visitor& visit) const
{
    const RecurrenceRule& rule = m_series.rule;
    const date::local_days startDay = date::floor<days>(m_series.firstStart);
    const auto timeOfDay = m_series.firstStart - startDay;
    const date::weekday startWeekday{startDay};

    // Period anchor: the first day for DAILY, the Monday of the first week for WEEKLY.
    const date::local_days anchor =
        rule.frequency == Frequency::Weekly
            ? startDay - days{static_cast<int>(startWeekday.iso_encoding()) - 1}
            : startDay;
    const int periodDays = (rule.frequency == Frequency::Weekly ? 7 : 1) * rule.interval;

    std::vector<date::weekday> weekDays = rule.byDay;
    if (rule.frequency == Frequency::Weekly && weekDays.empty()) {
        weekDays.push_back(startWeekday);
    }

    const long long skip =
        periodsToSkip(rule, date::sys_days{anchor.time_since_epoch()},
                      date::sys_days{date::floor<days>(firstLocal).time_since_epoch()});
    int produced = 0;
    const date::local_days lastDay = date::floor<days>(lastLocal);

    // Emits one candidate day; returns false when iteration must end.
    auto emit = [&](date::local_days day) {
        const LocalDateTime local = day + timeOfDay;
        const Instant instant = m_clock.toInstant(local);
        if (rule.until && instant > *rule.until) {
            return false;
        }
        ++produced;
        if (!visit(local, instant)) {
            return false;
        }
        return !(rule.count && produced >= *rule.count);
    };

    for (long long period = skip;; ++period) {
        const date::local_days periodStart = anchor + days{static_cast<int>(period * periodDays)};
        if (periodStart > lastDay) {
            return;
        }
        if (rule.frequency == Frequency::Daily) {
            const date::weekday weekday{periodStart};
            const bool listed =
                rule.byDay.empty() ||
                std::find(rule.byDay.begin(), rule.byDay.end(), weekday) != rule.byDay.end();
            if (listed && !emit(periodStart)) {
                return;
            }
            continue;
        }
        for (date::weekday weekday : weekDays) {
            const date::local_days day =
                periodStart + days{static_cast<int>(weekday.iso_encoding()) - 1};
            if (day < startDay) {
                continue;
            }
            if (day > lastDay || !emit(day)) {
                return;
            }
        }
    }
}

} // namespace fitflow::scheduling
