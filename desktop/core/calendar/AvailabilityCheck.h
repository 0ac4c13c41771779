#pragma once
// Whether a session being booked lies within the trainer's availability at its location
// (shared/scheduling/Availability.h), and the sentence the calendar warns with, naming the rule
// or exception that leaves it out. A warning, never a block: the trainer may still book.
// No availability set for the location: nothing to check.

#include "desktop/core/calendar/SessionDraft.h"
#include "desktop/storage/calendar/AvailabilityQueries.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

namespace fitflow::desktop {

// Why a session falls outside the availability, in the location's local time.
struct AvailabilityMiss {
    enum class Reason {
        NoHoursThatDay, // no weekly rule that weekday and no extra hours that date
        OutsideHours,   // rules (or extra hours) that day, but not covering the session
        TimeOff,        // an "unavailable" exception of that date overlaps the session
    };
    Reason reason = Reason::OutsideHours;
    QString orgName;
    QString locationName;
    QDate localDate;
    bool dateHasExceptions = false;           // the windows come from that date's exceptions too
    std::vector<scheduling::LocalSpan> spans; // the day's hours, or the time off for TimeOff
};

class AvailabilityCheck {
    Q_DECLARE_TR_FUNCTIONS(AvailabilityCheck)

public:
    // The miss of `draft` against the record of its location in `records` (the trainer's), or
    // nullopt when it is within availability or the location has none.
    static std::optional<AvailabilityMiss> check(const std::vector<StoredAvailability>& records,
                                                 const SessionDraft& draft);

    // E.g. "Outside your availability at Northside Plateau on Tuesdays (07:00–12:00)."
    static QString describe(const AvailabilityMiss& miss);
};

} // namespace fitflow::desktop
