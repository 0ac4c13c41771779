#include "server/service/audit/AuditChainVerifier.h"

#include "tests/unit/server/audit/AuditChainBuilder.h"

#include <gtest/gtest.h>

namespace fitflow::audit {

namespace {

using test::buildChain;
using test::rehashFrom;

std::optional<AuditBreak> verify(const std::vector<AuditRecord>& records,
                                 std::vector<AuditCheckpoint> checkpoints = {})
{
    AuditChainVerifier verifier(std::move(checkpoints));
    for (const auto& record : records) {
        if (!verifier.add(record)) {
            break;
        }
    }
    return verifier.finish();
}

AuditCheckpoint checkpointAt(const std::vector<AuditRecord>& records, std::size_t index)
{
    return AuditCheckpoint{std::chrono::sys_seconds(std::chrono::seconds(1'795'634'400)),
                           records[index].sequence, records[index].hash};
}

} // namespace

TEST(AuditChainVerifier, AnIntactChainHolds)
{
    const auto records = buildChain(20);
    AuditChainVerifier verifier({checkpointAt(records, 9), checkpointAt(records, 19)});
    for (const auto& record : records) {
        EXPECT_TRUE(verifier.add(record));
    }
    EXPECT_EQ(verifier.finish(), std::nullopt);
    EXPECT_EQ(verifier.eventsChecked(), 20);
}

TEST(AuditChainVerifier, AnEmptyChainWithoutCheckpointsHolds)
{
    EXPECT_EQ(verify({}), std::nullopt);
}

TEST(AuditChainVerifier, AnEditedFieldIsAHashMismatchAtThatEvent)
{
    auto records = buildChain(10);
    records[4].event.action = "client.deleted";
    const auto broken = verify(records);
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->kind, AuditBreakKind::HashMismatch);
    EXPECT_EQ(broken->sequence, 5);
    EXPECT_EQ(broken->eventId, records[4].id);
}

TEST(AuditChainVerifier, ADeletedEventIsAGapAtTheNextOne)
{
    auto records = buildChain(10);
    records.erase(records.begin() + 4); // event 5
    const auto broken = verify(records);
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->kind, AuditBreakKind::SequenceGap);
    EXPECT_EQ(broken->sequence, 6);
    EXPECT_NE(broken->detail.find("events 5 to 5 are missing"), std::string::npos)
        << broken->detail;
}

TEST(AuditChainVerifier, ADeletedFirstEventIsAGap)
{
    auto records = buildChain(3);
    records.erase(records.begin());
    const auto broken = verify(records);
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->kind, AuditBreakKind::SequenceGap);
    EXPECT_EQ(broken->sequence, 2);
}

TEST(AuditChainVerifier, SwappedContentsBreakAtTheFirstSwappedEvent)
{
    auto records = buildChain(10);
    std::swap(records[3].event, records[6].event);
    const auto broken = verify(records);
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->kind, AuditBreakKind::HashMismatch);
    EXPECT_EQ(broken->sequence, 4);
}

TEST(AuditChainVerifier, AnEventRelinkedToAnotherPredecessorIsAPrevHashMismatch)
{
    auto records = buildChain(6);
    records[3].prevHash = records[1].hash; // its own hash recomputed, so only the link is wrong
    records[3].hash = chainHash(records[3].prevHash, canonicalFormV1(records[3]));
    const auto broken = verify(records);
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->kind, AuditBreakKind::PrevHashMismatch);
    EXPECT_EQ(broken->sequence, 4);
}

TEST(AuditChainVerifier, AnUnknownFormatIsRefused)
{
    auto records = buildChain(3);
    records[1].format = 2;
    const auto broken = verify(records);
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->kind, AuditBreakKind::UnsupportedFormat);
    EXPECT_EQ(broken->sequence, 2);
}

TEST(AuditChainVerifier, AChainReHashedEndToEndIsCaughtOnlyByACheckpoint)
{
    auto records = buildChain(12);
    const AuditCheckpoint early = checkpointAt(records, 2);
    const AuditCheckpoint late = checkpointAt(records, 9);
    records[5].event.action = "client.exported";
    rehashFrom(records, 5);

    EXPECT_EQ(verify(records), std::nullopt) << "internally consistent";
    const auto broken = verify(records, {early, late});
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->kind, AuditBreakKind::CheckpointMismatch);
    EXPECT_EQ(broken->sequence, 10);
    EXPECT_NE(broken->detail.find("rewritten after event 3"), std::string::npos) << broken->detail;
}

TEST(AuditChainVerifier, ATruncatedTailIsCaughtByACheckpointBeyondTheEnd)
{
    auto records = buildChain(12);
    const AuditCheckpoint last = checkpointAt(records, 11);
    records.resize(8);

    EXPECT_EQ(verify(records), std::nullopt);
    const auto broken = verify(records, {last});
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->kind, AuditBreakKind::CheckpointBeyondChain);
    EXPECT_EQ(broken->sequence, 9);
    EXPECT_TRUE(broken->eventId.empty());
}

TEST(AuditChainVerifier, CheckpointsMayComeInAnyOrder)
{
    const auto records = buildChain(8);
    EXPECT_EQ(verify(records, {checkpointAt(records, 7), checkpointAt(records, 1),
                               checkpointAt(records, 7)}),
              std::nullopt);
}

TEST(AuditChainVerifier, StopsAtTheFirstBreak)
{
    auto records = buildChain(10);
    records[2].event.action = "x.y";
    records[7].event.action = "x.y";
    AuditChainVerifier verifier({});
    EXPECT_TRUE(verifier.add(records[0]));
    EXPECT_TRUE(verifier.add(records[1]));
    EXPECT_FALSE(verifier.add(records[2]));
    EXPECT_FALSE(verifier.add(records[3]));
    EXPECT_EQ(verifier.finish()->sequence, 3);
    EXPECT_EQ(verifier.eventsChecked(), 2);
}

TEST(AuditChainVerifier, BreakKindsHaveStableNames)
{
    EXPECT_EQ(auditBreakKindName(AuditBreakKind::SequenceGap), "sequence_gap");
    EXPECT_EQ(auditBreakKindName(AuditBreakKind::PrevHashMismatch), "prev_hash_mismatch");
    EXPECT_EQ(auditBreakKindName(AuditBreakKind::HashMismatch), "hash_mismatch");
    EXPECT_EQ(auditBreakKindName(AuditBreakKind::CheckpointMismatch), "checkpoint_mismatch");
    EXPECT_EQ(auditBreakKindName(AuditBreakKind::CheckpointBeyondChain), "checkpoint_beyond_chain");
}

} // namespace fitflow::audit
