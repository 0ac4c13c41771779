#include "desktop/core/calendar/SeriesPlan.h"

#include "desktop/core/calendar/ConflictWarnings.h"
#include "shared/scheduling/SeriesExpander.h"
#include "shared/scheduling/SessionSeries.h"

namespace fitflow::desktop {

namespace {
// The expansion window; COUNT/UNTIL end the series long before this in practice.
constexpr auto kWindow = std::chrono::days{SeriesPlan::kMaxSessions * 7 + 7};
// Placeholder ids: the series itself is never stored, only its occurrences.
constexpr const char* kDraftId = "draft";
} // namespace

QString SeriesPlan::ruleText(RepeatKind repeat, int count)
{
    switch (repeat) {
    case RepeatKind::None:
        return {};
    case RepeatKind::Daily:
        return QStringLiteral("FREQ=DAILY;COUNT=%1").arg(count);
    case RepeatKind::Weekly:
        return QStringLiteral("FREQ=WEEKLY;COUNT=%1").arg(count);
    case RepeatKind::EveryTwoWeeks:
        return QStringLiteral("FREQ=WEEKLY;INTERVAL=2;COUNT=%1").arg(count);
    }
    return {};
}

fitflow::Result<std::vector<scheduling::TimeInterval>>
SeriesPlan::expand(const QString& rule, const QDateTime& firstStart, std::chrono::minutes length,
                   const QString& timeZone)
{
    auto parsed = scheduling::parseRecurrenceRule(rule.toStdString());
    if (!parsed) {
        return parsed.error();
    }
    if (!parsed->count && !parsed->until) {
        return makeError("series_unbounded", "a series needs COUNT or UNTIL", "rule");
    }
    if (parsed->count && *parsed->count > kMaxSessions) {
        return makeError("too_many_sessions",
                         "a series books at most " + std::to_string(kMaxSessions) + " sessions",
                         "rule");
    }
    auto clock = scheduling::ZoneClock::forZone(timeZone.toStdString());
    if (!clock) {
        return clock.error();
    }
    const auto first = toSysSeconds(firstStart);
    scheduling::SessionSeries series;
    series.id = kDraftId;
    series.orgId = kDraftId;
    series.trainerId = kDraftId;
    series.locationId = kDraftId;
    series.timeZone = timeZone.toStdString();
    series.firstStart = clock->toLocal(first);
    series.duration = length;
    series.rule = *parsed;
    auto occurrences = scheduling::expandSeries(series, {first, first + kWindow});
    if (!occurrences) {
        return occurrences.error();
    }
    if (occurrences->size() > static_cast<std::size_t>(kMaxSessions)) {
        return makeError("too_many_sessions",
                         "a series books at most " + std::to_string(kMaxSessions) + " sessions",
                         "rule");
    }
    std::vector<scheduling::TimeInterval> times;
    times.reserve(occurrences->size());
    for (const scheduling::Occurrence& occurrence : *occurrences) {
        times.push_back(occurrence.time);
    }
    return times;
}

} // namespace fitflow::desktop
