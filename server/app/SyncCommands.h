#pragma once
// `fitflow-server sync new-epoch` (after restoring a backup: every organization gets a new
// epoch, so every device's next pull is `reset` and it re-snapshots; prints "ORG_ID EPOCH" per
// organization) and `fitflow-server sync purge-tombstones [--older-than-days N] [--force]`
// (deletes client and session tombstones older than N days, default and minimum 180 unless
// --force, and advances the tombstone horizon; prints counts per organization). Both use
// FITFLOW_MIGRATION_DATABASE_URL (the owner role) and are audited.

#include "server/app/ServerConfig.h"
#include "server/service/sync/SyncMaintenance.h"

#include <ostream>
#include <string_view>
#include <vector>

namespace fitflow::app {

enum class SyncOperation { NewEpoch, PurgeTombstones };

struct SyncCommandRequest {
    SyncOperation operation = SyncOperation::NewEpoch;
    sync::PurgeRequest purge; // purge-tombstones only
};

// `arguments` starts with the word `sync`. Error `usage` for a missing or unknown subcommand,
// an unknown or repeated option, or a day count that is not a whole number.
Result<SyncCommandRequest> parseSyncCommand(const std::vector<std::string_view>& arguments);

// Parses and runs a sync command from the full argument list (exit codes as in Commands.h).
int runSyncCommand(const std::vector<std::string_view>& arguments, const EnvLookup& env,
                   std::ostream& out, std::ostream& err);

} // namespace fitflow::app
