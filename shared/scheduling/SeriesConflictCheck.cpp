#include "shared/scheduling/SeriesConflictCheck.h"

#include "shared/scheduling/SeriesExpander.h"

#include <algorithm>

namespace fitflow::scheduling {

Result<std::vector<OccurrenceConflicts>> findSeriesConflicts(const std::vector<Session>& existing,
                                                             const SessionSeries& series,
                                                             const TimeInterval& window,
                                                             const ConflictRules& rules)
{
    auto occurrences = expandSeries(series, window);
    if (!occurrences) {
        return occurrences.error();
    }
    std::vector<Session> others;
    others.reserve(existing.size());
    std::copy_if(existing.begin(), existing.end(), std::back_inserter(others),
                 [&](const Session& session) { return session.seriesId != series.id; });

    std::vector<OccurrenceConflicts> clashes;
    for (const Occurrence& occurrence : *occurrences) {
        Session proposed;
        proposed.orgId = series.orgId;
        proposed.trainerId = series.trainerId;
        proposed.locationId = series.locationId;
        proposed.timeZone = series.timeZone;
        proposed.time = occurrence.time;
        proposed.seriesId = series.id;
        auto conflicts = findConflicts(others, proposed, rules);
        if (!conflicts) {
            return conflicts.error();
        }
        if (!conflicts->empty()) {
            clashes.push_back({occurrence, std::move(*conflicts)});
        }
    }
    return clashes;
}

} // namespace fitflow::scheduling
