#pragma once
// Port: reads the stored chain, for verification and checkpoints. Implemented by storage
// (PgAuditChainSource).

#include "server/service/audit/AuditHash.h"
#include "server/service/audit/AuditRecord.h"
#include "shared/core/Result.h"

#include <cstdint>
#include <functional>
#include <optional>

namespace fitflow::audit {

struct AuditChainTip {
    std::int64_t sequence = 0;
    AuditHash hash{};
};

class AuditChainSource {
public:
    virtual ~AuditChainSource() = default;

    // The newest event's sequence and hash; std::nullopt when the chain is empty.
    virtual Result<std::optional<AuditChainTip>> tip() = 0;

    // Calls `visitor` for every event in sequence order from one consistent snapshot, a page at
    // a time (never the whole chain in memory). Stops early when `visitor` returns false.
    virtual Status forEachEvent(const std::function<bool(const AuditRecord&)>& visitor) = 0;
};

} // namespace fitflow::audit
