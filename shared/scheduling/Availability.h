#pragma once
// When a trainer is willing to work at one location: weekly rules in the location's local time
// plus dated exceptions (time off, or extra hours). Conflicts with booked sessions are a
// separate question (ConflictDetector); freeIntervals() combines both for a day view.

#include "shared/core/Result.h"
#include "shared/scheduling/TimeInterval.h"
#include "shared/scheduling/ZoneClock.h"

#include <chrono>
#include <date/date.h>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::scheduling {

// A local time-of-day span within one day, [start, end), minutes since local midnight.
struct LocalSpan {
    std::chrono::minutes start{0};
    std::chrono::minutes end{0};

    friend bool operator==(const LocalSpan&, const LocalSpan&) = default;
};

struct WeeklyRule {
    date::weekday weekday{};
    LocalSpan span;
};

enum class ExceptionKind { Unavailable, ExtraAvailable };

struct AvailabilityException {
    date::year_month_day date{};
    ExceptionKind kind = ExceptionKind::Unavailable;
    std::optional<LocalSpan> span; // absent: the whole day
};

struct Availability {
    std::string trainerId;
    std::string locationId;
    std::string timeZone; // the location's IANA zone
    std::vector<WeeklyRule> weeklyRules;
    std::vector<AvailabilityException> exceptions;
};

// Checks the zone, and that every span lies within 00:00..24:00 with start < end.
Status validateAvailability(const Availability& availability);

// Available windows on a local date, as UTC intervals in order: the weekly rules of that
// weekday, plus extra availability, minus unavailability (an unavailable exception wins over
// an extra one on the same time). Local times in a DST gap or overlap follow ZoneClock's rule.
Result<std::vector<TimeInterval>> availableWindows(const Availability& availability,
                                                   date::year_month_day localDate);

// True when [time.start, time.end) lies entirely within available windows (a session may run
// across local midnight if both days allow it).
Result<bool> isAvailable(const Availability& availability, const TimeInterval& time);

// The available windows of a local date minus `busy` intervals (e.g. the trainer's sessions
// at any organization, cancelled ones left out by the caller).
Result<std::vector<TimeInterval>> freeIntervals(const Availability& availability,
                                                date::year_month_day localDate,
                                                const std::vector<TimeInterval>& busy);

// Cuts free intervals into bookable slots of `length`, starting every `step`.
std::vector<TimeInterval> slotsWithin(const std::vector<TimeInterval>& free,
                                      std::chrono::minutes length, std::chrono::minutes step);

} // namespace fitflow::scheduling
