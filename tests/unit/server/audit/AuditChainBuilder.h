#pragma once
// Test helper: a well-formed audit chain of `count` events built with the production canonical
// form, which the tests then tamper with.

#include "server/service/audit/AuditCanonicalForm.h"

#include <cstdio>
#include <vector>

namespace fitflow::audit::test {

inline std::string uuidFor(int n)
{
    char text[37];
    std::snprintf(text, sizeof text, "00000000-0000-7000-8000-%012d", n);
    return text;
}

// Recomputes prevHash and hash of records[from...] so the chain is consistent again, as an
// attacker with write access would.
inline void rehashFrom(std::vector<AuditRecord>& records, std::size_t from)
{
    for (std::size_t i = from; i < records.size(); ++i) {
        records[i].prevHash = i == 0 ? kGenesisHash : records[i - 1].hash;
        records[i].hash = chainHash(records[i].prevHash, canonicalFormV1(records[i]));
    }
}

inline std::vector<AuditRecord> buildChain(int count)
{
    std::vector<AuditRecord> records;
    for (int n = 1; n <= count; ++n) {
        AuditRecord record;
        record.sequence = n;
        record.id = uuidFor(n);
        record.occurredAtMicros = 1'795'634'310'000'000 + n;
        record.event.orgId = uuidFor(1000 + n % 3);
        record.event.actorUserId = uuidFor(2000 + n % 5);
        record.event.action = n % 2 == 0 ? "client.read" : "session.updated";
        record.event.objectType = "client";
        record.event.objectId = uuidFor(3000 + n);
        records.push_back(record);
    }
    rehashFrom(records, 0);
    return records;
}

} // namespace fitflow::audit::test
