#include "server/service/sync/ScopeHash.h"

#include <gtest/gtest.h>

namespace fitflow::sync {
namespace {

ScopeInputs trainer()
{
    ScopeInputs inputs;
    inputs.userId = "01a214d7-890d-7000-8000-000000000002";
    inputs.readRoles = {{SyncEntity::Client, Role::Trainer}, {SyncEntity::Note, Role::Trainer}};
    inputs.locationIds = {"b", "a"};
    inputs.scopeGeneration = 4;
    return inputs;
}

TEST(ScopeHash, EqualInputsGiveEqualHashesWhateverTheLocationOrder)
{
    auto reordered = trainer();
    reordered.locationIds = {"a", "b"};
    EXPECT_EQ(scopeHash(trainer()), scopeHash(reordered));
    EXPECT_EQ(scopeHash(trainer()).size(), 32U);
}

TEST(ScopeHash, EveryInputChangesTheHash)
{
    const auto base = scopeHash(trainer());
    auto generation = trainer();
    generation.scopeGeneration = 5;
    auto user = trainer();
    user.userId = "01a214d7-890d-7000-8000-000000000003";
    auto role = trainer();
    role.readRoles[SyncEntity::Client] = Role::Owner;
    auto locations = trainer();
    locations.locationIds.pop_back();
    for (const auto& changed : {generation, user, role, locations}) {
        EXPECT_NE(scopeHash(changed), base);
    }
}

} // namespace
} // namespace fitflow::sync
