#include "server/service/audit/AuditChainVerifier.h"

#include "server/service/audit/AuditCanonicalForm.h"

#include <date/date.h>

#include <algorithm>

namespace fitflow::audit {

namespace {

AuditBreak brokenAt(AuditBreakKind kind, const AuditRecord& record, std::string detail)
{
    return AuditBreak{kind, record.sequence, record.id, std::move(detail)};
}

std::string describe(const AuditCheckpoint& checkpoint)
{
    return "the checkpoint of " + date::format("%Y-%m-%dT%H:%M:%SZ", checkpoint.time) + " (event " +
           std::to_string(checkpoint.sequence) + ", hash " + toHex(checkpoint.hash) + ")";
}

} // namespace

std::string_view auditBreakKindName(AuditBreakKind kind)
{
    switch (kind) {
    case AuditBreakKind::SequenceGap:
        return "sequence_gap";
    case AuditBreakKind::PrevHashMismatch:
        return "prev_hash_mismatch";
    case AuditBreakKind::HashMismatch:
        return "hash_mismatch";
    case AuditBreakKind::UnsupportedFormat:
        return "unsupported_format";
    case AuditBreakKind::CheckpointMismatch:
        return "checkpoint_mismatch";
    case AuditBreakKind::CheckpointBeyondChain:
        return "checkpoint_beyond_chain";
    }
    return "unknown";
}

AuditChainVerifier::AuditChainVerifier(std::vector<AuditCheckpoint> checkpoints)
    : m_checkpoints(std::move(checkpoints))
{
    std::stable_sort(m_checkpoints.begin(), m_checkpoints.end(),
                     [](const auto& a, const auto& b) { return a.sequence < b.sequence; });
}

bool AuditChainVerifier::add(const AuditRecord& record)
{
    if (m_break) {
        return false;
    }
    m_break = checkLink(record);
    if (!m_break) {
        m_break = checkCheckpoints(record);
    }
    if (m_break) {
        return false;
    }
    m_lastSequence = record.sequence;
    m_lastHash = record.hash;
    ++m_eventsChecked;
    return true;
}

std::optional<AuditBreak> AuditChainVerifier::checkLink(const AuditRecord& record) const
{
    const std::int64_t expected = m_lastSequence + 1;
    if (record.sequence != expected) {
        const std::string missing = record.sequence > expected
                                        ? "events " + std::to_string(expected) + " to " +
                                              std::to_string(record.sequence - 1) + " are missing"
                                        : "sequence " + std::to_string(expected) + " expected";
        return brokenAt(AuditBreakKind::SequenceGap, record, missing);
    }
    if (record.prevHash != m_lastHash) {
        return brokenAt(AuditBreakKind::PrevHashMismatch, record,
                        "prev_hash " + toHex(record.prevHash) + " is not the hash of event " +
                            std::to_string(m_lastSequence) + " (" + toHex(m_lastHash) + ")");
    }
    if (record.format != kCanonicalFormatV1) {
        return brokenAt(AuditBreakKind::UnsupportedFormat, record,
                        "format " + std::to_string(record.format) + " is unknown");
    }
    const AuditHash recomputed = chainHash(record.prevHash, canonicalFormV1(record));
    if (recomputed != record.hash) {
        return brokenAt(AuditBreakKind::HashMismatch, record,
                        "stored hash " + toHex(record.hash) + " but the content hashes to " +
                            toHex(recomputed));
    }
    return std::nullopt;
}

std::optional<AuditBreak> AuditChainVerifier::checkCheckpoints(const AuditRecord& record)
{
    while (m_nextCheckpoint < m_checkpoints.size() &&
           m_checkpoints[m_nextCheckpoint].sequence == record.sequence) {
        const AuditCheckpoint& checkpoint = m_checkpoints[m_nextCheckpoint];
        if (checkpoint.hash != record.hash) {
            return brokenAt(AuditBreakKind::CheckpointMismatch, record,
                            "hash " + toHex(record.hash) + " differs from " + describe(checkpoint) +
                                ": the chain was rewritten after event " +
                                std::to_string(m_lastGoodCheckpoint));
        }
        m_lastGoodCheckpoint = record.sequence;
        ++m_nextCheckpoint;
    }
    return std::nullopt;
}

std::optional<AuditBreak> AuditChainVerifier::finish()
{
    if (!m_break && m_nextCheckpoint < m_checkpoints.size()) {
        const AuditCheckpoint& checkpoint = m_checkpoints[m_nextCheckpoint];
        m_break = AuditBreak{AuditBreakKind::CheckpointBeyondChain,
                             m_lastSequence + 1,
                             {},
                             "the chain ends at event " + std::to_string(m_lastSequence) + " but " +
                                 describe(checkpoint) + " saw more: events " +
                                 std::to_string(m_lastSequence + 1) + " to " +
                                 std::to_string(checkpoint.sequence) + " are missing"};
    }
    return m_break;
}

} // namespace fitflow::audit
