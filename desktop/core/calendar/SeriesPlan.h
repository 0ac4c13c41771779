#pragma once
// Recurring bookings. The sync contract has no series entity yet, so a series is booked as N
// individual sessions: the shared RRULE expander (in the location's time zone, so a 07:00
// session stays at 07:00 across DST) gives their times, and each becomes a plain session.

#include "shared/core/Result.h"
#include "shared/scheduling/TimeInterval.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <vector>

namespace fitflow::desktop {

enum class RepeatKind { None, Daily, Weekly, EveryTwoWeeks };

struct SeriesPlan {
    static constexpr int kMaxSessions = 104; // two years of weekly sessions

    // "FREQ=WEEKLY;INTERVAL=2;COUNT=10"; empty for RepeatKind::None.
    static QString ruleText(RepeatKind repeat, int count);

    // The times of every occurrence, first one included. `rule` must bound the series with
    // COUNT or UNTIL. Errors: "series_unbounded", "too_many_sessions", the RRULE parser's
    // ("rrule_*"), "unknown_time_zone" and those of scheduling::validateSeries.
    static fitflow::Result<std::vector<scheduling::TimeInterval>>
    expand(const QString& rule, const QDateTime& firstStart, std::chrono::minutes length,
           const QString& timeZone);
};

} // namespace fitflow::desktop
