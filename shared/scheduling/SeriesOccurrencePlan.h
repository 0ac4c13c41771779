#pragma once
// Keeps a series' sessions in step with its rule. Occurrences are stored as individual sessions
// (each can be completed, cancelled and synced on its own); when the rule changes ("all", or
// the tail of "this and following"), this plans the smallest set of session writes that makes
// the future match it: sessions already at an occurrence stay, other future scheduled sessions
// are moved onto the remaining occurrences in order (so their ids, and notes pointing at them,
// survive), surplus ones are removed and missing occurrences are created.
// History is never touched: sessions that start before `from`, or that are no longer scheduled
// (completed, cancelled, no-show), are kept as they are, and no occurrence is created again at
// the time of such a session.

#include "shared/core/Result.h"
#include "shared/scheduling/SessionSeries.h"
#include "shared/scheduling/SessionStatus.h"

#include <string>
#include <utility>
#include <vector>

namespace fitflow::scheduling {

// How far ahead occurrences of a rule without COUNT or UNTIL are created as sessions.
inline constexpr std::chrono::days kSeriesHorizon{2 * 366};

// One stored session of the series.
struct SeriesMember {
    std::string sessionId;
    TimeInterval time;
    SessionStatus status = SessionStatus::Scheduled;
};

struct OccurrencePlan {
    std::vector<std::pair<std::string, TimeInterval>> retime; // session id -> new time
    std::vector<TimeInterval> create;
    std::vector<std::string> remove;

    bool empty() const { return retime.empty() && create.empty() && remove.empty(); }
};

// The writes that make the sessions starting at or after `from` match `series` up to
// kSeriesHorizon after `from` (or after the first occurrence, when that is later). Errors:
// "unknown_time_zone" and those of expandSeries.
Result<OccurrencePlan> planOccurrences(const SessionSeries& series,
                                       const std::vector<SeriesMember>& members, Instant from);

// The writes that end the series' future at `from`: every scheduled session starting at or
// after `from` is removed (history stays).
OccurrencePlan planRemoval(const std::vector<SeriesMember>& members, Instant from);

} // namespace fitflow::scheduling
