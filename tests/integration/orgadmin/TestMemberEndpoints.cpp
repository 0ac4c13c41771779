// Members API: owners, managers and trainer admins list; the owner administers every
// membership, a manager only non-administrative ones at their locations; the last owner stays.
#include "tests/integration/orgadmin/OrgAdminFixture.h"

namespace fitflow::test {
namespace {

class MemberEndpoints : public OrgAdminFixture {};

TEST_F(MemberEndpoints, AdministratorsListMembersOthersAreForbidden)
{
    const std::string northside = orgId(kNorthside);
    const std::string practice = orgId(kPractice);
    for (const char* email : {kOwner, kManager}) {
        const auto answer = getAs(tokenFor(email), orgPath(northside, "/members"));
        ASSERT_EQ(statusOf(answer), 200) << email;
        EXPECT_EQ(bodyOf(answer)["members"].size(), 4U) << email;
    }
    EXPECT_EQ(statusOf(getAs(tokenFor(kSam), orgPath(northside, "/members"))), 403);
    EXPECT_EQ(statusOf(getAs(tokenFor(kAlex), orgPath(northside, "/members"))), 403);
    EXPECT_EQ(statusOf(getAs(tokenFor(kClient), orgPath(practice, "/members"))), 403);
    const auto practiceMembers = getAs(tokenFor(kAlex), orgPath(practice, "/members"));
    ASSERT_EQ(statusOf(practiceMembers), 200);
    EXPECT_EQ(bodyOf(practiceMembers)["members"].size(), 3U);
    EXPECT_EQ(statusOf(getAs(tokenFor(kOwner), orgPath(practice, "/members"))), 404);

    // A trainer admin lists too.
    superuserExec("UPDATE memberships SET role = 'trainer_admin' WHERE id = '" +
                  membershipId(kSam, kNorthside, "trainer") + "'");
    EXPECT_EQ(statusOf(getAs(accessTokenFor(kSam), orgPath(northside, "/members"))), 200);
    EXPECT_GE(auditCount("membership.list"), 4);
}

TEST_F(MemberEndpoints, OwnerAndManagerChangeRolesLocationsAndTeamLeadsWithinTheirRights)
{
    const std::string northside = orgId(kNorthside);
    const std::string sam = membershipId(kSam, kNorthside, "trainer");
    const std::string alex = membershipId(kAlex, kNorthside, "trainer");
    const std::string montreal = locationId("Montréal");
    const std::string toronto = locationId("Toronto");
    const auto path = [&](const std::string& id) { return orgPath(northside, "/members/" + id); };

    // Sam trains in Toronto: not the Montréal manager's to administer.
    EXPECT_EQ(statusOf(patchAs(tokenFor(kManager), path(sam), {{"role", "trainer_admin"}})), 403);
    auto answer = patchAs(tokenFor(kOwner), path(sam), {{"location_ids", {montreal}}});
    ASSERT_EQ(statusOf(answer), 200) << (answer ? answer->body : "");
    EXPECT_EQ(bodyOf(answer)["location_ids"], nlohmann::json::array({montreal}));

    answer = patchAs(tokenFor(kManager), path(sam), {{"role", "trainer_admin"}});
    ASSERT_EQ(statusOf(answer), 200) << (answer ? answer->body : "");
    EXPECT_EQ(bodyOf(answer)["role"], "trainer_admin");
    EXPECT_EQ(statusOf(patchAs(tokenFor(kManager), path(sam), {{"role", "manager"}})), 403);
    EXPECT_EQ(statusOf(patchAs(tokenFor(kManager), path(sam), {{"location_ids", {toronto}}})), 403);
    EXPECT_EQ(statusOf(patchAs(tokenFor(kManager), path(membershipId(kOwner, kNorthside, "owner")),
                               {{"role", "trainer"}})),
              403);
    EXPECT_EQ(statusOf(patchAs(tokenFor(kSam), path(alex), {{"role", "client"}})), 403);

    answer = patchAs(tokenFor(kOwner), path(alex), {{"team_lead_user_id", userId(kSam)}});
    ASSERT_EQ(statusOf(answer), 200) << (answer ? answer->body : "");
    EXPECT_EQ(bodyOf(answer)["team_lead_user_id"], userId(kSam));
    answer = patchAs(tokenFor(kOwner), path(alex), {{"team_lead_user_id", nullptr}});
    ASSERT_EQ(statusOf(answer), 200);
    EXPECT_TRUE(bodyOf(answer)["team_lead_user_id"].is_null());

    // Bad bodies: 400 with the field's path, nothing written.
    const long long changes = auditCount("membership.update");
    EXPECT_EQ(errorPath(patchAs(tokenFor(kOwner), path(alex), {{"role", "boss"}})), "role");
    EXPECT_EQ(
        errorPath(patchAs(tokenFor(kOwner), path(alex), {{"team_lead_user_id", userId(kOwner)}})),
        "team_lead_user_id");
    EXPECT_EQ(errorPath(patchAs(tokenFor(kOwner), path(alex), {{"location_ids", {"x"}}})),
              "location_ids[0]");
    EXPECT_EQ(errorPath(patchAs(tokenFor(kOwner), path(alex),
                                {{"location_ids", {locationId("Vancouver")}}})),
              "location_ids");
    EXPECT_EQ(errorPath(patchAs(tokenFor(kOwner), path(alex), {{"nickname", "A"}})), "nickname");
    EXPECT_EQ(auditCount("membership.update"), changes);
    EXPECT_EQ(superuserText("SELECT role FROM memberships WHERE id = '" + alex + "'"), "trainer");
}

TEST_F(MemberEndpoints, EndingAMembershipKeepsOtherOrganizationsAndTheLastOwner)
{
    const std::string northside = orgId(kNorthside);
    const std::string practice = orgId(kPractice);
    const std::string alexPractice = membershipId(kAlex, kPractice, "owner");
    const std::string ownerMembership = membershipId(kOwner, kNorthside, "owner");

    // Cross-tenant: ids of the other organization are 404 and change nothing.
    EXPECT_EQ(statusOf(deleteAs(tokenFor(kOwner), orgPath(northside, "/members/" + alexPractice))),
              404);
    EXPECT_EQ(statusOf(patchAs(tokenFor(kOwner), orgPath(northside, "/members/" + alexPractice),
                               {{"role", "client"}})),
              404);
    EXPECT_EQ(statusOf(deleteAs(tokenFor(kAlex), orgPath(practice, "/members/" + ownerMembership))),
              404);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM memberships WHERE ended_at IS NOT NULL"), 0);
    EXPECT_EQ(superuserText("SELECT role FROM memberships WHERE id = '" + alexPractice + "'"),
              "owner");

    // The last owner can neither leave nor be demoted.
    auto answer = deleteAs(tokenFor(kOwner), orgPath(northside, "/members/" + ownerMembership));
    EXPECT_EQ(statusOf(answer), 409);
    EXPECT_EQ(errorCode(answer), "conflict");
    EXPECT_EQ(statusOf(patchAs(tokenFor(kAlex), orgPath(practice, "/members/" + alexPractice),
                               {{"role", "manager"}})),
              409);
    EXPECT_EQ(
        statusOf(deleteAs(tokenFor(kManager), orgPath(northside, "/members/" + ownerMembership))),
        403);

    // The Northside owner ends Alex's trainer membership: his token still works in his practice.
    const std::string alexToken = tokenFor(kAlex);
    ASSERT_EQ(statusOf(deleteAs(
                  tokenFor(kOwner),
                  orgPath(northside, "/members/" + membershipId(kAlex, kNorthside, "trainer")))),
              204);
    EXPECT_EQ(statusOf(getAs(alexToken, orgPath(northside, "/locations"))), 404);
    EXPECT_EQ(statusOf(getAs(alexToken, orgPath(practice, "/locations"))), 200);
    EXPECT_EQ(auditCount("membership.end"), 1);
    EXPECT_EQ(statusOf(deleteAs(
                  tokenFor(kOwner),
                  orgPath(northside, "/members/" + membershipId(kAlex, kNorthside, "trainer")))),
              404);
}

} // namespace
} // namespace fitflow::test
