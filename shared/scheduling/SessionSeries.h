#pragma once
// A recurring appointment: the wall-clock start of its first occurrence in the location's
// zone, a duration, an RRULE, and per-occurrence exceptions. Occurrences are identified by
// their ORIGINAL wall-clock start (the iCalendar RECURRENCE-ID), which never changes when an
// occurrence is moved.

#include "shared/core/Result.h"
#include "shared/scheduling/RecurrenceRule.h"
#include "shared/scheduling/TimeInterval.h"
#include "shared/scheduling/ZoneClock.h"

#include <chrono>
#include <map>
#include <set>
#include <string>

namespace fitflow::scheduling {

struct SessionSeries {
    static constexpr std::chrono::minutes kMaxDuration{24 * 60};
    // Series live between these years, and a bounded rule may span at most kMaxSpanYears:
    // far beyond any real booking, and it keeps every date computation inside date/tz's range.
    static constexpr int kEarliestYear = 1970;
    static constexpr int kLatestYear = 2200;
    static constexpr int kMaxSpanYears = 100;

    std::string id;
    std::string orgId;
    std::string trainerId;
    std::string locationId;
    std::string timeZone;     // IANA zone of the location; the rule is expanded in it
    LocalDateTime firstStart; // wall clock of the first occurrence (DTSTART)
    std::chrono::minutes duration{60};
    RecurrenceRule rule;
    std::set<LocalDateTime> cancelled;           // EXDATE: original starts of cancelled ones
    std::map<LocalDateTime, TimeInterval> moved; // original start -> new UTC time

    friend bool operator==(const SessionSeries&, const SessionSeries&) = default;
};

// One concrete occurrence of a series.
struct Occurrence {
    std::string seriesId;
    LocalDateTime originalStart; // RECURRENCE-ID, wall clock
    TimeInterval time;           // when it actually happens (UTC)
    bool moved = false;

    friend bool operator==(const Occurrence&, const Occurrence&) = default;
};

// Checks ids, zone, duration (1 minute .. 24 hours), the rule, the year limits above
// ("out_of_range"), and that the first start lies on one of the rule's BYDAY weekdays
// (RFC 5545 leaves an unsynchronised DTSTART undefined).
Status validateSeries(const SessionSeries& series);

} // namespace fitflow::scheduling
