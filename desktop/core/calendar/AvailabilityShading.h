#pragma once
// Which parts of a calendar day lie outside the trainer's availability at every location, for
// the grid to shade. Worked out per 15-minute step in the zone the calendar is drawn in, so
// availability set in another zone (a studio in another province) lines up with the grid.
// No availability set at all: nothing is shaded.

#include "desktop/storage/calendar/AvailabilityQueries.h"

#include <QDate>
#include <QTimeZone>

#include <vector>

namespace fitflow::desktop {

// [startMinute, endMinute) since the day's local midnight.
struct MinuteRun {
    int startMinute = 0;
    int endMinute = 0;

    friend bool operator==(const MinuteRun&, const MinuteRun&) = default;
};

class AvailabilityShading {
public:
    static constexpr int kStepMinutes = 15;

    // The runs of `day` (in `shownIn`) available at no location of `records`.
    static std::vector<MinuteRun> unavailableRuns(const std::vector<StoredAvailability>& records,
                                                  const QDate& day, const QTimeZone& shownIn);
};

} // namespace fitflow::desktop
