#include "shared/domain/Organization.h"

#include "tests/unit/shared/domain/CodecExpectations.h"

namespace fitflow {
namespace {

using namespace fitflow::testing;
using nlohmann::json;

const json kWire = json::parse(R"({"id":"01932c07-2a4b-7c3d-8e5f-000000000001",
    "name":"Core Studio","kind":"independent_practice"})");

TEST(Organization, decodesAndEncodesTheWireFormat)
{
    const auto organization = decoded<Organization>(kWire);
    EXPECT_EQ(organization.name, "Core Studio");
    EXPECT_EQ(organization.kind, OrganizationKind::IndependentPractice);
    EXPECT_EQ(organization.toJson(), kWire);
}

TEST(Organization, rejectsBadInput)
{
    expectRejected<Organization>(without(kWire, "name"), "missing_field", "name");
    expectRejected<Organization>(with(kWire, "kind", "gym"), "invalid_value", "kind");
    expectRejected<Organization>(with(kWire, "name", ""), "out_of_range", "name");
    expectRejected<Organization>(with(kWire, "id", 5), "wrong_type", "id");
    expectRejected<Organization>(with(kWire, "owner", "x"), "unknown_field", "owner");
}

} // namespace
} // namespace fitflow
