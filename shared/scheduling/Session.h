#pragma once
// One booked appointment as the scheduling rules see it: who, where, when and its state.
// Client names, notes and prices live elsewhere; nothing here is personal data.

#include "shared/scheduling/SessionStatus.h"
#include "shared/scheduling/TimeInterval.h"

#include <optional>
#include <string>

namespace fitflow::scheduling {

struct Session {
    std::string id;
    std::string orgId;
    std::string trainerId;
    std::string locationId;
    std::string timeZone; // IANA zone of the location
    TimeInterval time;    // UTC instants
    SessionStatus status = SessionStatus::Scheduled;
    std::optional<std::string> seriesId; // set when the session came from a recurring series

    friend bool operator==(const Session&, const Session&) = default;
};

} // namespace fitflow::scheduling
