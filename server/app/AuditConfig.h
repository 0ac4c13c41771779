#pragma once
// Environment of the audit commands and of serve's periodic checkpoints (see ServerConfig.h for
// the rules every variable follows).

#include "server/app/ServerConfig.h"
#include "shared/core/Result.h"

#include <chrono>
#include <optional>
#include <string>

namespace fitflow::app {

struct AuditConfig {
    // FITFLOW_MIGRATION_DATABASE_URL: the owner role, the one that may read every event
    // (platform events and all organizations'); see migration 0003.
    std::string databaseUrl;
    std::optional<std::string> checkpointFile; // FITFLOW_AUDIT_CHECKPOINT_FILE
};

struct AuditCheckpointSchedule {
    std::string checkpointFile;    // FITFLOW_AUDIT_CHECKPOINT_FILE
    std::chrono::seconds interval; // FITFLOW_AUDIT_CHECKPOINT_SECONDS, 1..86400, default 300
};

Result<AuditConfig> loadAuditConfig(const EnvLookup& env);

// For serve: std::nullopt when FITFLOW_AUDIT_CHECKPOINT_FILE is unset (no checkpoints).
Result<std::optional<AuditCheckpointSchedule>> loadAuditCheckpointSchedule(const EnvLookup& env);

} // namespace fitflow::app
