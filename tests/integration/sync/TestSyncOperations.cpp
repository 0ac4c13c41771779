// The operator commands through the real fitflow-server binary against the real server:
// `sync new-epoch` answers every old cursor with `reset` and lets a device resume its pushes
// once after the gap a restore leaves; `sync purge-tombstones` refuses a horizon under 180 days
// without --force, deletes old tombstones and answers cursors behind them `resync_required`.
// Also rows entering and leaving a manager's scope through sessions (migration 0008).

#include "tests/integration/sync/SyncApiFixture.h"
#include "tests/support/server/TempDirectory.h"

#include <set>
#include <sstream>

namespace fitflow::test {

namespace {

constexpr std::int64_t kDayMilliseconds = 24LL * 3600 * 1000;

class SyncOperations : public SyncApiFixture {
protected:
    void SetUp() override
    {
        SyncApiFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_northside = orgId(kNorthsideName);
    }

    ProcessOutput serverCommand(const std::vector<std::string>& arguments)
    {
        return ServerProcess::run(FITFLOW_SERVER_BINARY, arguments,
                                  {{"FITFLOW_MIGRATION_DATABASE_URL", database().ownerUrl()}},
                                  m_work.path());
    }

    std::string errorCodeOf(const httplib::Result& answer)
    {
        if (!answer) {
            return "no answer";
        }
        return nlohmann::json::parse(answer->body, nullptr, false)
            .value("error", nlohmann::json::object())
            .value("code", std::string{});
    }

    std::string locationNamed(const std::string& name)
    {
        return superuserText("SELECT id::text FROM locations WHERE org_id = '" + m_northside +
                             "' AND name = '" + name + "'");
    }

    // A new client at home in `location` with no sessions: only that location's managers (and
    // the owner) see it.
    std::string clientAtHome(const std::string& location)
    {
        const std::string id = randomUuid();
        superuserExec("INSERT INTO clients (org_id, id, given_name, family_name, home_location_id) "
                      "VALUES ('" +
                      m_northside + "', '" + id + "', 'Scope', 'Test', '" + location + "')");
        return id;
    }

    std::string userId(const std::string& email)
    {
        return superuserText("SELECT id::text FROM users WHERE email = '" + email + "'");
    }

    std::string m_northside;
    TempDirectory m_work{"fitflow-sync-operations-test"};
};

TEST_F(SyncOperations, NewEpochResetsEveryCursorAndIsAuditedPerOrganization)
{
    const Device laptop = deviceOf(kAlex);
    const auto cursor = pullOk(laptop, m_northside)["cursor"];
    const ProcessOutput renewed = serverCommand({"sync", "new-epoch"});
    ASSERT_EQ(renewed.exitCode, 0) << renewed.err;

    std::istringstream lines(renewed.out);
    std::set<std::string> organizations;
    std::string org;
    std::string epoch;
    while (lines >> org >> epoch) {
        organizations.insert(org);
        EXPECT_EQ(
            superuserText("SELECT epoch::text FROM sync_org_state WHERE org_id = '" + org + "'"),
            epoch);
    }
    EXPECT_EQ(static_cast<long long>(organizations.size()),
              superuserCount("SELECT count(*) FROM organizations"));
    EXPECT_TRUE(organizations.contains(m_northside));
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events WHERE action = "
                             "'sync.epoch_renewed'"),
              static_cast<long long>(organizations.size()));

    const auto answer = pull(laptop, m_northside, cursor);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 409);
    EXPECT_EQ(errorCodeOf(answer), "reset");
    EXPECT_TRUE(pullOk(laptop, m_northside)["snapshot"].get<bool>());
}

TEST_F(SyncOperations, AfterNewEpochADevicePushResumesOnceAcrossTheGapOfARestore)
{
    const Device laptop = deviceOf(kAlex);
    const std::string hlc = stamp(laptop, nowMilliseconds());
    pushOk(laptop, {write(1, m_northside, "client", randomUuid(), hlc,
                          {{"first_name", "Before"}, {"last_name", "Backup"}})});
    // The device already dropped 2..4 (acknowledged by the server that was lost): it starts at 5.
    const std::string resumed = randomUuid();
    const auto refused =
        push(laptop, {write(5, m_northside, "client", resumed, stamp(laptop, nowMilliseconds()),
                            {{"first_name", "After"}, {"last_name", "Restore"}})});
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 409);
    EXPECT_EQ(errorCodeOf(refused), "mutation_gap");

    ASSERT_EQ(serverCommand({"sync", "new-epoch"}).exitCode, 0);
    const auto accepted =
        pushOk(laptop, {write(5, m_northside, "client", resumed, stamp(laptop, nowMilliseconds()),
                              {{"first_name", "After"}, {"last_name", "Restore"}})});
    EXPECT_EQ(accepted["acknowledged_through"], 5);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM clients WHERE id = '" + resumed + "'"), 1);

    // Only once: a later gap is refused again.
    const auto later = push(
        laptop, {write(7, m_northside, "client", randomUuid(), stamp(laptop, nowMilliseconds()),
                       {{"first_name", "Gap"}, {"last_name", "Again"}})});
    ASSERT_TRUE(later);
    EXPECT_EQ(later->status, 409);
}

