#include "shared/scheduling/SeriesOccurrencePlan.h"

#include "shared/scheduling/SeriesExpander.h"

#include <algorithm>
#include <set>

namespace fitflow::scheduling {

namespace {

bool isFutureScheduled(const SeriesMember& member, Instant from)
{
    return member.status == SessionStatus::Scheduled && member.time.start >= from;
}

} // namespace

Result<OccurrencePlan> planOccurrences(const SessionSeries& series,
                                       const std::vector<SeriesMember>& members, Instant from)
{
    // The horizon runs from whichever is later: `from`, or a first occurrence still to come.
    auto clock = ZoneClock::forZone(series.timeZone);
    if (!clock) {
        return clock.error();
    }
    const Instant horizonStart = std::max(from, clock->toInstant(series.firstStart));
    auto expanded = expandSeries(series, {from, horizonStart + kSeriesHorizon});
    if (!expanded) {
        return expanded.error();
    }
    std::vector<TimeInterval> wanted;
    for (const Occurrence& occurrence : *expanded) {
        if (occurrence.time.start >= from) {
            wanted.push_back(occurrence.time);
        }
    }

    // History occupies its slot: never book the same occurrence twice.
    std::set<Instant> historyStarts;
    std::vector<SeriesMember> movable;
    for (const SeriesMember& member : members) {
        if (isFutureScheduled(member, from)) {
            movable.push_back(member);
        } else {
            historyStarts.insert(member.time.start);
        }
    }
    std::erase_if(wanted,
                  [&](const TimeInterval& time) { return historyStarts.contains(time.start); });

    // Sessions already exactly at an occurrence stay where they are.
    std::erase_if(movable, [&](const SeriesMember& member) {
        const auto exact = std::find(wanted.begin(), wanted.end(), member.time);
        if (exact == wanted.end()) {
            return false;
        }
        wanted.erase(exact);
        return true;
    });

    std::sort(movable.begin(), movable.end(), [](const SeriesMember& a, const SeriesMember& b) {
        return std::tie(a.time.start, a.sessionId) < std::tie(b.time.start, b.sessionId);
    });
    OccurrencePlan plan;
    const std::size_t paired = std::min(movable.size(), wanted.size());
    for (std::size_t i = 0; i < paired; ++i) {
        plan.retime.emplace_back(movable[i].sessionId, wanted[i]);
    }
    for (std::size_t i = paired; i < movable.size(); ++i) {
        plan.remove.push_back(movable[i].sessionId);
    }
    plan.create.assign(wanted.begin() + static_cast<std::ptrdiff_t>(paired), wanted.end());
    return plan;
}

OccurrencePlan planRemoval(const std::vector<SeriesMember>& members, Instant from)
{
    OccurrencePlan plan;
    for (const SeriesMember& member : members) {
        if (isFutureScheduled(member, from)) {
            plan.remove.push_back(member.sessionId);
        }
    }
    return plan;
}

} // namespace fitflow::scheduling
