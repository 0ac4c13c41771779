#pragma once
// Port: where checkpoints are kept, outside the database. Implemented by storage
// (AuditCheckpointFile).

#include "server/service/audit/AuditCheckpoint.h"
#include "shared/core/Result.h"

#include <vector>

namespace fitflow::audit {

class AuditCheckpointLog {
public:
    virtual ~AuditCheckpointLog() = default;

    // Durable (synced) once it returns.
    virtual Status append(const AuditCheckpoint& checkpoint) = 0;

    // Every checkpoint in the order written; empty when none was ever written.
    virtual Result<std::vector<AuditCheckpoint>> readAll() = 0;
};

} // namespace fitflow::audit
