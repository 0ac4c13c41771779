#include "shared/domain/Membership.h"

#include "tests/unit/shared/domain/CodecExpectations.h"

namespace fitflow {
namespace {

using namespace fitflow::testing;
using nlohmann::json;

const json kTrainer = json::parse(R"({"id":"01932c07-2a4b-7c3d-8e5f-000000000004",
    "user_id":"01932c07-2a4b-7c3d-8e5f-000000000003",
    "org_id":"01932c07-2a4b-7c3d-8e5f-000000000001","role":"trainer","location_ids":[],
    "team_admin_user_id":"01932c07-2a4b-7c3d-8e5f-000000000009"})");

TEST(Membership, decodesAndEncodesTheWireFormat)
{
    const auto membership = decoded<Membership>(kTrainer);
    EXPECT_EQ(membership.role, Role::Trainer);
    EXPECT_EQ(membership.teamAdminUserId, "01932c07-2a4b-7c3d-8e5f-000000000009");
    EXPECT_EQ(membership.toJson(), kTrainer);
}

TEST(Membership, managersNeedLocations)
{
    json manager = without(with(kTrainer, "role", "manager"), "team_admin_user_id");
    expectRejected<Membership>(manager, "invalid_value", "location_ids");
    manager["location_ids"] = {"01932c07-2a4b-7c3d-8e5f-000000000002"};
    EXPECT_EQ(decoded<Membership>(manager).locationIds.size(), 1u);
    manager["location_ids"] = {"studio-2"};
    expectRejected<Membership>(manager, "invalid_value", "location_ids[0]");
}

TEST(Membership, onlyTrainersHaveATeamAndOnlyClientsAClientRecord)
{
    expectRejected<Membership>(with(kTrainer, "role", "owner"), "invalid_value",
                               "team_admin_user_id");
    const json client = without(with(kTrainer, "role", "client"), "team_admin_user_id");
    expectRejected<Membership>(client, "missing_field", "client_id");
    EXPECT_TRUE(Membership::fromJson(with(client, "client_id", kTrainer["id"])).ok());
    expectRejected<Membership>(with(kTrainer, "client_id", kTrainer["id"]), "invalid_value",
                               "client_id");
    expectRejected<Membership>(with(kTrainer, "role", "admin"), "invalid_value", "role");
}

} // namespace
} // namespace fitflow