TEST_F(SyncOperations, PurgeUnderTheMinimumNeedsForceAndRejectsBadOptions)
{
    const ProcessOutput young =
        serverCommand({"sync", "purge-tombstones", "--older-than-days", "30"});
    EXPECT_EQ(young.exitCode, 2);
    EXPECT_NE(young.err.find("180"), std::string::npos) << young.err;
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events WHERE action = "
                             "'sync.tombstones_purged'"),
              0);
    for (const std::vector<std::string>& bad :
         {std::vector<std::string>{"sync", "purge-tombstones", "--older-than-days", "ten"},
          std::vector<std::string>{"sync", "purge-tombstones", "--older-than-days"},
          std::vector<std::string>{"sync", "purge-tombstones", "--everything"},
          std::vector<std::string>{"sync", "new-epoch", "--now"},
          std::vector<std::string>{"sync", "rewind"}, std::vector<std::string>{"sync"}}) {
        EXPECT_EQ(serverCommand(bad).exitCode, 2) << bad.back();
    }
    const ProcessOutput forced =
        serverCommand({"sync", "purge-tombstones", "--older-than-days", "30", "--force"});
    EXPECT_EQ(forced.exitCode, 0) << forced.err;
}

TEST_F(SyncOperations, PurgedTombstonesAreGoneAndCursorsBehindThemMustResync)
{
    // Only an owner may delete a client (and nobody a session) through sync.
    const Device ownerLaptop = deviceOf("owner@demo.fitflow.test");
    const auto before = pullOk(ownerLaptop, m_northside)["cursor"];

    // A client created and deleted 200 days ago (device clock), and one deleted just now.
    const std::int64_t old = nowMilliseconds() - 200 * kDayMilliseconds;
    const std::string oldClient = randomUuid();
    const std::string recentClient = randomUuid();
    const nlohmann::json fields{{"first_name", "Purge"}, {"last_name", "Candidate"}};
    const auto deleteOf = [this](std::int64_t id, const std::string& entityId,
                                 const std::string& hlc) {
        return nlohmann::json{{"id", id},
                              {"org_id", m_northside},
                              {"entity", "client"},
                              {"entity_id", entityId},
                              {"change", {{"operation", "delete"}, {"stamp", hlc}}}};
    };
    const auto pushed = pushOk(
        ownerLaptop, {write(1, m_northside, "client", oldClient, stamp(ownerLaptop, old), fields),
                      deleteOf(2, oldClient, stamp(ownerLaptop, old + 1)),
                      write(3, m_northside, "client", recentClient,
                            stamp(ownerLaptop, nowMilliseconds()), fields),
                      deleteOf(4, recentClient, stamp(ownerLaptop, nowMilliseconds() + 1))});
    ASSERT_TRUE(pushed["rejections"].empty()) << pushed.dump();
    const long long tombstoneVersion =
        superuserCount("SELECT server_version FROM clients WHERE id = '" + oldClient + "'");

    const ProcessOutput purged = serverCommand({"sync", "purge-tombstones"});
    ASSERT_EQ(purged.exitCode, 0) << purged.err;
    EXPECT_NE(purged.out.find(m_northside + " clients=1 sessions=0 kept=0"), std::string::npos)
        << purged.out;
    EXPECT_EQ(superuserCount("SELECT count(*) FROM clients WHERE id = '" + oldClient + "'"), 0);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM clients WHERE deleted AND id = '" +
                             recentClient + "'"),
              1);
    EXPECT_EQ(superuserCount("SELECT tombstone_horizon FROM sync_org_state WHERE org_id = '" +
                             m_northside + "'"),
              tombstoneVersion);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events WHERE action = "
                             "'sync.tombstones_purged' AND object_id = '" +
                             m_northside + "'"),
              1);

    const auto stale = pull(ownerLaptop, m_northside, before);
    ASSERT_TRUE(stale);
    EXPECT_EQ(stale->status, 409);
    EXPECT_EQ(errorCodeOf(stale), "resync_required");
    const auto fresh = pullAll(ownerLaptop, m_northside);
    EXPECT_EQ(findChange(fresh, "client", oldClient), nullptr);
    ASSERT_NE(findChange(fresh, "client", recentClient), nullptr);
    EXPECT_FALSE((*findChange(fresh, "client", recentClient))["record"]["deleted"].is_null());

    // Running it again purges nothing more and keeps the horizon.
    const ProcessOutput again = serverCommand({"sync", "purge-tombstones"});
    EXPECT_NE(again.out.find(m_northside + " clients=0 sessions=0 kept=0 horizon=" +
                             std::to_string(tombstoneVersion)),
              std::string::npos)
        << again.out;
}

