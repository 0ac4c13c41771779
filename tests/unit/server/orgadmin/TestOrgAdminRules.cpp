// The permission questions of organization administration: a manager administers a record only
// when every one of its locations is theirs (or they manage the whole organization).
#include "server/service/orgadmin/OrgAdminRules.h"

#include <gtest/gtest.h>

namespace fitflow::service {
namespace {

Actor actorAs(Role role, std::vector<std::string> locations = {})
{
    return Actor{"u1", "o1", role, std::move(locations), std::nullopt};
}

TEST(OrgAdminRules, ManagerOfSomeLocationsManagesOnlyRecordsEntirelyThere)
{
    const Actor manager = actorAs(Role::Manager, {"mtl"});
    EXPECT_TRUE(relationToPlacement(manager, {"mtl"}).holds(Scope::ManagedLocation));
    EXPECT_FALSE(relationToPlacement(manager, {"mtl", "tor"}).holds(Scope::ManagedLocation));
    EXPECT_FALSE(relationToPlacement(manager, {"tor"}).holds(Scope::ManagedLocation));
    // A whole-organization record is not one location manager's.
    EXPECT_FALSE(relationToPlacement(manager, {}).holds(Scope::ManagedLocation));
    EXPECT_TRUE(relationToPlacement(manager, {}).holds(Scope::Organization));
}

TEST(OrgAdminRules, ManagerOfTheWholeOrganizationManagesEverything)
{
    const Actor manager = actorAs(Role::Manager);
    EXPECT_TRUE(relationToPlacement(manager, {}).holds(Scope::ManagedLocation));
    EXPECT_TRUE(relationToPlacement(manager, {"tor", "van"}).holds(Scope::ManagedLocation));
}

TEST(OrgAdminRules, OtherRolesNeverGainManagedLocation)
{
    for (const Role role : {Role::Owner, Role::TrainerAdmin, Role::Trainer, Role::Client}) {
        EXPECT_FALSE(relationToPlacement(actorAs(role), {}).holds(Scope::ManagedLocation));
    }
}

TEST(OrgAdminRules, AuthorizeFollowsTheMatrix)
{
    EXPECT_TRUE(
        authorize(actorAs(Role::Owner), Action::Create, Resource::Location, {Scope::Organization}));
    const Status denied = authorize(actorAs(Role::Manager, {"mtl"}), Action::Create,
                                    Resource::Location, {Scope::Organization});
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, "forbidden");
    EXPECT_TRUE(authorize(actorAs(Role::Manager, {"mtl"}), Action::Update, Resource::Location,
                          {Scope::Organization, Scope::ManagedLocation}));
    EXPECT_FALSE(authorize(actorAs(Role::Trainer), Action::Read, Resource::Membership,
                           {Scope::Organization}));
    EXPECT_TRUE(authorize(actorAs(Role::TrainerAdmin), Action::Read, Resource::Membership,
                          {Scope::Organization}));
}

TEST(OrgAdminRules, RoleNames)
{
    for (const char* role : {"trainer_admin", "trainer", "client"}) {
        EXPECT_TRUE(isNonAdministrativeRole(role));
        EXPECT_TRUE(isGrantableRole(role));
    }
    for (const char* role : {"owner", "manager"}) {
        EXPECT_FALSE(isNonAdministrativeRole(role));
        EXPECT_TRUE(isGrantableRole(role));
    }
    for (const char* role : {"super_admin", "", "Owner", "boss"}) {
        EXPECT_FALSE(isGrantableRole(role)) << role;
    }
}

TEST(OrgAdminRules, PlausibleEmails)
{
    EXPECT_TRUE(isPlausibleEmail("nia@example.test"));
    for (const char* bad : {"", "nia", "@example.test", "nia@", "a@b@c", "Nia@example.test",
                            "nia @example.test", "nia@exa\tmple"}) {
        EXPECT_FALSE(isPlausibleEmail(bad)) << bad;
    }
    EXPECT_FALSE(isPlausibleEmail(std::string(320, 'a') + "@x"));
    EXPECT_EQ(lowerCased("Nia@Example.TEST"), "nia@example.test");
}

} // namespace
} // namespace fitflow::service
