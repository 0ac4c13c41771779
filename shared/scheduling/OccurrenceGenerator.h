#pragma once
// Walks the wall-clock starts a series' RRULE produces, in order, before exceptions are
// applied (COUNT counts cancelled occurrences too, as in RFC 5545). Expansion happens on local
// dates and each start is turned into an instant with ZoneClock, so a 07:00 session stays at
// 07:00 local on both sides of a DST change.

#include "shared/scheduling/SessionSeries.h"
#include "shared/scheduling/ZoneClock.h"

#include <functional>

namespace fitflow::scheduling {

class OccurrenceGenerator {
public:
    // Return false to stop early.
    using Visitor = std::function<bool(LocalDateTime originalStart, Instant start)>;

    // `series` must be valid (validateSeries) and outlive the generator.
    OccurrenceGenerator(const SessionSeries& series, ZoneClock clock);

    // Visits starts in order until the rule ends, the visitor returns false, or a start would
    // fall after `lastLocal` (which keeps unbounded rules finite). Without COUNT, periods that
    // end before `firstLocal` are skipped without being visited (a pure speed-up).
    void run(LocalDateTime firstLocal, LocalDateTime lastLocal, const Visitor& visit) const;

private:
    const SessionSeries& m_series;
    ZoneClock m_clock;
};

} // namespace fitflow::scheduling
