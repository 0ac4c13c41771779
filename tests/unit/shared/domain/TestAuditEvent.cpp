#include "shared/domain/AuditEvent.h"

#include "tests/unit/shared/domain/CodecExpectations.h"

namespace fitflow {
namespace {

using namespace fitflow::testing;
using nlohmann::json;

const json kWire = json::parse(R"({"id":"01932c07-2a4b-7c3d-8e5f-000000000015",
    "org_id":"01932c07-2a4b-7c3d-8e5f-000000000001",
    "actor_user_id":"01932c07-2a4b-7c3d-8e5f-000000000003",
    "device_id":"01932c07-2a4b-7c3d-8e5f-000000000016","action":"sign","resource":"note",
    "resource_id":"01932c07-2a4b-7c3d-8e5f-000000000007","occurred_at":"2026-03-15T15:00:00Z",
    "previous_hash":"0000000000000000000000000000000000000000000000000000000000000000"})");

TEST(AuditEvent, decodesAndEncodesTheWireFormat)
{
    const auto event = decoded<AuditEvent>(kWire);
    EXPECT_EQ(event.action, Action::Sign);
    EXPECT_EQ(event.resource, Resource::Note);
    EXPECT_FALSE(event.hash.has_value());
    EXPECT_EQ(event.toJson(), kWire);
}

TEST(AuditEvent, carriesIdsOnlyNeverClientData)
{
    // Any attempt to attach details (a name, a note excerpt) is refused by the codec.
    expectRejected<AuditEvent>(with(kWire, "details", "Ana Silva, sore knee"), "unknown_field",
                               "details");
    expectRejected<AuditEvent>(with(kWire, "resource_id", "Ana Silva"), "invalid_value",
                               "resource_id");
}

TEST(AuditEvent, rejectsBadInput)
{
    expectRejected<AuditEvent>(with(kWire, "action", "peek"), "invalid_value", "action");
    expectRejected<AuditEvent>(with(kWire, "resource", "diary"), "invalid_value", "resource");
    expectRejected<AuditEvent>(with(kWire, "previous_hash", "abc"), "invalid_value",
                               "previous_hash");
    expectRejected<AuditEvent>(without(kWire, "occurred_at"), "missing_field", "occurred_at");
    const json platformEvent = without(without(kWire, "org_id"), "device_id");
    EXPECT_FALSE(decoded<AuditEvent>(platformEvent).orgId.has_value());
}

} // namespace
} // namespace fitflow
