#pragma once
// Recomputes the audit chain event by event, independently of the database that wrote it, and
// finds the first broken link: a missing sequence number, an event whose prev_hash is not its
// predecessor's hash, an event whose content no longer matches its hash, or a disagreement with
// a checkpoint kept outside the database (which also catches a truncated tail and a chain
// re-hashed from end to end). Pure: feed it records in sequence order. Not thread-safe.

#include "server/service/audit/AuditCheckpoint.h"
#include "server/service/audit/AuditRecord.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fitflow::audit {

enum class AuditBreakKind {
    SequenceGap,
    PrevHashMismatch,
    HashMismatch,
    UnsupportedFormat,
    CheckpointMismatch,
    CheckpointBeyondChain,
};

// Stable snake_case name, e.g. "hash_mismatch".
std::string_view auditBreakKindName(AuditBreakKind kind);

struct AuditBreak {
    AuditBreakKind kind = AuditBreakKind::HashMismatch;
    std::int64_t sequence = 0; // the first broken (or first missing) event
    std::string eventId;       // empty when that event is missing
    std::string detail;        // for people: what differs
};

class AuditChainVerifier {
public:
    explicit AuditChainVerifier(std::vector<AuditCheckpoint> checkpoints);

    // Checks the next record. Returns false once the chain is broken; later records are ignored.
    bool add(const AuditRecord& record);

    // Call after the last record: the first break, or std::nullopt when the chain holds.
    std::optional<AuditBreak> finish();

    std::int64_t eventsChecked() const { return m_eventsChecked; }

private:
    std::optional<AuditBreak> checkLink(const AuditRecord& record) const;
    std::optional<AuditBreak> checkCheckpoints(const AuditRecord& record);

    std::vector<AuditCheckpoint> m_checkpoints; // sorted by sequence
    std::size_t m_nextCheckpoint = 0;
    std::int64_t m_lastGoodCheckpoint = 0; // sequence of the last checkpoint that matched
    std::int64_t m_lastSequence = 0;
    AuditHash m_lastHash = kGenesisHash;
    std::int64_t m_eventsChecked = 0;
    std::optional<AuditBreak> m_break;
};

} // namespace fitflow::audit