TEST_F(SyncOperations, OldTombstonesStillReferencedAreKept)
{
    const Device ownerLaptop = deviceOf("owner@demo.fitflow.test");
    // A client with sessions: the session rows still point at it.
    const std::string client = superuserText(
        "SELECT client_id::text FROM sessions WHERE org_id = '" + m_northside + "' LIMIT 1");
    const auto pushed =
        pushOk(ownerLaptop,
               {{{"id", 1},
                 {"org_id", m_northside},
                 {"entity", "client"},
                 {"entity_id", client},
                 {"change",
                  {{"operation", "delete"},
                   {"stamp", stamp(ownerLaptop, nowMilliseconds() - 200 * kDayMilliseconds)}}}}});
    ASSERT_TRUE(pushed["rejections"].empty()) << pushed.dump();
    ASSERT_EQ(
        superuserCount("SELECT count(*) FROM clients WHERE deleted AND id = '" + client + "'"), 1);
    const ProcessOutput purged = serverCommand({"sync", "purge-tombstones"});
    ASSERT_EQ(purged.exitCode, 0) << purged.err;
    EXPECT_NE(purged.out.find(m_northside + " clients=0 sessions=0 kept=1"), std::string::npos)
        << purged.out;
    EXPECT_EQ(superuserCount("SELECT count(*) FROM clients WHERE id = '" + client + "'"), 1);
}

TEST_F(SyncOperations, AClientEntersAManagersScopeWithASessionAtTheirLocationAndLeavesWithIt)
{
    const Device managerLaptop = deviceOf("manager@demo.fitflow.test");
    const std::string client = clientAtHome(locationNamed("Toronto"));
    const auto first = pullAll(managerLaptop, m_northside);
    ASSERT_EQ(findChange(first, "client", client), nullptr) << "the manager saw it already";
    const auto cursor = pullOk(managerLaptop, m_northside)["cursor"];

    const std::string session = randomUuid();
    superuserExec("INSERT INTO sessions (org_id, id, client_id, trainer_user_id, location_id, "
                  "starts_at, ends_at) VALUES ('" +
                  m_northside + "', '" + session + "', '" + client + "', '" + userId(kAlex) +
                  "', '" + locationNamed("Montréal") +
                  "', '2026-12-02T10:00:00Z', '2026-12-02T11:00:00Z')");
    const auto entered = pullOk(managerLaptop, m_northside, cursor);
    EXPECT_FALSE(entered["snapshot"].get<bool>());
    const std::vector<nlohmann::json> enteredChanges(entered["changes"].begin(),
                                                     entered["changes"].end());
    EXPECT_NE(findChange(enteredChanges, "client", client), nullptr);
    EXPECT_NE(findChange(enteredChanges, "session", session), nullptr);

    superuserExec("UPDATE sessions SET location_id = '" + locationNamed("Toronto") +
                  "' WHERE id = '" + session + "'");
    const auto left = pullOk(managerLaptop, m_northside, entered["cursor"]);
    EXPECT_TRUE(left["snapshot"].get<bool>()) << "the device must drop what it no longer sees";
    std::vector<nlohmann::json> snapshot(left["changes"].begin(), left["changes"].end());
    for (auto page = left; page["has_more"].get<bool>();) {
        page = pullOk(managerLaptop, m_northside, page["cursor"]);
        snapshot.insert(snapshot.end(), page["changes"].begin(), page["changes"].end());
    }
    EXPECT_EQ(findChange(snapshot, "client", client), nullptr);
    EXPECT_EQ(findChange(snapshot, "session", session), nullptr);
}

TEST_F(SyncOperations, ChangedHomeLocationStartsASnapshotForTheOldManager)
{
    const Device managerLaptop = deviceOf("manager@demo.fitflow.test");
    const std::string client = clientAtHome(locationNamed("Montréal"));
    ASSERT_NE(findChange(pullAll(managerLaptop, m_northside), "client", client), nullptr);
    const auto cursor = pullOk(managerLaptop, m_northside)["cursor"];
    superuserExec("UPDATE clients SET home_location_id = '" + locationNamed("Toronto") +
                  "' WHERE id = '" + client + "'");
    const auto page = pullOk(managerLaptop, m_northside, cursor);
    EXPECT_TRUE(page["snapshot"].get<bool>());
    std::vector<nlohmann::json> snapshot(page["changes"].begin(), page["changes"].end());
    for (auto next = page; next["has_more"].get<bool>();) {
        next = pullOk(managerLaptop, m_northside, next["cursor"]);
        snapshot.insert(snapshot.end(), next["changes"].begin(), next["changes"].end());
    }
    EXPECT_EQ(findChange(snapshot, "client", client), nullptr);
}

} // namespace

} // namespace fitflow::test
