#pragma once
// A checkpoint: at `time` the chain ended at `sequence` with `hash`. Kept outside the database
// (one JSON object per line), so truncating the chain's tail or re-hashing it is detectable.

#include "server/service/audit/AuditHash.h"
#include "shared/core/Result.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace fitflow::audit {

struct AuditCheckpoint {
    std::chrono::sys_seconds time;
    std::int64_t sequence = 0;
    AuditHash hash{};
};

// {"time":"2026-11-25T19:30:00Z","last_sequence":123,"last_hash":"<64 hex>"}, no newline.
std::string formatCheckpointLine(const AuditCheckpoint& checkpoint);

// The inverse; error `invalid_checkpoint` (path names the field) for anything else, including
// a sequence below 1.
Result<AuditCheckpoint> parseCheckpointLine(std::string_view line);

} // namespace fitflow::audit
