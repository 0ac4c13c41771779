#include "shared/domain/Consent.h"

#include "tests/unit/shared/domain/CodecExpectations.h"

namespace fitflow {
namespace {

using namespace fitflow::testing;
using nlohmann::json;

const json kWire = json::parse(R"({"id":"01932c07-2a4b-7c3d-8e5f-000000000006",
    "org_id":"01932c07-2a4b-7c3d-8e5f-000000000001",
    "client_id":"01932c07-2a4b-7c3d-8e5f-000000000005","kind":"photo","version":2,
    "granted":false,"policy_version":"2026-01","recorded_at":"2026-03-15T14:00:00Z",
    "recorded_by_user_id":"01932c07-2a4b-7c3d-8e5f-000000000003"})");

TEST(Consent, decodesAndEncodesTheWireFormat)
{
    const auto consent = decoded<Consent>(kWire);
    EXPECT_EQ(consent.kind, ConsentKind::Photo);
    EXPECT_EQ(consent.version, 2);
    EXPECT_FALSE(consent.granted);
    EXPECT_EQ(consent.toJson(), kWire);
}

TEST(Consent, rejectsBadInput)
{
    expectRejected<Consent>(with(kWire, "version", 0), "out_of_range", "version");
    expectRejected<Consent>(with(kWire, "granted", "yes"), "wrong_type", "granted");
    expectRejected<Consent>(with(kWire, "kind", "marketing"), "invalid_value", "kind");
    expectRejected<Consent>(with(kWire, "recorded_at", "2026-03-15"), "invalid_value",
                            "recorded_at");
}

TEST(Consent, theHighestVersionIsInForce)
{
    Consent granted = decoded<Consent>(with(with(kWire, "version", 1), "granted", true));
    Consent withdrawn = decoded<Consent>(kWire);
    Consent contact = decoded<Consent>(with(with(kWire, "kind", "contact"), "version", 7));
    const std::vector<Consent> records{withdrawn, contact, granted};
    const Consent* photo = currentConsent(records, granted.clientId, ConsentKind::Photo);
    ASSERT_NE(photo, nullptr);
    EXPECT_FALSE(photo->granted);
    EXPECT_EQ(photo->version, 2);
    EXPECT_EQ(currentConsent(records, granted.clientId, ConsentKind::DataSharing), nullptr);
    EXPECT_EQ(currentConsent(records, "someone-else", ConsentKind::Photo), nullptr);
}

} // namespace
} // namespace fitflow
