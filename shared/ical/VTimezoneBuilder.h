#pragma once
// Builds the VTIMEZONE of one IANA zone from the tz database (never hand-written), covering
// the given years. Every UTC-offset or name change in that span becomes an onset; onsets with
// the same kind, offsets and name share one STANDARD/DAYLIGHT block, the first as DTSTART and
// the others as explicit RDATEs. RDATEs rather than an RRULE, because rules change (British
// Columbia stopped changing clocks in 2026) and a list of dates is always exactly right.

#include "shared/ical/IcsWriter.h"
#include "shared/scheduling/ZoneClock.h"

namespace fitflow::ical {

// Writes BEGIN:VTIMEZONE ... END:VTIMEZONE for `clock`'s zone covering 1 January `fromYear`
// to 31 December `toYear` (local). The block in force at the start of the span is included,
// so a span without changes (America/Regina) still gets its one STANDARD block.
void writeVTimezone(IcsWriter& writer, const scheduling::ZoneClock& clock, int fromYear,
                    int toYear);

} // namespace fitflow::ical
