#pragma once
// What the application reports to the audit trail: who did what to which object, in which
// organization, from which device. Identifiers only, never client data. The trail adds the
// sequence number, time and hashes (see AuditRecord).

#include "shared/core/Result.h"

#include <optional>
#include <string>

namespace fitflow::audit {

struct AuditEvent {
    std::optional<std::string> orgId;       // uuid text; none for platform events
    std::optional<std::string> actorUserId; // uuid text; none for the system itself
    std::optional<std::string> deviceId;    // uuid text
    std::string action;                     // dotted lower-case words, e.g. "auth.login_failed"
    std::string objectType;                 // lower-case word, e.g. "client"
    std::optional<std::string> objectId;    // uuid text
};

// The rules the database also enforces, checked first so callers get a clear error:
// `invalid_audit_event` with the offending field as path.
Status validateAuditEvent(const AuditEvent& event);

} // namespace fitflow::audit
