#include "shared/domain/Location.h"

#include "tests/unit/shared/domain/CodecExpectations.h"

namespace fitflow {
namespace {

using namespace fitflow::testing;
using nlohmann::json;

const json kWire = json::parse(R"({"id":"01932c07-2a4b-7c3d-8e5f-000000000002",
    "org_id":"01932c07-2a4b-7c3d-8e5f-000000000001","name":"Plateau",
    "address":"123 Rue Example, Montréal","province":"QC","time_zone":"America/Toronto"})");

TEST(Location, decodesAndEncodesTheWireFormat)
{
    const auto location = decoded<Location>(kWire);
    EXPECT_EQ(location.province, tax::Province::QC);
    EXPECT_EQ(location.timeZone, "America/Toronto");
    EXPECT_EQ(location.toJson(), kWire);
}

TEST(Location, rejectsBadInput)
{
    expectRejected<Location>(with(kWire, "province", "Quebec"), "invalid_value", "province");
    expectRejected<Location>(with(kWire, "province", "qc"), "invalid_value", "province");
    expectRejected<Location>(with(kWire, "time_zone", "../etc"), "invalid_value", "time_zone");
    expectRejected<Location>(with(kWire, "org_id", "ORG"), "invalid_value", "org_id");
    expectRejected<Location>(without(kWire, "address"), "missing_field", "address");
}

} // namespace
} // namespace fitflow
