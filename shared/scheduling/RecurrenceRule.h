#pragma once
// The RFC 5545 RRULE subset FitFlow supports: FREQ=DAILY|WEEKLY, INTERVAL, BYDAY (plain
// weekdays, no ordinals), COUNT, UNTIL (UTC form "YYYYMMDDTHHMMSSZ", as RFC 5545 requires when
// DTSTART has a TZID). Weeks start on Monday (the RFC default WKST). Anything else is refused
// rather than silently ignored, because an ignored part would expand to different dates than
// the calendar that wrote it.

#include "shared/core/Result.h"

#include <chrono>
#include <date/date.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fitflow::scheduling {

enum class Frequency { Daily, Weekly };

struct RecurrenceRule {
    static constexpr int kMaxInterval = 366;
    static constexpr int kMaxCount = 5000;

    Frequency frequency = Frequency::Weekly;
    int interval = 1;
    std::vector<date::weekday> byDay; // sorted Monday..Sunday, no duplicates; empty = DTSTART's
    std::optional<int> count;
    std::optional<std::chrono::sys_seconds> until; // inclusive, UTC

    friend bool operator==(const RecurrenceRule&, const RecurrenceRule&) = default;
};

// Parses "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10" (an optional "RRULE:" prefix is
// accepted). Errors carry the part name as path: "rrule_unknown_part" (e.g. BYMONTH),
// "rrule_duplicate_part", "rrule_invalid_value", "rrule_missing_freq",
// "rrule_count_and_until", "rrule_syntax" (a part without '=').
Result<RecurrenceRule> parseRecurrenceRule(std::string_view text);

// Checks the invariants parse guarantees, for rules built in code.
Status validateRecurrenceRule(const RecurrenceRule& rule);

// Canonical text without the "RRULE:" prefix: FREQ, INTERVAL (only when not 1), BYDAY, then
// COUNT or UNTIL. parseRecurrenceRule(formatRecurrenceRule(r)) == r for every valid rule.
std::string formatRecurrenceRule(const RecurrenceRule& rule);

// "MO".."SU".
std::string_view weekdayCode(date::weekday day);

} // namespace fitflow::scheduling
