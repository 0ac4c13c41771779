#include "server/service/sync/SyncMaintenance.h"

namespace fitflow::sync {

Result<Instant> tombstoneCutoff(const PurgeRequest& request, Instant now)
{
    if (request.olderThanDays < 0) {
        return makeError("invalid_value", "the age of tombstones to purge cannot be negative",
                         "older_than_days");
    }
    if (request.olderThanDays < kMinimumTombstoneRetentionDays && !request.force) {
        return makeError("invalid_value",
                         "tombstones are kept at least " +
                             std::to_string(kMinimumTombstoneRetentionDays) +
                             " days; pass --force to purge younger ones",
                         "older_than_days");
    }
    return now - std::chrono::days{request.olderThanDays};
}

} // namespace fitflow::sync
