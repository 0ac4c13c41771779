// Invitations: who may invite whom, the token shown once and stored as SHA-256, acceptance by a
// new user (password policy) or by the signed-in invitee, single use, expiry and revocation.
#include "tests/integration/orgadmin/OrgAdminFixture.h"

#include <sodium.h>

namespace fitflow::test {
namespace {

constexpr const char* kNewPassword = "correct horse battery staple 42";

std::string sha256Hex(const std::string& text)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

class InvitationEndpoints : public OrgAdminFixture {
protected:
    httplib::Result accept(const nlohmann::json& body, const std::string& token = {})
    {
        if (token.empty()) {
            return post("/api/v1/invitations/accept", body.dump());
        }
        return postAs(token, "/api/v1/invitations/accept", body);
    }

    // An invitation by the Northside owner; returns the 201 body.
    nlohmann::json invite(const std::string& email, const std::string& role,
                          const nlohmann::json& locations = nlohmann::json::array())
    {
        const auto answer = postAs(tokenFor(kOwner), orgPath(orgId(kNorthside), "/invitations"),
                                   {{"email", email}, {"role", role}, {"location_ids", locations}});
        EXPECT_EQ(statusOf(answer), 201) << (answer ? answer->body : "");
        return bodyOf(answer);
    }
};

TEST_F(InvitationEndpoints, NewUserAcceptsOnceAndCanSignIn)
{
    const std::string northside = orgId(kNorthside);
    const std::string toronto = locationId("Toronto");
    const auto issued = invite("New.Trainer@Example.test", "trainer", {toronto});
    const std::string token = issued.value("token", "");
    ASSERT_FALSE(token.empty());
    EXPECT_EQ(issued["email"], "new.trainer@example.test");
    EXPECT_EQ(superuserText("SELECT encode(token_hash, 'hex') FROM invitations WHERE id = '" +
                            issued["id"].get<std::string>() + "'"),
              sha256Hex(token));
    // Seven days, give or take the test's own duration.
    EXPECT_NEAR(static_cast<double>(superuserCount(
                    "SELECT extract(epoch FROM expires_at - now())::bigint FROM invitations")),
                7 * 24 * 3600, 120);

    const auto listed = getAs(tokenFor(kOwner), orgPath(northside, "/invitations"));
    ASSERT_EQ(statusOf(listed), 200);
    ASSERT_EQ(bodyOf(listed)["invitations"].size(), 1U);
    EXPECT_FALSE(bodyOf(listed)["invitations"][0].contains("token"));
    EXPECT_EQ(listed->body.find(token), std::string::npos);

    auto answer = accept({{"token", token}});
    EXPECT_EQ(statusOf(answer), 400);
    EXPECT_EQ(errorPath(answer), "password");
    answer = accept({{"token", token}, {"password", "short"}});
    EXPECT_EQ(statusOf(answer), 400);
    EXPECT_EQ(errorPath(answer), "password");
    EXPECT_EQ(errorPath(accept({{"token", token}, {"password", kNewPassword}, {"x", 1}})), "x");
    EXPECT_EQ(superuserCount("SELECT count(*) FROM users WHERE email = 'new.trainer@example.test'"),
              0);

    answer = accept({{"token", token}, {"password", kNewPassword}, {"display_name", "Nia"}});
    ASSERT_EQ(statusOf(answer), 200) << (answer ? answer->body : "");
    EXPECT_EQ(bodyOf(answer)["organization_id"], northside);
    EXPECT_EQ(bodyOf(answer)["role"], "trainer");
    EXPECT_EQ(superuserText("SELECT string_agg(location_id::text, ',') FROM membership_locations "
                            "WHERE membership_id = '" +
                            bodyOf(answer)["membership_id"].get<std::string>() + "'"),
              toronto);
    EXPECT_EQ(auditCount("invitation.accept"), 1);

    answer = accept({{"token", token}, {"password", kNewPassword}});
    EXPECT_EQ(statusOf(answer), 410);
    EXPECT_EQ(errorCode(answer), "invitation_invalid");
    EXPECT_EQ(statusOf(accept({{"token", "not-a-real-token"}, {"password", kNewPassword}})), 410);

    const auto signedIn = login("new.trainer@example.test", kNewPassword);
    ASSERT_EQ(statusOf(signedIn), 200);
    const std::string newToken = bodyOf(signedIn)["access_token"];
    EXPECT_EQ(statusOf(getAs(newToken, orgPath(northside, "/locations"))), 200);
    EXPECT_EQ(
        bodyOf(getAs(tokenFor(kOwner), orgPath(northside, "/invitations")))["invitations"].size(),
        0U);
}

TEST_F(InvitationEndpoints, ExistingUserMustBeSignedInAsTheInvitedEmail)
{
    const std::string northside = orgId(kNorthside);
    const std::string token = invite(kClient, "client").value("token", "");
    auto answer = accept({{"token", token}, {"password", kNewPassword}});
    EXPECT_EQ(statusOf(answer), 401);
    EXPECT_EQ(statusOf(accept({{"token", token}}, tokenFor(kSam))), 403);
    EXPECT_EQ(statusOf(getAs(tokenFor(kClient), orgPath(northside, "/locations"))), 404);

    answer = accept({{"token", token}}, tokenFor(kClient));
    ASSERT_EQ(statusOf(answer), 200) << (answer ? answer->body : "");
    EXPECT_EQ(statusOf(getAs(tokenFor(kClient), orgPath(northside, "/locations"))), 200);
    EXPECT_EQ(statusOf(accept({{"token", token}}, tokenFor(kClient))), 410);
}

TEST_F(InvitationEndpoints, ExpiredAndRevokedInvitationsCannotBeUsed)
{
    const std::string northside = orgId(kNorthside);
    const auto expiring = invite("late@example.test", "trainer");
    superuserExec("UPDATE invitations SET created_at = now() - interval '9 days', "
                  "expires_at = now() - interval '2 days' WHERE id = '" +
                  expiring["id"].get<std::string>() + "'");
    auto answer = accept({{"token", expiring["token"]}, {"password", kNewPassword}});
    EXPECT_EQ(statusOf(answer), 410);
    EXPECT_EQ(errorCode(answer), "invitation_invalid");
    EXPECT_EQ(superuserCount("SELECT count(*) FROM users WHERE email = 'late@example.test'"), 0);

    const auto revoked = invite("gone@example.test", "trainer");
    const std::string path = orgPath(northside, "/invitations/" + revoked["id"].get<std::string>());
    EXPECT_EQ(statusOf(deleteAs(tokenFor(kSam), path)), 403);
    EXPECT_EQ(statusOf(deleteAs(tokenFor(kOwner), path)), 204);
    EXPECT_EQ(statusOf(deleteAs(tokenFor(kOwner), path)), 404);
    EXPECT_EQ(statusOf(accept({{"token", revoked["token"]}, {"password", kNewPassword}})), 410);
    EXPECT_EQ(auditCount("invitation.revoke"), 1);
}

TEST_F(InvitationEndpoints, RoleMatrixCrossTenantAndBadBodies)
{
    const std::string northside = orgId(kNorthside);
    const std::string practice = orgId(kPractice);
    const std::string path = orgPath(northside, "/invitations");
    const std::string montreal = locationId("Montréal");
    const std::string toronto = locationId("Toronto");
    const long long before = superuserCount("SELECT count(*) FROM invitations");

    EXPECT_EQ(statusOf(postAs(
                  tokenFor(kManager), path,
                  {{"email", "m1@example.test"}, {"role", "owner"}, {"location_ids", {montreal}}})),
              403);
    EXPECT_EQ(
        statusOf(postAs(
            tokenFor(kManager), path,
            {{"email", "m2@example.test"}, {"role", "trainer"}, {"location_ids", {toronto}}})),
        403);
    EXPECT_EQ(statusOf(postAs(tokenFor(kManager), path,
                              {{"email", "m3@example.test"}, {"role", "trainer"}})),
              403);
    EXPECT_EQ(
        statusOf(postAs(tokenFor(kSam), path, {{"email", "s@example.test"}, {"role", "client"}})),
        403);
    EXPECT_EQ(statusOf(postAs(tokenFor(kClient), orgPath(practice, "/invitations"),
                              {{"email", "c@example.test"}, {"role", "client"}})),
              403);
    EXPECT_EQ(statusOf(postAs(tokenFor(kOwner), orgPath(practice, "/invitations"),
                              {{"email", "o@example.test"}, {"role", "client"}})),
              404);
    struct BadBody {
        nlohmann::json body;
        std::string path;
    };
    const std::vector<BadBody> badBodies{
        {{{"role", "trainer"}}, "email"},
        {{{"email", "not-an-email"}, {"role", "trainer"}}, "email"},
        {{{"email", "x@example.test"}, {"role", "boss"}}, "role"},
        {{{"email", "x@example.test"}, {"role", "trainer"}, {"location_ids", "all"}},
         "location_ids"},
        {{{"email", "x@example.test"},
          {"role", "trainer"},
          {"location_ids", {locationId("Vancouver")}}},
         "location_ids"},
    };
    for (const auto& bad : badBodies) {
        const auto answer = postAs(tokenFor(kOwner), path, bad.body);
        EXPECT_EQ(statusOf(answer), 400) << bad.body.dump();
        EXPECT_EQ(errorPath(answer), bad.path) << bad.body.dump();
    }
    EXPECT_EQ(superuserCount("SELECT count(*) FROM invitations"), before);

    const auto managed =
        postAs(tokenFor(kManager), path,
               {{"email", "m4@example.test"}, {"role", "trainer"}, {"location_ids", {montreal}}});
    ASSERT_EQ(statusOf(managed), 201) << (managed ? managed->body : "");
    EXPECT_EQ(bodyOf(getAs(tokenFor(kManager), path))["invitations"].size(), 1U);

    // An invitation of Alex's practice, through Northside: 404, still there.
    const auto practiceInvite = postAs(tokenFor(kAlex), orgPath(practice, "/invitations"),
                                       {{"email", "p@example.test"}, {"role", "client"}});
    ASSERT_EQ(statusOf(practiceInvite), 201);
    const std::string practiceId = bodyOf(practiceInvite)["id"];
    EXPECT_EQ(
        statusOf(deleteAs(tokenFor(kOwner), orgPath(northside, "/invitations/" + practiceId))),
        404);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM invitations WHERE id = '" + practiceId + "'"),
              1);
    EXPECT_EQ(auditCount("invitation.create"), 2);
}

} // namespace
} // namespace fitflow::test

namespace fitflow::test {
namespace {

class ShortLivedInvitations : public OrgAdminFixture {
protected:
    Environment extraServeEnvironment() const override
    {
        return {{"FITFLOW_INVITATION_TTL_HOURS", "2"}};
    }
};

TEST_F(ShortLivedInvitations, TtlSettingOverridesTheSevenDays)
{
    const auto answer = postAs(tokenFor(kOwner), orgPath(orgId(kNorthside), "/invitations"),
                               {{"email", "soon@example.test"}, {"role", "trainer"}});
    ASSERT_EQ(statusOf(answer), 201);
    EXPECT_NEAR(static_cast<double>(superuserCount(
                    "SELECT extract(epoch FROM expires_at - now())::bigint FROM invitations")),
                2 * 3600, 120);
}

} // namespace
} // namespace fitflow::test
