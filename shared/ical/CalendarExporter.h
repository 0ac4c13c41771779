#pragma once
// Writes a trainer's sessions as one RFC 5545 VCALENDAR: a VEVENT per one-off session, a VEVENT
// with RRULE/EXDATE per series plus a RECURRENCE-ID VEVENT per moved occurrence, and a
// VTIMEZONE (from the tz database) for every zone used, covering the years of the events.

#include "shared/core/Result.h"
#include "shared/ical/CalendarExport.h"

#include <string>

namespace fitflow::ical {

// Open-ended series get time zone data up to this many years after the later of their start
// and the export date; calendar clients extrapolate past that from the last observances.
inline constexpr int kOpenSeriesYears = 10;

// The .ics text (UTF-8, CRLF line ends, folded). UIDs are "<id>@fitflow", stable across
// exports. Fails on an empty id ("invalid_id"), an unknown zone, an invalid series or a
// session that ends before it starts; the error path names the entry ("series[1].rule").
Result<std::string> exportCalendar(const CalendarExportRequest& request);

} // namespace fitflow::ical
