#pragma once
// A trainer's availability as it travels in sync (docs/sync-protocol.md, entity
// "availability"): two LWW fields, each one canonical JSON list. Every replica must hold the
// same value, so the wire form is canonical: entries sorted, no duplicate or overlapping spans
// (an overlap is a mistake the editor shows; a device never sends one).
//
//   weekly_rules: [{"weekday": "TU", "start": "07:00", "end": "12:00"}, ...]
//                 sorted by weekday (MO..SU), then start.
//   exceptions:   [{"date": "2026-03-17", "kind": "unavailable" | "extra_available",
//                   "start": "09:00", "end": "10:00"}, ...]  (no start/end: the whole day)
//                 sorted by date, whole day first, then start, then kind.
//
// Error codes: wrong_type, missing_field, unknown_field, invalid_value, invalid_span,
// overlapping_spans, not_canonical; the path names the entry ("weekly_rules[2].end").

#include "shared/core/Result.h"
#include "shared/scheduling/Availability.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

namespace fitflow::scheduling {

inline constexpr std::size_t kMaxWeeklyRules = 200;
inline constexpr std::size_t kMaxAvailabilityExceptions = 1000;

// Sorts into the canonical order (does not check overlaps).
void sortWeeklyRules(std::vector<WeeklyRule>& rules);
void sortAvailabilityExceptions(std::vector<AvailabilityException>& exceptions);

// Overlapping spans of one weekday, or of one date and kind: `overlapping_spans` at the later
// entry's path (indexes of the list as given).
Status checkWeeklyRuleOverlaps(const std::vector<WeeklyRule>& rules);
Status checkExceptionOverlaps(const std::vector<AvailabilityException>& exceptions);

// The list index an error path names ("[3].start" -> 3); 0 when the path names none.
std::size_t entryIndexOfPath(std::string_view path);

// The canonical JSON list (sorted; spans as "HH:MM").
nlohmann::json weeklyRulesToJson(std::vector<WeeklyRule> rules);
nlohmann::json availabilityExceptionsToJson(std::vector<AvailabilityException> exceptions);

// Strict readers: shape, spans (validateAvailability), overlaps and canonical order.
Result<std::vector<WeeklyRule>> weeklyRulesFromJson(const nlohmann::json& json);
Result<std::vector<AvailabilityException>>
availabilityExceptionsFromJson(const nlohmann::json& json);

} // namespace fitflow::scheduling
