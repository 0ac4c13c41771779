#pragma once
// Server-side checks of the two list fields of a pushed "availability" record
// (docs/sync-protocol.md): the shape, the spans (scheduling::validateAvailability), overlaps and
// the canonical order every replica must share. A bad list is a rejection `invalid_value` whose
// message says what is wrong and whose path names the entry, never a 5xx.

#include "shared/core/Result.h"

#include <nlohmann/json.hpp>

namespace fitflow::sync {

Status validateWeeklyRulesField(const nlohmann::json& value);
Status validateAvailabilityExceptionsField(const nlohmann::json& value);

} // namespace fitflow::sync
