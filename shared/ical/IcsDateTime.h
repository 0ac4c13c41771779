#pragma once
// The iCalendar spellings of times: local DATE-TIME "20260308T070000", UTC DATE-TIME
// "20260308T120000Z" and UTC-OFFSET "-0500" / "-0330" (seconds only when not zero).

#include "shared/scheduling/ZoneClock.h"

#include <chrono>
#include <string>

namespace fitflow::ical {

std::string formatLocalDateTime(scheduling::LocalDateTime local);
std::string formatUtcDateTime(scheduling::Instant instant);
std::string formatUtcOffset(std::chrono::seconds offset);

} // namespace fitflow::ical
