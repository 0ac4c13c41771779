#pragma once
// Operator maintenance of sync state (`fitflow-server sync new-epoch`, `sync purge-tombstones`):
// a new epoch after a restore from backup makes every device re-snapshot; purging tombstones
// past the retention horizon advances each organization's tombstone horizon so that older
// cursors get `resync_required` instead of silently missing a delete.

#include "shared/codec/TextFormats.h"
#include "shared/core/Result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fitflow::sync {

// Tombstones are kept at least this long (design §4); less only with --force.
inline constexpr int kMinimumTombstoneRetentionDays = 180;

struct EpochRenewal {
    std::string orgId;
    std::string epoch; // uuid text
};

struct TombstonePurge {
    std::string orgId;
    std::int64_t clientsPurged = 0;
    std::int64_t sessionsPurged = 0;
    std::int64_t kept = 0;             // old tombstones other rows still reference
    std::int64_t tombstoneHorizon = 0; // after the purge
};

struct PurgeRequest {
    int olderThanDays = kMinimumTombstoneRetentionDays;
    bool force = false; // allows fewer than kMinimumTombstoneRetentionDays
};

// Storage port, implemented by storage::PgSyncMaintenanceStore. Each call is one transaction
// that also appends one audit event per organization.
class SyncMaintenanceStore {
public:
    virtual ~SyncMaintenanceStore() = default;

    // A fresh epoch for every organization; devices may resume their pushes after a gap once.
    virtual Result<std::vector<EpochRenewal>> renewEpochs() = 0;

    // Physically deletes client and session tombstones whose delete stamp is older than
    // `cutoff` and that no other row references, and raises each organization's tombstone
    // horizon to the newest purged version.
    virtual Result<std::vector<TombstonePurge>> purgeTombstones(Instant cutoff) = 0;
};

// The instant before which tombstones may go. Error `invalid_value` (path "older_than_days")
// for a negative age, or one under the minimum without `force`.
Result<Instant> tombstoneCutoff(const PurgeRequest& request, Instant now);

} // namespace fitflow::sync
