// Push batches applied as set-based runs (consecutive writes of one organization and entity):
// per-mutation results, merges and audit events must be exactly those of one-at-a-time
// application, including when the database refuses one write and the run falls back.

#include "tests/integration/sync/SyncApiFixture.h"

namespace fitflow::test {

namespace {

class SyncPushRuns : public SyncApiFixture {
protected:
    void SetUp() override
    {
        SyncApiFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_northside = orgId(kNorthsideName);
    }

    nlohmann::json newClient(std::int64_t id, const Device& device, const std::string& clientId,
                             const std::string& firstName, std::int64_t at)
    {
        return write(id, m_northside, "client", clientId, stamp(device, at),
                     {{"first_name", firstName}, {"last_name", "Run"}});
    }

    std::string userId(const std::string& email)
    {
        return superuserText("SELECT id::text FROM users WHERE email = '" + email + "'");
    }

    long long auditEventsFor(const std::string& clientId)
    {
        return superuserCount("SELECT count(*) FROM audit_events WHERE action = "
                              "'sync.client.write' AND object_id = '" +
                              clientId + "'");
    }

    std::string m_northside;
};

TEST_F(SyncPushRuns, ARefusedWriteInARunIsRejectedAloneAndTheOthersApply)
{
    const Device samsPhone = deviceOf(kSam);
    const std::string sam = userId(kSam);
    const std::string alexClient = alexsClientIn(m_northside);
    const auto before =
        superuserText("SELECT given_name FROM clients WHERE id = '" + alexClient + "'");
    const std::string first = randomUuid();
    const std::string last = randomUuid();
    const auto t = nowMilliseconds();
    // Alex's client is invisible to Sam, so it looks new; the database refuses its insert
    // (the id exists), which fails the set-based insert of the whole run.
    const auto answer = pushOk(samsPhone, {newClient(1, samsPhone, first, "First", t),
                                           newClient(2, samsPhone, alexClient, "Stolen", t),
                                           newClient(3, samsPhone, last, "Last", t)});
    EXPECT_EQ(answer["acknowledged_through"], 3);
    ASSERT_EQ(answer["rejections"].size(), 1U) << answer.dump();
    EXPECT_EQ(answer["rejections"][0]["mutation_id"], 2);
    EXPECT_EQ(answer["rejections"][0]["code"], "validation_failed");
    EXPECT_EQ(superuserText("SELECT given_name FROM clients WHERE id = '" + alexClient + "'"),
              before);
    for (const auto& created : {first, last}) {
        EXPECT_EQ(superuserText("SELECT string_agg(trainer_user_id::text, ',') FROM "
                                "client_trainers WHERE client_id = '" +
                                created + "'"),
                  sam);
        EXPECT_EQ(auditEventsFor(created), 1);
    }
    EXPECT_EQ(auditEventsFor(alexClient), 0);
}

TEST_F(SyncPushRuns, ARunMergesIntoStoredRowsCreatesNewOnesAndRejectsPerMutation)
{
    const Device laptop = deviceOf(kAlex);
    const std::string kept = randomUuid();
    const std::string renamed = randomUuid();
    const auto t = nowMilliseconds();
    pushOk(laptop,
           {newClient(1, laptop, kept, "Kept", t), newClient(2, laptop, renamed, "Old", t)});

    const std::string added = randomUuid();
    const std::string incomplete = randomUuid();
    const auto answer = pushOk(
        laptop,
        {write(3, m_northside, "client", kept, stamp(laptop, t - 1000), {{"first_name", "Stale"}}),
         write(4, m_northside, "client", renamed, stamp(laptop, t + 1), {{"first_name", "New"}}),
         write(5, m_northside, "client", incomplete, stamp(laptop, t + 1),
               {{"first_name", "NoLastName"}}),
         newClient(6, laptop, added, "Added", t + 1)});
    EXPECT_EQ(answer["acknowledged_through"], 6);
    ASSERT_EQ(answer["rejections"].size(), 1U) << answer.dump();
    EXPECT_EQ(answer["rejections"][0]["mutation_id"], 5);
    EXPECT_EQ(answer["rejections"][0]["code"], "missing_field");

    EXPECT_EQ(superuserText("SELECT given_name FROM clients WHERE id = '" + kept + "'"), "Kept");
    EXPECT_EQ(superuserText("SELECT given_name || ' ' || family_name FROM clients WHERE id = '" +
                            renamed + "'"),
              "New Run");
    EXPECT_EQ(superuserText("SELECT field_stamps ->> 'first_name' FROM clients WHERE id = '" +
                            renamed + "'"),
              stamp(laptop, t + 1));
    EXPECT_EQ(superuserText("SELECT field_stamps ->> 'last_name' FROM clients WHERE id = '" +
                            renamed + "'"),
              stamp(laptop, t));
    EXPECT_EQ(superuserCount("SELECT count(*) FROM clients WHERE id = '" + incomplete + "'"), 0);
    EXPECT_EQ(superuserText("SELECT given_name FROM clients WHERE id = '" + added + "'"), "Added");
    // One event per applied mutation, the stale (already merged) write included.
    EXPECT_EQ(auditEventsFor(kept), 2);
    EXPECT_EQ(auditEventsFor(renamed), 2);
    EXPECT_EQ(auditEventsFor(added), 1);
    EXPECT_EQ(auditEventsFor(incomplete), 0);
    // The rows written in one run share the transaction's version.
    EXPECT_EQ(superuserCount("SELECT count(DISTINCT server_version) FROM clients WHERE id IN ('" +
                             renamed + "', '" + added + "')"),
              1);
}

TEST_F(SyncPushRuns, TheSameRecordTwiceInABatchMergesInOrder)
{
    const Device laptop = deviceOf(kAlex);
    const std::string client = randomUuid();
    const std::string other = randomUuid();
    const auto t = nowMilliseconds();
    const auto answer = pushOk(
        laptop,
        {newClient(1, laptop, client, "Draft", t), newClient(2, laptop, other, "Other", t),
         write(3, m_northside, "client", client, stamp(laptop, t + 1), {{"first_name", "Final"}}),
         write(4, m_northside, "client", client, stamp(laptop, t + 2),
               {{"email", "final@example.com"}})});
    EXPECT_TRUE(answer["rejections"].empty()) << answer.dump();
    EXPECT_EQ(
        superuserText("SELECT given_name || ' ' || email FROM clients WHERE id = '" + client + "'"),
        "Final final@example.com");
    EXPECT_EQ(auditEventsFor(client), 3);
    EXPECT_EQ(
        superuserCount("SELECT count(*) FROM client_trainers WHERE client_id = '" + client + "'"),
        1);
}

TEST_F(SyncPushRuns, EventsAppendedTogetherAreEachAValidLinkOfTheChain)
{
    const Device laptop = deviceOf(kAlex);
    std::vector<nlohmann::json> batch;
    const auto t = nowMilliseconds();
    for (std::int64_t id = 1; id <= 20; ++id) {
        batch.push_back(newClient(id, laptop, randomUuid(), "Chain" + std::to_string(id), t));
    }
    const auto answer = pushOk(laptop, batch);
    EXPECT_TRUE(answer["rejections"].empty()) << answer.dump();
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events WHERE device_id = '" + laptop.id +
                             "' AND action = 'sync.client.write'"),
              20);
    // Every event of the chain links to its predecessor and its hash is the canonical one.
    EXPECT_EQ(superuserCount(
                  "SELECT count(*) FROM (SELECT seq, prev_hash, hash, lag(hash) OVER (ORDER BY "
                  "seq) AS previous, lag(seq) OVER (ORDER BY seq) AS previous_seq, "
                  "sha256(prev_hash || convert_to(audit_canonical_v1(seq, id, org_id, "
                  "occurred_at, actor_user_id, device_id, action, object_type, object_id), "
                  "'UTF8')) AS recomputed FROM audit_events) chain "
                  "WHERE hash <> recomputed OR (previous IS NOT NULL AND (prev_hash <> previous "
                  "OR seq <> previous_seq + 1))"),
              0);
}

} // namespace

} // namespace fitflow::test
