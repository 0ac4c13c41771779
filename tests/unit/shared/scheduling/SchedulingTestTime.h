#pragma once
// Short ways to write UTC instants and wall-clock times in scheduling tests.

#include "shared/scheduling/ZoneClock.h"

#include <chrono>
#include <date/date.h>

namespace fitflow::scheduling::testing {

inline Instant utcAt(date::year_month_day day, std::chrono::minutes timeOfDay)
{
    return Instant{date::sys_days{day}.time_since_epoch()} + timeOfDay;
}

inline LocalDateTime localAt(date::year_month_day day, std::chrono::minutes timeOfDay)
{
    return date::local_days{day} + timeOfDay;
}

} // namespace fitflow::scheduling::testing
