#pragma once
// Finds why a proposed session cannot be booked next to a trainer's existing sessions from ALL
// of their organizations: plain overlaps, and too little travel time between two different
// locations. Cancelled sessions never conflict; completed and no-show ones did occupy the time.

#include "shared/core/Result.h"
#include "shared/scheduling/Session.h"

#include <chrono>
#include <string>
#include <vector>

namespace fitflow::scheduling {

enum class ConflictKind {
    Overlap,      // the two sessions share time
    TravelBuffer, // different locations, and the gap between them is shorter than the buffer
};

// One reason the proposal clashes, described enough for a message such as
// "overlaps a session at Northside Toronto" (the desktop looks the location name up).
struct Conflict {
    ConflictKind kind;
    std::string sessionId;
    std::string orgId;
    std::string locationId;
    TimeInterval existingTime;
    // Overlap: how long the two share; TravelBuffer: the actual gap (shorter than the buffer).
    std::chrono::minutes amount{0};

    friend bool operator==(const Conflict&, const Conflict&) = default;
};

struct ConflictRules {
    // Minimum gap between sessions at DIFFERENT locations; the same location needs none.
    std::chrono::minutes travelBuffer{15};
};

// Returns the conflicts in the order of `existing`. A session with the proposal's own id is
// skipped, so rescheduling a session never conflicts with its old slot. Fails with
// "invalid_interval" when the proposal ends before it starts, "invalid_buffer" for a negative
// buffer.
Result<std::vector<Conflict>> findConflicts(const std::vector<Session>& existing,
                                            const Session& proposed,
                                            const ConflictRules& rules = {});

} // namespace fitflow::scheduling
