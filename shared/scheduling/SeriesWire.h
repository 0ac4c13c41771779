#pragma once
// A recurring series as it travels in sync (docs/sync-protocol.md, entity "series"): the RRULE
// text, the UTC start and end of the first occurrence and the exception dates, plus who and
// where. The time zone is not sent: it is the location's, so the rule is always expanded in
// the zone of the place the sessions happen.
//
// Exception dates ("exdates") are the ORIGINAL UTC starts of occurrences that the rule must not
// produce again: ones deleted alone, and ones edited alone (they became ordinary sessions).
// On the wire they are canonical RFC 3339 UTC instants joined by commas, sorted, no duplicates.

#include "shared/core/Result.h"
#include "shared/scheduling/SessionSeries.h"

#include <set>
#include <string>
#include <string_view>

namespace fitflow::scheduling {

inline constexpr std::size_t kMaxExceptionDates = 500;

struct SeriesWireFields {
    std::string id;
    std::string orgId;
    std::string trainerId;
    std::string locationId;
    std::string rrule;
    Instant firstStart;
    Instant firstEnd;
    std::set<Instant> exceptionDates;
};

// "" -> {}. Errors (path "exdates"): "invalid_value" for a part that is not a canonical UTC
// instant with whole seconds, a duplicate, or more than kMaxExceptionDates.
Result<std::set<Instant>> parseExceptionDates(std::string_view text);
std::string formatExceptionDates(const std::set<Instant>& dates);

// The series the fields describe in `timeZone`. Errors: the RRULE parser's, "invalid_interval"
// (first end not after first start), "unknown_time_zone", and those of validateSeries.
Result<SessionSeries> seriesFromWire(const SeriesWireFields& fields, std::string_view timeZone);

// The inverse of seriesFromWire for a valid series (moved occurrences are not carried: synced
// occurrences are sessions of their own).
SeriesWireFields seriesToWire(const SessionSeries& series);

} // namespace fitflow::scheduling
