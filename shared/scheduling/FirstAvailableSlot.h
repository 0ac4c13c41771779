#pragma once
// Where and when a new session best starts by default: the first slot of the trainer's
// availability (any of their locations) from now on, long enough for the session and clear of
// their booked sessions at every organization, travel buffer included. The calendar's New
// session starts there instead of at an arbitrary hour that is often outside availability.

#include "shared/core/Result.h"
#include "shared/scheduling/Availability.h"
#include "shared/scheduling/ConflictDetector.h"
#include "shared/scheduling/Session.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::scheduling {

struct SlotSearch {
    Instant from;                    // no slot starts before (usually now)
    std::chrono::minutes length{60}; // the session length
    std::chrono::minutes step{15};   // slots start on multiples of this (UTC)
    std::chrono::days horizon{14};   // how far ahead to look
    ConflictRules rules;             // the travel buffer between locations
};

struct AvailableSlot {
    std::string locationId; // the location of the availability the slot lies in
    TimeInterval time;

    friend bool operator==(const AvailableSlot&, const AvailableSlot&) = default;
};

// The earliest slot, or nullopt when no availability has room within the horizon. On equal
// start times the availability listed first wins. Fails with "invalid_length" for a length or
// step that is not positive, or with the error of an invalid availability (its path prefixed
// with "availabilities[i]").
Result<std::optional<AvailableSlot>>
firstAvailableSlot(const std::vector<Availability>& availabilities,
                   const std::vector<Session>& booked, const SlotSearch& search);

} // namespace fitflow::scheduling
