#pragma once
// Turns a series into the concrete occurrences that touch a time window: the RRULE expanded
// in the location's local time, minus cancelled occurrences (EXDATE), with moved occurrences
// at their new time (including ones moved INTO the window from outside it).

#include "shared/core/Result.h"
#include "shared/scheduling/SessionSeries.h"

#include <vector>

namespace fitflow::scheduling {

inline constexpr std::size_t kMaxExpandedOccurrences = 20'000;

// Occurrences whose [start, end) intersects `window`, sorted by start. Fails when the series is
// invalid (see validateSeries), the window is empty, or the window holds more than
// kMaxExpandedOccurrences ("too_many_occurrences": ask for a smaller window).
Result<std::vector<Occurrence>> expandSeries(const SessionSeries& series,
                                             const TimeInterval& window);

} // namespace fitflow::scheduling
