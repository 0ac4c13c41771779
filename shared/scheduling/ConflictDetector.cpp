#include "shared/scheduling/ConflictDetector.h"

#include <algorithm>

namespace fitflow::scheduling {
namespace {

using std::chrono::duration_cast;
using std::chrono::minutes;

// Gap between two non-overlapping intervals, whichever comes first.
std::chrono::seconds gapBetween(const TimeInterval& a, const TimeInterval& b)
{
    return a.end <= b.start ? b.start - a.end : a.start - b.end;
}

} // namespace

Result<std::vector<Conflict>> findConflicts(const std::vector<Session>& existing,
                                            const Session& proposed, const ConflictRules& rules)
{
    if (proposed.time.empty()) {
        return makeError("invalid_interval", "session must end after it starts", "time");
    }
    if (rules.travelBuffer < minutes{0}) {
        return makeError("invalid_buffer", "travel buffer must not be negative", "travel_buffer");
    }

    std::vector<Conflict> conflicts;
    for (const Session& other : existing) {
        if (other.id == proposed.id || other.status == SessionStatus::Cancelled ||
            other.time.empty()) {
            continue;
        }
        if (other.time.overlaps(proposed.time)) {
            const auto shared = std::min(other.time.end, proposed.time.end) -
                                std::max(other.time.start, proposed.time.start);
            conflicts.push_back({ConflictKind::Overlap, other.id, other.orgId, other.locationId,
                                 other.time, duration_cast<minutes>(shared)});
            continue;
        }
        if (other.locationId == proposed.locationId) {
            continue;
        }
        const auto gap = gapBetween(other.time, proposed.time);
        if (gap < rules.travelBuffer) {
            conflicts.push_back({ConflictKind::TravelBuffer, other.id, other.orgId,
                                 other.locationId, other.time, duration_cast<minutes>(gap)});
        }
    }
    return conflicts;
}

} // namespace fitflow::scheduling
