#include "server/service/sync/StampClamp.h"

#include "shared/sync/HybridLogicalClock.h"

namespace fitflow::sync {

Hlc clampStamp(const Hlc& stamp, Instant serverNow)
{
    const Instant latest = serverNow + kMaxClockSkew;
    if (stamp.physical <= latest) {
        return stamp;
    }
    Hlc clamped = stamp;
    clamped.physical = latest;
    return clamped;
}

bool clampRecordMutation(RecordMutation& mutation, Instant serverNow)
{
    Hlc clamped = clampStamp(mutation.stamp, serverNow);
    if (clamped == mutation.stamp) {
        return false;
    }
    mutation.stamp = std::move(clamped);
    return true;
}

} // namespace fitflow::sync
