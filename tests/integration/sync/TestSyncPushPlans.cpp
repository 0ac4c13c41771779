// Push plans that do not depend on fresh statistics (migration 0020, generic plans in the push
// transaction): a trainer's new clients in an organization that grew since the last ANALYZE
// are still created and assigned exactly once, and the rewritten take_new_client test
// (fitflow_client_unassigned) still refuses a client that already has a trainer.

#include "tests/integration/sync/SyncApiFixture.h"

#include <pqxx/pqxx>

namespace fitflow::test {

namespace {

class SyncPushPlans : public SyncApiFixture {
protected:
    void SetUp() override
    {
        SyncApiFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_northside = orgId(kNorthsideName);
    }

    std::string userId(const std::string& email)
    {
        return superuserText("SELECT id::text FROM users WHERE email = '" + email + "'");
    }

    // Tries to assign `clientId` to `trainerId` as that trainer would: the application role,
    // the tenant context of a trainer of Northside. Returns whether the insert was allowed.
    bool trainerMayTake(const std::string& trainerId, const std::string& clientId)
    {
        pqxx::connection connection(database().appUrl());
        pqxx::work tx(connection);
        tx.exec_params("SELECT set_config('fitflow.org_id', $1, true), "
                       "set_config('fitflow.user_id', $2, true), "
                       "set_config('fitflow.role', 'trainer', true)",
                       m_northside, trainerId);
        try {
            tx.exec_params("INSERT INTO client_trainers (org_id, client_id, trainer_user_id) "
                           "VALUES ($1, $2, $3)",
                           m_northside, clientId, trainerId);
        } catch (const pqxx::sql_error&) {
            return false;
        }
        return true; // rolled back: the test only asks
    }

    std::string m_northside;
};

TEST_F(SyncPushPlans, ATrainersNewClientsInAGrowingOrganizationAreCreatedAndAssignedOnce)
{
    // Statistics taken now, then the organization grows by the pushes below without another
    // ANALYZE: the case in which custom plans read by organization.
    superuserExec("ANALYZE clients; ANALYZE client_trainers");
    const Device phone = deviceOf(kSam);
    const std::string sam = userId(kSam);
    const auto t = nowMilliseconds();
    std::vector<std::string> created;
    std::int64_t id = 0;
    for (int batch = 0; batch < 3; ++batch) {
        std::vector<nlohmann::json> mutations;
        for (int index = 0; index < 150; ++index) {
            created.push_back(randomUuid());
            ++id;
            mutations.push_back(write(id, m_northside, "client", created.back(),
                                      stamp(phone, t + id),
                                      {{"first_name", "Plan"}, {"last_name", "Growing"}}));
        }
        const auto answer = pushOk(phone, mutations);
        EXPECT_EQ(answer["acknowledged_through"], id);
        EXPECT_TRUE(answer["rejections"].empty()) << answer.dump();
    }
    // The last batch again: acknowledged, nothing written twice.
    const auto again =
        pushOk(phone, {write(id, m_northside, "client", created.back(), stamp(phone, t + id),
                             {{"first_name", "Plan"}, {"last_name", "Growing"}})});
    EXPECT_EQ(again["acknowledged_through"], id);
    const std::string createdList = "'" + [&] {
        std::string joined;
        for (const auto& clientId : created) {
            joined += (joined.empty() ? "" : "','") + clientId;
        }
        return joined;
    }() + "'";
    EXPECT_EQ(superuserCount("SELECT count(*) FROM clients WHERE id IN (" + createdList + ")"),
              450);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM client_trainers WHERE trainer_user_id = '" +
                             sam + "' AND client_id IN (" + createdList + ")"),
              450);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events WHERE action = "
                             "'sync.client.write' AND object_id IN (" +
                             createdList + ")"),
              450);
}

TEST_F(SyncPushPlans, ATrainerTakesOnlyAClientNobodyIsAssignedTo)
{
    const std::string sam = userId(kSam);
    const std::string alexClient = alexsClientIn(m_northside);
    ASSERT_FALSE(alexClient.empty());
    EXPECT_FALSE(trainerMayTake(sam, alexClient));

    const std::string unassigned = randomUuid();
    superuserExec("INSERT INTO clients (org_id, id, given_name, family_name) VALUES ('" +
                  m_northside + "', '" + unassigned + "', 'Nobody', 'Yet')");
    EXPECT_TRUE(trainerMayTake(sam, unassigned));
}

} // namespace

} // namespace fitflow::test
