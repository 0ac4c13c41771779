#include "server/service/tenancy/ActingRole.h"

#include <gtest/gtest.h>

#include <vector>

namespace fitflow::service {
namespace {

TEST(ActingRole, OwnerAndTrainerAdministersAsOwnerButReadsNotesAsTrainer)
{
    const std::vector<Role> alex{Role::Trainer, Role::Owner};
    EXPECT_EQ(chooseActingRole(alex, Action::Create, Resource::Location), Role::Owner);
    EXPECT_EQ(chooseActingRole(alex, Action::Read, Resource::Client), Role::Owner);
    EXPECT_EQ(chooseActingRole(alex, Action::Read, Resource::Note), Role::Trainer);
}

TEST(ActingRole, NoRoleOfTheUserMayDoItGivesNothing)
{
    const std::vector<Role> manager{Role::Manager};
    EXPECT_EQ(chooseActingRole(manager, Action::Read, Resource::Note), std::nullopt);
    const std::vector<Role> trainer{Role::Trainer};
    EXPECT_EQ(chooseActingRole(trainer, Action::Invite, Resource::Membership), std::nullopt);
    EXPECT_EQ(chooseActingRole({}, Action::Read, Resource::Organization), std::nullopt);
}

TEST(ActingRole, ScopedPermissionsCountAsPossible)
{
    // A manager updates only locations they manage, a client reads only shared notes: both are
    // possible for some record, so the role acts and the record check decides.
    EXPECT_TRUE(roleCanEver(Role::Manager, Action::Update, Resource::Location));
    EXPECT_TRUE(roleCanEver(Role::Client, Action::Read, Resource::Note));
    EXPECT_FALSE(roleCanEver(Role::Owner, Action::Read, Resource::Note));
    EXPECT_FALSE(roleCanEver(Role::Client, Action::Update, Resource::Client));
}

TEST(ActingRole, SuperAdminIsNeverChosenFromMemberships)
{
    const std::vector<Role> platform{Role::SuperAdmin};
    EXPECT_EQ(chooseActingRole(platform, Action::Read, Resource::Organization), std::nullopt);
}

} // namespace
} // namespace fitflow::service
