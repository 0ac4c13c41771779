#include "shared/domain/User.h"

#include "tests/unit/shared/domain/CodecExpectations.h"

namespace fitflow {
namespace {

using namespace fitflow::testing;
using nlohmann::json;

const json kWire = json::parse(R"({"id":"01932c07-2a4b-7c3d-8e5f-000000000003",
    "email":"sam@example.ca","display_name":"Sam Tremblay","locale":"fr_CA"})");

TEST(User, decodesAndEncodesTheWireFormat)
{
    const auto user = decoded<User>(kWire);
    EXPECT_EQ(user.locale, UserLocale::FrenchCanada);
    EXPECT_EQ(user.toJson(), kWire);
}

TEST(User, rejectsBadInput)
{
    expectRejected<User>(with(kWire, "email", "sam"), "invalid_value", "email");
    expectRejected<User>(with(kWire, "locale", "fr"), "invalid_value", "locale");
    expectRejected<User>(with(kWire, "display_name", nullptr), "wrong_type", "display_name");
}

} // namespace
} // namespace fitflow
