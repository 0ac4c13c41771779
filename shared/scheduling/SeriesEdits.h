#pragma once
// The edits a calendar offers on a recurring session, as pure functions from one series value
// to another: "this one" (cancel or move an occurrence), "this and following" (split the
// series at an occurrence, then edit the tail) and "all" (change the time of every
// occurrence). Occurrences are named by their original wall-clock start.

#include "shared/core/Result.h"
#include "shared/scheduling/SessionSeries.h"

#include <optional>
#include <string>

namespace fitflow::scheduling {

// "This one": cancels an occurrence (EXDATE). Fails with "not_an_occurrence" when the rule
// never produces `original`.
Result<SessionSeries> cancelOccurrence(const SessionSeries& series, LocalDateTime original);

// "This one": moves an occurrence to `newTime` (a RECURRENCE-ID override). Moving it again
// replaces the earlier move.
Result<SessionSeries> moveOccurrence(const SessionSeries& series, LocalDateTime original,
                                     const TimeInterval& newTime);

// The result of splitting a series: the occurrences before the split point stay in `head`
// (absent when splitting at the first occurrence), the split occurrence and all after it form
// `tail` under `tailId`. Exceptions go with the half they belong to. COUNT is shared out;
// otherwise the head ends with UNTIL one second before the split occurrence.
struct SeriesSplit {
    std::optional<SessionSeries> head;
    SessionSeries tail;
};

// "This and following": split, then edit `tail` (e.g. with retimeSeries).
Result<SeriesSplit> splitSeries(const SessionSeries& series, LocalDateTime original,
                                const std::string& tailId);

// "All": every occurrence starts at `newTimeOfDay` (since local midnight) and lasts
// `newDuration`. Cancelled occurrences stay cancelled and moves stay attached to the same
// dates; an UNTIL is moved so the last date is still included.
Result<SessionSeries> retimeSeries(const SessionSeries& series, std::chrono::minutes newTimeOfDay,
                                   std::chrono::minutes newDuration);

// "All" (or the tail after splitting) when one occurrence was edited from `original` to start at
// `editedStart`: every occurrence moves by the same number of days, starts at the edited time
// of day and lasts `newDuration`; BYDAY weekdays, exceptions and UNTIL move with the days.
Result<SessionSeries> rescheduleSeries(const SessionSeries& series, LocalDateTime original,
                                       LocalDateTime editedStart, std::chrono::minutes newDuration);

} // namespace fitflow::scheduling
