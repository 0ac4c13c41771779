// `fitflow-server audit verify` (the real binary) against a chain tampered with as the
// superuser: each tamper makes it exit 1 and name the first broken event; re-hashing the whole
// chain and truncating its tail are caught through the checkpoint file written before.

#include "tests/integration/audit/AuditTestDatabase.h"
#include "tests/support/server/ServerProcess.h"
#include "tests/support/server/TempDirectory.h"

#include <cctype>
#include <fstream>

namespace fitflow::test {

namespace {

constexpr int kEvents = 10;

// Re-links every event from `fromSeq` on with freshly computed hashes: a consistent forgery.
std::string rehashFrom(int fromSeq)
{
    return "DO $$ DECLARE r record; prev bytea; BEGIN "
           "SELECT hash INTO prev FROM audit_events WHERE seq = " +
           std::to_string(fromSeq - 1) +
           "; FOR r IN SELECT * FROM audit_events WHERE seq >= " + std::to_string(fromSeq) +
           " ORDER BY seq LOOP "
           "UPDATE audit_events SET prev_hash = prev, hash = sha256(prev || convert_to("
           "audit_canonical_v1(r.seq, r.id, r.org_id, r.occurred_at, r.actor_user_id, "
           "r.device_id, r.action, r.object_type, r.object_id), 'UTF8')) "
           "WHERE seq = r.seq RETURNING hash INTO prev; END LOOP; "
           "UPDATE audit_chain_head SET last_seq = (SELECT max(seq) FROM audit_events), "
           "last_hash = prev; END $$";
}

class AuditVerifyCommand : public AuditTestDatabase {
protected:
    void SetUp() override
    {
        AuditTestDatabase::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        appendEvents(kEvents);
    }

    ProcessOutput run(const std::string& subcommand, bool withCheckpointFile = true)
    {
        Environment environment{{"FITFLOW_MIGRATION_DATABASE_URL", database().ownerUrl()}};
        if (withCheckpointFile) {
            environment["FITFLOW_AUDIT_CHECKPOINT_FILE"] = checkpointFile();
        }
        return ServerProcess::run(FITFLOW_SERVER_BINARY, {"audit", subcommand}, environment,
                                  m_work.path());
    }

    std::string checkpointFile() const { return m_work.path() + "/audit-checkpoints.jsonl"; }

    // Verify must fail and name `sequence` as the first broken event, for `kind`.
    void expectBrokenAt(int sequence, const std::string& kind, bool withCheckpointFile = true)
    {
        const ProcessOutput verified = run("verify", withCheckpointFile);
        EXPECT_EQ(verified.exitCode, 1) << verified.out << verified.err;
        const std::string named = "first broken event " + std::to_string(sequence);
        const auto at = verified.out.find(named);
        ASSERT_NE(at, std::string::npos) << verified.out;
        EXPECT_FALSE(std::isdigit(static_cast<unsigned char>(verified.out[at + named.size()])))
            << verified.out;
        EXPECT_NE(verified.out.find(kind), std::string::npos) << verified.out;
    }

    TempDirectory m_work{"fitflow-audit"};
};

} // namespace

TEST_F(AuditVerifyCommand, AnIntactChainVerifiesWithItsCheckpoints)
{
    const ProcessOutput checkpoint = run("checkpoint");
    ASSERT_EQ(checkpoint.exitCode, 0) << checkpoint.err;
    EXPECT_NE(checkpoint.out.find("event 10"), std::string::npos) << checkpoint.out;
    appendEvents(2);
    ASSERT_EQ(run("checkpoint").exitCode, 0);

    std::ifstream file(checkpointFile());
    std::string line;
    int lines = 0;
    while (std::getline(file, line)) {
        ++lines;
    }
    EXPECT_EQ(lines, 2);

    const ProcessOutput verified = run("verify");
    EXPECT_EQ(verified.exitCode, 0) << verified.out << verified.err;
    EXPECT_NE(verified.out.find("audit chain ok: 12 events, 2 checkpoints"), std::string::npos)
        << verified.out;
}

TEST_F(AuditVerifyCommand, AnEditedActionIsNamed)
{
    tamper("UPDATE audit_events SET action = 'client.deleted' WHERE seq = 5");
    expectBrokenAt(5, "hash_mismatch");
}

TEST_F(AuditVerifyCommand, ADeletedMiddleEventIsNamed)
{
    tamper("DELETE FROM audit_events WHERE seq = 5");
    expectBrokenAt(6, "sequence_gap");
}

TEST_F(AuditVerifyCommand, SwappedEventContentsAreNamed)
{
    tamper("UPDATE audit_events a SET actor_user_id = b.actor_user_id, object_id = b.object_id "
           "FROM audit_events b WHERE (a.seq, b.seq) IN ((4, 7), (7, 4))");
    expectBrokenAt(4, "hash_mismatch");
}

TEST_F(AuditVerifyCommand, ARelinkedEventIsAPrevHashMismatch)
{
    // Event 6 re-hashed on top of event 4, as if event 5 never existed, then renumbered.
    tamper("DELETE FROM audit_events WHERE seq = 5");
    tamper("UPDATE audit_events SET seq = seq - 1 WHERE seq > 5");
    expectBrokenAt(5, "prev_hash_mismatch");
}

TEST_F(AuditVerifyCommand, ARehashedChainIsCaughtOnlyThroughTheCheckpoint)
{
    ASSERT_EQ(run("checkpoint").exitCode, 0);
    tamper("UPDATE audit_events SET action = 'client.exported' WHERE seq = 3");
    tamper(rehashFrom(3));

    const ProcessOutput withoutCheckpoints = run("verify", false);
    EXPECT_EQ(withoutCheckpoints.exitCode, 0) << "the forgery is internally consistent";
    EXPECT_NE(withoutCheckpoints.err.find("cannot be detected"), std::string::npos);

    expectBrokenAt(kEvents, "checkpoint_mismatch");
}

TEST_F(AuditVerifyCommand, ATruncatedTailIsCaughtThroughTheCheckpoint)
{
    ASSERT_EQ(run("checkpoint").exitCode, 0);
    tamper("DELETE FROM audit_events WHERE seq > 7; "
           "UPDATE audit_chain_head SET last_seq = 7, "
           "last_hash = (SELECT hash FROM audit_events WHERE seq = 7)");
    EXPECT_EQ(run("verify", false).exitCode, 0);
    expectBrokenAt(8, "checkpoint_beyond_chain");
}

TEST_F(AuditVerifyCommand, ACorruptCheckpointFileFailsVerification)
{
    std::ofstream(checkpointFile()) << "{\"time\":\"soon\"}\n";
    const ProcessOutput verified = run("verify");
    EXPECT_EQ(verified.exitCode, 1);
    EXPECT_NE(verified.err.find("line 1"), std::string::npos) << verified.err;
}

TEST_F(AuditVerifyCommand, CheckpointNeedsTheFileVariable)
{
    const ProcessOutput checkpoint = run("checkpoint", false);
    EXPECT_EQ(checkpoint.exitCode, 2);
    EXPECT_NE(checkpoint.err.find("FITFLOW_AUDIT_CHECKPOINT_FILE"), std::string::npos);
}

} // namespace fitflow::test
