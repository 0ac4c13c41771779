// Client assignment (matrix "Client Assign"): owner any client, manager the clients they
// administer, trainer admin within their team; trainers never; other tenants' ids are 404.
#include "tests/integration/orgadmin/OrgAdminFixture.h"

namespace fitflow::test {
namespace {

class ClientAssignmentEndpoints : public OrgAdminFixture {
protected:
    std::string assignmentPath(const std::string& org, const std::string& client,
                               const std::string& trainer)
    {
        return orgPath(org, "/clients/" + client + "/trainers/" + trainer);
    }

    long long assignments(const std::string& client, const std::string& trainer)
    {
        return superuserCount("SELECT count(*) FROM client_trainers WHERE client_id = '" + client +
                              "' AND trainer_user_id = '" + trainer + "'");
    }
};

TEST_F(ClientAssignmentEndpoints, OwnerAssignsAndUnassignsIdempotently)
{
    const std::string northside = orgId(kNorthside);
    const std::string client = clientAt("Toronto", kSam);
    const std::string alex = userId(kAlex);
    const std::string path = assignmentPath(northside, client, alex);

    ASSERT_EQ(statusOf(putAs(tokenFor(kOwner), path, nlohmann::json::object())), 204);
    EXPECT_EQ(assignments(client, alex), 1);
    EXPECT_EQ(statusOf(putAs(tokenFor(kOwner), path, nlohmann::json::object())), 204);
    EXPECT_EQ(assignments(client, alex), 1);
    EXPECT_EQ(statusOf(deleteAs(tokenFor(kOwner), path)), 204);
    EXPECT_EQ(assignments(client, alex), 0);
    EXPECT_EQ(statusOf(deleteAs(tokenFor(kOwner), path)), 404);
    EXPECT_EQ(auditCount("client.assign_trainer"), 2);
    EXPECT_EQ(auditCount("client.unassign_trainer"), 1);

    // Only active trainers: the manager's user is no trainer.
    EXPECT_EQ(statusOf(putAs(tokenFor(kOwner), assignmentPath(northside, client, userId(kManager)),
                             nlohmann::json::object())),
              404);
}

TEST_F(ClientAssignmentEndpoints, ManagerTrainerAdminAndTrainerFollowTheMatrix)
{
    const std::string northside = orgId(kNorthside);
    const std::string montrealClient = clientAt("Montréal", kAlex);
    const std::string torontoClient = clientAt("Toronto", kSam);
    const std::string sam = userId(kSam);
    const std::string alex = userId(kAlex);

    EXPECT_EQ(statusOf(putAs(tokenFor(kManager), assignmentPath(northside, montrealClient, sam),
                             nlohmann::json::object())),
              204);
    EXPECT_EQ(assignments(montrealClient, sam), 1);
    // Not a client the Montréal manager administers: it does not exist for them.
    EXPECT_EQ(statusOf(putAs(tokenFor(kManager), assignmentPath(northside, torontoClient, alex),
                             nlohmann::json::object())),
              404);
    EXPECT_EQ(assignments(torontoClient, alex), 0);
    // A trainer may never assign.
    EXPECT_EQ(statusOf(putAs(tokenFor(kSam), assignmentPath(northside, torontoClient, alex),
                             nlohmann::json::object())),
              403);

    // Sam becomes a trainer admin leading Alex: he assigns his team's clients within the team.
    superuserExec("UPDATE memberships SET role = 'trainer_admin' WHERE id = '" +
                  membershipId(kSam, kNorthside, "trainer") + "'");
    superuserExec("UPDATE memberships SET team_lead_user_id = '" + sam + "' WHERE id = '" +
                  membershipId(kAlex, kNorthside, "trainer") + "'");
    const std::string samAdmin = accessTokenFor(kSam);
    EXPECT_EQ(statusOf(putAs(samAdmin, assignmentPath(northside, torontoClient, alex),
                             nlohmann::json::object())),
              204);
    EXPECT_EQ(assignments(torontoClient, alex), 1);
    // Outside the team: the owner is no team member (and no trainer).
    EXPECT_EQ(statusOf(putAs(samAdmin, assignmentPath(northside, torontoClient, userId(kOwner)),
                             nlohmann::json::object())),
              403);
}

TEST_F(ClientAssignmentEndpoints, CrossTenantIdsAre404AndWriteNothing)
{
    const std::string northside = orgId(kNorthside);
    const std::string practice = orgId(kPractice);
    const std::string practiceClient = clientAt("Vancouver", kAlex);
    const std::string northsideClient = clientAt("Toronto", kSam);
    const long long before = superuserCount("SELECT count(*) FROM client_trainers");

    EXPECT_EQ(
        statusOf(putAs(tokenFor(kOwner), assignmentPath(northside, practiceClient, userId(kSam)),
                       nlohmann::json::object())),
        404);
    EXPECT_EQ(statusOf(deleteAs(tokenFor(kOwner),
                                assignmentPath(northside, practiceClient, userId(kAlex)))),
              404);
    EXPECT_EQ(
        statusOf(putAs(tokenFor(kAlex), assignmentPath(practice, northsideClient, userId(kAlex)),
                       nlohmann::json::object())),
        404);
    EXPECT_EQ(
        statusOf(putAs(tokenFor(kOwner), assignmentPath(practice, practiceClient, userId(kSam)),
                       nlohmann::json::object())),
        404);
    EXPECT_EQ(
        statusOf(putAs(tokenFor(kOwner), assignmentPath(northside, "not-a-uuid", userId(kSam)),
                       nlohmann::json::object())),
        404);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM client_trainers"), before);
    EXPECT_EQ(auditCount("client.assign_trainer"), 0);
}

} // namespace
} // namespace fitflow::test
