// Migration 0015: a trainer's visibility computed once per statement (the team as an array, one
// probe per client) must answer exactly as 0002's per-row helpers did, for every role; and a
// multi-row assignment insert (one statement trigger) re-stamps each assigned client once.
// Migration 0022: client_trainers' `read` policy shortcut for the team's own assignments.

#include "tests/integration/schema/SchemaFixture.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <string>
#include <vector>

namespace fitflow::test {

namespace {

using namespace fixture;

storage::TenantContext actingAs(const char* userId, const char* role)
{
    return {kOrgA, userId, role};
}

// Every acting identity of organization A, including a claimed role the user does not hold.
std::vector<storage::TenantContext> everyIdentity()
{
    return {actingAs(kOwnerA, "owner"),
            actingAs(kManagerA, "manager"),
            actingAs(kTrainerAdminA, "trainer_admin"),
            actingAs(kTrainerA1, "trainer"),
            actingAs(kTrainerA2, "trainer"),
            actingAs(kClientUserA1, "client"),
            actingAs(kTrainerA1, "trainer_admin"),
            actingAs(kTrainerA1, "")};
}

std::string describe(const storage::TenantContext& context)
{
    return context.userId + " as '" + context.role + "'";
}

std::string quoted(const char* id)
{
    return "'" + std::string(id) + "'::uuid";
}

std::string teamContains(const char* userId)
{
    return "SELECT count(*) FROM unnest(fitflow_team_member_ids()) AS member WHERE member = " +
           quoted(userId);
}

void endMembershipOf(PgTestDatabase& database, const char* userId)
{
    pqxx::connection connection(database.superuserUrl());
    pqxx::work transaction(connection);
    transaction.exec("UPDATE memberships SET ended_at = now() - interval '1 minute' "
                     "WHERE user_id = " +
                     quoted(userId));
    transaction.commit();
}

class TrainerVisibilitySets : public SchemaFixture {};

} // namespace

TEST_F(TrainerVisibilitySets, TheTeamIsTheTrainerAndTheTrainersTheyLead)
{
    const std::string size = "SELECT coalesce(cardinality(fitflow_team_member_ids()), 0)";
    EXPECT_EQ(countAs(actingAs(kTrainerA1, "trainer"), size), 1);
    EXPECT_EQ(countAs(actingAs(kTrainerA1, "trainer"), teamContains(kTrainerA1)), 1);
    EXPECT_EQ(countAs(actingAs(kTrainerA2, "trainer"), teamContains(kTrainerA2)), 1);
    EXPECT_EQ(countAs(actingAs(kTrainerAdminA, "trainer_admin"), size), 2);
    EXPECT_EQ(countAs(actingAs(kTrainerAdminA, "trainer_admin"), teamContains(kTrainerAdminA)), 1);
    EXPECT_EQ(countAs(actingAs(kTrainerAdminA, "trainer_admin"), teamContains(kTrainerA1)), 1);
    // No team for other roles, nor for a role claimed without the membership.
    for (const auto& context :
         {actingAs(kOwnerA, "owner"), actingAs(kManagerA, "manager"),
          actingAs(kClientUserA1, "client"), actingAs(kTrainerA1, "trainer_admin"),
          actingAs(kTrainerA1, ""), storage::TenantContext{kOrgB, kTrainerA1, "trainer"}}) {
        EXPECT_EQ(countAs(context, size), 0) << describe(context);
    }
}

TEST_F(TrainerVisibilitySets, TheSetBasedTestsAnswerAsThePerRowHelpersForEveryRole)
{
    const std::string clients = "(VALUES (" + quoted(kClientA1) + "), (" + quoted(kClientA2) +
                                "), (" + quoted(kClientB) + ")) AS candidate (id)";
    const std::string users = "(VALUES (" + quoted(kOwnerA) + "), (" + quoted(kManagerA) + "), (" +
                              quoted(kTrainerAdminA) + "), (" + quoted(kTrainerA1) + "), (" +
                              quoted(kTrainerA2) + "), (" + quoted(kClientUserA1) + "), (" +
                              quoted(kTrainerB) + ")) AS candidate (id)";
    const std::string clientDisagreements =
        "SELECT count(*) FROM " + clients + " WHERE fitflow_team_has_client(" + quoted(kOrgA) +
        ", candidate.id, (SELECT fitflow_team_member_ids())) IS DISTINCT FROM "
        "fitflow_trainer_sees_client(candidate.id)";
    const std::string teamDisagreements =
        "SELECT count(*) FROM " + users +
        " WHERE (candidate.id = ANY (fitflow_team_member_ids())) IS DISTINCT FROM "
        "fitflow_team_includes(candidate.id)";
    for (const auto& context : everyIdentity()) {
        EXPECT_EQ(countAs(context, clientDisagreements), 0) << describe(context);
        EXPECT_EQ(countAs(context, teamDisagreements), 0) << describe(context);
    }
    // Not vacuous: the same probes see what the fixture assigned.
    const std::string sees = "SELECT count(*) FROM " + clients + " WHERE fitflow_team_has_client(" +
                             quoted(kOrgA) + ", candidate.id, (SELECT fitflow_team_member_ids()))";
    EXPECT_EQ(countAs(actingAs(kTrainerA1, "trainer"), sees), 1);
    EXPECT_EQ(countAs(actingAs(kTrainerA2, "trainer"), sees), 1);
    EXPECT_EQ(countAs(actingAs(kTrainerAdminA, "trainer_admin"), sees), 1);
    EXPECT_EQ(countAs(actingAs(kOwnerA, "owner"), sees), 0);
}

// Migration 0022: client_trainers' `read` policy lets the team's own assignments through
// without looking at their client; no identity may read an assignment of a client it cannot see.
TEST_F(TrainerVisibilitySets, TheTeamsOwnAssignmentsShowNoClientTheUserCannotSee)
{
    const std::string assignmentsOfHiddenClients =
        "SELECT count(*) FROM client_trainers ct WHERE NOT EXISTS (SELECT 1 FROM clients c "
        "WHERE c.org_id = ct.org_id AND c.id = ct.client_id)";
    for (const auto& context : everyIdentity()) {
        EXPECT_EQ(countAs(context, assignmentsOfHiddenClients), 0) << describe(context);
    }
    // Not vacuous: each trainer reads their own assignment, the team lead that of the trainer
    // they lead (A1), the owner every one; nobody reads them from another organization.
    const std::string assignments = "SELECT count(*) FROM client_trainers";
    EXPECT_EQ(countAs(actingAs(kTrainerA1, "trainer"), assignments), 1);
    EXPECT_EQ(countAs(actingAs(kTrainerA2, "trainer"), assignments), 1);
    EXPECT_EQ(countAs(actingAs(kTrainerAdminA, "trainer_admin"), assignments), 1);
    EXPECT_EQ(countAs(actingAs(kOwnerA, "owner"), assignments), 2);
    EXPECT_EQ(countAs(storage::TenantContext{kOrgB, kTrainerA1, "trainer"}, assignments), 0);
    // A client assigned to two trainers: each still reads both assignments (through the client).
    ASSERT_EQ(
        affectedAs(actingAs(kOwnerA, "owner"),
                   "INSERT INTO client_trainers (org_id, client_id, trainer_user_id) VALUES (" +
                       quoted(kOrgA) + ", " + quoted(kClientA1) + ", " + quoted(kTrainerA2) + ")"),
        1);
    EXPECT_EQ(countAs(actingAs(kTrainerA2, "trainer"), assignments), 3);
    EXPECT_EQ(countAs(actingAs(kTrainerA1, "trainer"), assignments), 2);
    for (const auto& context : everyIdentity()) {
        EXPECT_EQ(countAs(context, assignmentsOfHiddenClients), 0) << describe(context);
    }
}

TEST_F(TrainerVisibilitySets, ATeamMemberWhoLeftTakesTheirRecordsOutOfTheTeam)
{
    const auto admin = actingAs(kTrainerAdminA, "trainer_admin");
    ASSERT_EQ(countAs(admin, "SELECT count(*) FROM clients"), 1);
    ASSERT_EQ(countAs(admin, "SELECT count(*) FROM sessions"), 1);
    ASSERT_EQ(countAs(admin, "SELECT count(*) FROM notes"), 2);
    endMembershipOf(database(), kTrainerA1);
    EXPECT_EQ(countAs(admin, teamContains(kTrainerA1)), 0);
    EXPECT_EQ(countAs(admin, "SELECT count(*) FROM clients"), 0);
    EXPECT_EQ(countAs(admin, "SELECT count(*) FROM sessions"), 0);
    EXPECT_EQ(countAs(admin, "SELECT count(*) FROM notes"), 0);
    EXPECT_EQ(countAs(admin, "SELECT count(*) FROM client_trainers"), 0);
}

TEST_F(TrainerVisibilitySets, OneAssignmentStatementStampsEveryAssignedClientOnce)
{
    const std::string orgVersion =
        "SELECT version FROM sync_org_state WHERE org_id = " + quoted(kOrgA);
    const long long before = superuserCount(orgVersion);
    ASSERT_EQ(
        affectedAs(actingAs(kOwnerA, "owner"),
                   "INSERT INTO client_trainers (org_id, client_id, trainer_user_id) VALUES (" +
                       quoted(kOrgA) + ", " + quoted(kClientA1) + ", " + quoted(kTrainerA2) +
                       "), (" + quoted(kOrgA) + ", " + quoted(kClientA2) + ", " +
                       quoted(kTrainerA1) + ")"),
        2);
    const long long after = superuserCount(orgVersion);
    EXPECT_EQ(after, before + 1) << "one transaction takes one version";
    EXPECT_EQ(superuserCount(
                  "SELECT count(*) FROM clients WHERE server_version = " + std::to_string(after) +
                  " AND id IN (" + quoted(kClientA1) + ", " + quoted(kClientA2) + ")"),
              2);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM clients WHERE server_version = " +
                             std::to_string(after)),
              2)
        << "no other client is re-sent";
    // Both trainers now see both clients through the new assignments.
    EXPECT_EQ(countAs(actingAs(kTrainerA1, "trainer"), "SELECT count(*) FROM clients"), 2);
    EXPECT_EQ(countAs(actingAs(kTrainerA2, "trainer"), "SELECT count(*) FROM clients"), 2);
}

TEST_F(TrainerVisibilitySets, AnAssignmentInAnotherOrganizationsContextIsRefused)
{
    const std::string insert =
        "INSERT INTO client_trainers (org_id, client_id, trainer_user_id) VALUES (" +
        quoted(kOrgB) + ", " + quoted(kClientB) + ", " + quoted(kTrainerA1) + ")";
    EXPECT_EQ(affectedAs(actingAs(kOwnerA, "owner"), insert), -1);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM client_trainers WHERE client_id = " +
                             quoted(kClientB)),
              1);
}

} // namespace fitflow::test
