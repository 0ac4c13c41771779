#pragma once
// Checks a proposed (or edited) recurring series against a trainer's existing sessions from all
// organizations, occurrence by occurrence, with the same rules as a one-off booking.

#include "shared/core/Result.h"
#include "shared/scheduling/ConflictDetector.h"
#include "shared/scheduling/SessionSeries.h"

#include <vector>

namespace fitflow::scheduling {

struct OccurrenceConflicts {
    Occurrence occurrence;
    std::vector<Conflict> conflicts; // never empty
};

// The occurrences of `series` inside `window` that clash, in time order. Sessions that belong
// to the series itself (seriesId == series.id) are ignored, so re-checking an edited series
// never reports its own occurrences. Fails like expandSeries and findConflicts.
Result<std::vector<OccurrenceConflicts>> findSeriesConflicts(const std::vector<Session>& existing,
                                                             const SessionSeries& series,
                                                             const TimeInterval& window,
                                                             const ConflictRules& rules = {});

} // namespace fitflow::scheduling
