#pragma once
// Text forms of wall-clock values in the wire format: a local date-time without offset
// "2026-03-02T07:00:00" (meaningful only with the location's zone) and a time of day "07:30"
// ("24:00" allowed as the end of a day).

#include "shared/scheduling/ZoneClock.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace fitflow::scheduling {

std::optional<LocalDateTime> parseLocalDateTime(std::string_view text);
std::string formatLocalDateTime(LocalDateTime local);

// Minutes since midnight, 00:00..24:00.
std::optional<std::chrono::minutes> parseTimeOfDay(std::string_view text);
std::string formatTimeOfDay(std::chrono::minutes sinceMidnight);

} // namespace fitflow::scheduling
