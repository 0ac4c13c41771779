#pragma once
// Port: appends events to the hash-chained audit trail. Implemented by storage (PgAuditTrail).
// Login, token and data-access code calls append() once per event.

#include "server/service/audit/AuditEvent.h"
#include "server/service/audit/AuditHash.h"
#include "shared/core/Result.h"

#include <cstdint>
#include <string>

namespace fitflow::audit {

struct AuditReceipt {
    std::int64_t sequence = 0;
    std::string id;
    AuditHash hash{};
};

class AuditTrail {
public:
    virtual ~AuditTrail() = default;

    // Durable once it returns. Errors: `invalid_audit_event` and the storage's errors.
    // Implementations are thread-safe.
    virtual Result<AuditReceipt> append(const AuditEvent& event) = 0;
};

} // namespace fitflow::audit
