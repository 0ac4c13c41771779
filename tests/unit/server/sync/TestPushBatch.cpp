#include "server/service/sync/PushBatch.h"

#include <gtest/gtest.h>

namespace fitflow::sync {
namespace {

constexpr const char* kOrg = "01a214d7-890d-74b1-9068-d629ef96f227";
constexpr const char* kId = "01a214d7-890d-7000-8000-000000000001";
constexpr const char* kStamp = "0192f1a2b3c4-0001-01a214d7-890d-7000-8000-00000000000a";

nlohmann::json clientWrite(std::int64_t id, nlohmann::json fields)
{
    return {{"id", id},
            {"org_id", kOrg},
            {"entity", "client"},
            {"entity_id", kId},
            {"change", {{"operation", "write"}, {"stamp", kStamp}, {"fields", std::move(fields)}}}};
}

nlohmann::json batch(nlohmann::json mutations)
{
    return {{"schema_version", 1}, {"mutations", std::move(mutations)}};
}

TEST(PushBatch, ConsecutiveIdsAreAccepted)
{
    const auto parsed = parsePushBatch(
        batch({clientWrite(41, {{"first_name", "Ana"}}), clientWrite(42, {{"phone", nullptr}})}));
    ASSERT_TRUE(parsed) << parsed.error().message;
    ASSERT_EQ(parsed->size(), 2U);
    EXPECT_EQ((*parsed)[1].id, 42);
}

TEST(PushBatch, HolesEmptyAndOversizedBatchesAreRefused)
{
    EXPECT_EQ(parsePushBatch(batch({clientWrite(1, {{"first_name", "A"}}),
                                    clientWrite(3, {{"first_name", "B"}})}))
                  .error()
                  .code,
              "bad_request");
    EXPECT_EQ(parsePushBatch(batch(nlohmann::json::array())).error().code, "bad_request");
    nlohmann::json many = nlohmann::json::array();
    for (int id = 1; id <= 201; ++id) {
        many.push_back(clientWrite(id, {{"first_name", "A"}}));
    }
    EXPECT_EQ(parsePushBatch(batch(many)).error().code, "bad_request");
}

TEST(PushBatch, OtherSchemaVersionsAndUnknownKeysAreRefused)
{
    auto body = batch({clientWrite(1, {{"first_name", "A"}})});
    body["schema_version"] = 2;
    EXPECT_EQ(parsePushBatch(body).error().code, "schema_unsupported");
    body["schema_version"] = 1;
    body["extra"] = true;
    EXPECT_EQ(parsePushBatch(body).error().code, "invalid_json");
}

TEST(PushBatch, DecodesARecordWrite)
{
    const auto decoded = decodeMutation({7, clientWrite(7, {{"first_name", "Ana"}})});
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_EQ(decoded->orgId, kOrg);
    EXPECT_EQ(decoded->entity, SyncEntity::Client);
    const auto& record = std::get<RecordMutation>(decoded->change);
    EXPECT_EQ(record.fields.at("first_name"), "Ana");
    EXPECT_EQ(record.stamp.toString(), kStamp);
}

TEST(PushBatch, MutationsThatCanNeverApplyAreDecodeErrors)
{
    EXPECT_EQ(decodeMutation({1, clientWrite(1, {{"shoe_size", "44"}})}).error().code,
              "unknown_field");
    EXPECT_EQ(decodeMutation({1, clientWrite(1, {{"first_name", ""}})}).error().code,
              "invalid_value");
    auto location = clientWrite(1, {{"name", "X"}});
    location["entity"] = "location";
    EXPECT_EQ(decodeMutation({1, location}).error().code, "unknown_entity");
    auto badOrg = clientWrite(1, {{"first_name", "A"}});
    badOrg["org_id"] = "ORG";
    EXPECT_EQ(decodeMutation({1, badOrg}).error().code, "invalid_value");
    auto both = clientWrite(1, {{"first_name", "A"}});
    both["note"] = {{"kind", "edit"}};
    EXPECT_EQ(decodeMutation({1, both}).error().code, "invalid_value");
}

TEST(PushBatch, SessionInstantsMustBeCanonical)
{
    auto session = clientWrite(1, {{"starts_at", "2026-12-01T15:00:00.000Z"}});
    session["entity"] = "session";
    EXPECT_EQ(decodeMutation({1, session}).error().code, "invalid_value");
    session["change"]["fields"]["starts_at"] = "2026-12-01T15:00:00Z";
    EXPECT_TRUE(decodeMutation({1, session}));
}

} // namespace
} // namespace fitflow::sync
