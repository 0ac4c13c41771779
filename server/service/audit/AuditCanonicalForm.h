#pragma once
// The exact bytes an audit event's hash covers, byte-for-byte the same as the SQL function
// audit_canonical_v1 in migration 0003. Each field is "<UTF-8 byte length>:<value>;" or "-;"
// when absent, so a value containing ';' or ':' cannot be read as another event.

#include "server/service/audit/AuditRecord.h"

#include <string>

namespace fitflow::audit {

inline constexpr int kCanonicalFormatV1 = 1;

// Canonical form version 1 of `record` (its hashes are not part of it).
std::string canonicalFormV1(const AuditRecord& record);

// SHA-256(prevHash || canonical): the link from one event to the next.
AuditHash chainHash(const AuditHash& prevHash, const std::string& canonical);

} // namespace fitflow::audit
