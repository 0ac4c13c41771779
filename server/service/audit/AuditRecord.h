#pragma once
// One stored audit event as read back from the chain, with everything its hash covers.

#include "server/service/audit/AuditEvent.h"
#include "server/service/audit/AuditHash.h"

#include <cstdint>
#include <string>

namespace fitflow::audit {

struct AuditRecord {
    std::int64_t sequence = 0;         // 1, 2, 3... without gaps
    std::string id;                    // uuid text
    int format = 1;                    // version of the canonical form the hash was computed over
    std::int64_t occurredAtMicros = 0; // UTC, microseconds since the Unix epoch
    AuditEvent event;
    AuditHash prevHash{};
    AuditHash hash{};
};

} // namespace fitflow::audit
