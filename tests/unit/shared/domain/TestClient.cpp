#include "shared/domain/Client.h"

#include "tests/unit/shared/domain/CodecExpectations.h"

namespace fitflow {
namespace {

using namespace fitflow::testing;
using nlohmann::json;

const json kWire = json::parse(R"({"id":"01932c07-2a4b-7c3d-8e5f-000000000005",
    "org_id":"01932c07-2a4b-7c3d-8e5f-000000000001","first_name":"Ana","last_name":"Silva",
    "email":"ana@example.ca","phone":"+1 416 555 0100","tags":["knee","mornings"],
    "assigned_trainer_ids":["01932c07-2a4b-7c3d-8e5f-000000000003"]})");

TEST(Client, decodesAndEncodesTheWireFormat)
{
    const auto client = decoded<Client>(kWire);
    EXPECT_EQ(client.firstName, "Ana");
    EXPECT_EQ(client.tags, (std::vector<std::string>{"knee", "mornings"}));
    EXPECT_EQ(client.toJson(), kWire);
}

TEST(Client, contactDetailsAreOptionalButCheckedWhenPresent)
{
    const json minimal = without(without(kWire, "email"), "phone");
    const auto client = decoded<Client>(minimal);
    EXPECT_FALSE(client.email.has_value());
    EXPECT_EQ(client.toJson(), minimal);
    EXPECT_FALSE(decoded<Client>(with(minimal, "email", nullptr)).email.has_value());
    expectRejected<Client>(with(kWire, "email", "ana at example"), "invalid_value", "email");
    expectRejected<Client>(with(kWire, "phone", "call me"), "invalid_value", "phone");
}

TEST(Client, tagsAreDistinctShortLabels)
{
    expectRejected<Client>(with(kWire, "tags", json::array({"knee", "knee"})), "invalid_value",
                           "tags[1]");
    expectRejected<Client>(with(kWire, "tags", json::array({"knee", ""})), "out_of_range",
                           "tags[1]");
    expectRejected<Client>(with(kWire, "tags", json::array({std::string(41, 'x')})), "out_of_range",
                           "tags[0]");
    expectRejected<Client>(with(kWire, "tags", json::array({"a\tb"})), "invalid_value", "tags[0]");
    expectRejected<Client>(with(kWire, "tags", json::array({"knee", 7})), "wrong_type", "tags[1]");
    expectRejected<Client>(with(kWire, "tags", "knee"), "wrong_type", "tags");
}

TEST(Client, rejectsMissingAndUnknownFields)
{
    expectRejected<Client>(without(kWire, "last_name"), "missing_field", "last_name");
    expectRejected<Client>(with(kWire, "date_of_birth", "1990-01-01"), "unknown_field",
                           "date_of_birth");
    expectRejected<Client>(with(kWire, "assigned_trainer_ids", json::array({"me"})),
                           "invalid_value", "assigned_trainer_ids[0]");
}

} // namespace
} // namespace fitflow
