#pragma once
// The physical clock of fitflow-cli's local writes and syncs. Test-only hook: the environment
// variable FITFLOW_CLOCK_OFFSET_SECONDS (a whole number, may be negative) shifts it, so the sync
// fault tests can run a device whose clock is a year ahead (sync-research.md §3 case 11).
// Unset, it is the system clock.

#include "desktop/sync/LocalClock.h"
#include "shared/core/Result.h"

namespace fitflow::cli {

inline constexpr const char* kClockOffsetVariable = "FITFLOW_CLOCK_OFFSET_SECONDS";

// Error "invalid_clock_offset" when the variable is set but not a whole number of seconds
// within ±100 years.
fitflow::Result<desktop::PhysicalClock> physicalClockFromEnvironment();

} // namespace fitflow::cli
