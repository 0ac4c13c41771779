#pragma once
// Use cases behind `fitflow-server audit verify` and `audit checkpoint`.

#include "server/service/audit/AuditChainSource.h"
#include "server/service/audit/AuditChainVerifier.h"
#include "server/service/audit/AuditCheckpointLog.h"
#include "shared/core/Result.h"

#include <chrono>
#include <cstdint>
#include <optional>

namespace fitflow::audit {

struct AuditVerificationReport {
    std::int64_t eventsChecked = 0;
    std::size_t checkpoints = 0;
    std::optional<AuditBreak> firstBreak; // none: the chain holds
};

// Streams the whole chain through an AuditChainVerifier that knows `checkpoints`. An error means
// the chain could not be read, not that it is broken.
Result<AuditVerificationReport> verifyAuditChain(AuditChainSource& source,
                                                 std::vector<AuditCheckpoint> checkpoints);

// Appends the chain's current tip to `log` as of `now`; std::nullopt (nothing written) when the
// chain is empty.
Result<std::optional<AuditCheckpoint>> writeAuditCheckpoint(AuditChainSource& source,
                                                            AuditCheckpointLog& log,
                                                            std::chrono::sys_seconds now);

} // namespace fitflow::audit
