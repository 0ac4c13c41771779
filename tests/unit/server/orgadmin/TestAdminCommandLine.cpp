// The options of create-org and create-user, and FITFLOW_INVITATION_TTL_HOURS.
#include "server/app/AdminCommands.h"
#include "server/app/OrgAdminModule.h"

#include <gtest/gtest.h>

namespace fitflow::app {
namespace {

std::vector<std::string_view> args(std::initializer_list<std::string_view> words)
{
    return words;
}

EnvLookup envWith(std::optional<std::string> ttl)
{
    return [ttl](const std::string& name) -> std::optional<std::string> {
        return name == "FITFLOW_INVITATION_TTL_HOURS" ? ttl : std::nullopt;
    };
}

TEST(AdminCommandLine, CreateOrgReadsItsOptionsInAnyOrder)
{
    const auto draft = parseCreateOrg(
        args({"create-org", "--province", "BC", "--kind", "practice", "--name", "Lakeside"}));
    ASSERT_TRUE(draft);
    EXPECT_EQ(draft->name, "Lakeside");
    EXPECT_EQ(draft->province, "BC");
    EXPECT_EQ(draft->kind, "practice");
    EXPECT_EQ(parseCreateOrg(args({"create-org", "--name", "A", "--province", "ON"}))->kind,
              "studio");
}

TEST(AdminCommandLine, CreateOrgRefusesMissingUnknownRepeatedAndEmptyOptions)
{
    for (const auto& bad :
         {args({"create-org", "--name", "A"}), args({"create-org", "--province", "ON"}),
          args({"create-org", "--name", "A", "--province", "ON", "--x", "1"}),
          args({"create-org", "--name", "A", "--name", "B", "--province", "ON"}),
          args({"create-org", "--name", "", "--province", "ON"}),
          args({"create-org", "--name", "A", "--province"})}) {
        const auto draft = parseCreateOrg(bad);
        ASSERT_FALSE(draft);
        EXPECT_EQ(draft.error().code, "usage");
    }
}

TEST(AdminCommandLine, CreateUserNeverTakesAPasswordOption)
{
    const auto grant = parseCreateUser(args({"create-user", "--email", "a@b.test", "--org", "o1",
                                             "--role", "trainer", "--display-name", "Ann"}));
    ASSERT_TRUE(grant);
    EXPECT_EQ(grant->email, "a@b.test");
    EXPECT_EQ(grant->orgId, "o1");
    EXPECT_EQ(grant->role, "trainer");
    EXPECT_EQ(grant->displayName, "Ann");
    EXPECT_FALSE(parseCreateUser(args({"create-user", "--email", "a@b.test", "--org", "o1",
                                       "--role", "trainer", "--password", "secret"})));
    EXPECT_FALSE(parseCreateUser(args({"create-user", "--email", "a@b.test", "--org", "o1"})));
}

TEST(AdminCommandLine, InvitationTtl)
{
    EXPECT_EQ(*loadInvitationTtl(envWith(std::nullopt)), std::chrono::hours(168));
    EXPECT_EQ(*loadInvitationTtl(envWith("48")), std::chrono::hours(48));
    for (const char* bad : {"0", "-1", "8761", "12h", "1.5", " 1"}) {
        const auto ttl = loadInvitationTtl(envWith(std::string(bad)));
        ASSERT_FALSE(ttl) << bad;
        EXPECT_EQ(ttl.error().code, "invalid_config");
    }
}

} // namespace
} // namespace fitflow::app
