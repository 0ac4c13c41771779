#include "shared/sync/MutationCodec.h"

#include <gtest/gtest.h>

namespace fitflow::sync {
namespace {

using nlohmann::json;

const std::string kDevice = "01932c07-2a4b-7c3d-8e5f-0000000000a1";
const std::string kStamp = "019abb50677b-002a-" + kDevice;
const std::string kBase = "019abb50677a-0000-" + kDevice;

TEST(MutationCodec, recordWriteRoundTrips)
{
    const json wire = {{"operation", "write"},
                       {"stamp", kStamp},
                       {"fields", {{"phone", "555-0100"}, {"tags", json::array({"a", "b"})}}}};
    const auto mutation = recordMutationFromJson(wire);
    ASSERT_TRUE(mutation.ok()) << mutation.error().code << " " << mutation.error().path;
    EXPECT_EQ(mutation->operation, RecordOperation::Write);
    EXPECT_EQ(mutation->stamp.toString(), kStamp);
    EXPECT_EQ(mutation->fields.at("phone"), "555-0100");
    EXPECT_EQ(recordMutationToJson(*mutation), wire);
}

TEST(MutationCodec, recordDeleteHasNoFields)
{
    const json wire = {{"operation", "delete"}, {"stamp", kStamp}};
    const auto mutation = recordMutationFromJson(wire);
    ASSERT_TRUE(mutation.ok());
    EXPECT_EQ(recordMutationToJson(*mutation), wire);
    json withFields = wire;
    withFields["fields"] = {{"a", 1}};
    EXPECT_EQ(recordMutationFromJson(withFields).error().code, "unknown_field");
}

TEST(MutationCodec, recordErrorsNameTheField)
{
    const auto badStamp = recordMutationFromJson({{"operation", "undelete"}, {"stamp", "now"}});
    EXPECT_EQ(badStamp.error().code, "invalid_value");
    EXPECT_EQ(badStamp.error().path, "stamp");
    const auto emptyWrite = recordMutationFromJson(
        {{"operation", "write"}, {"stamp", kStamp}, {"fields", json::object()}});
    EXPECT_EQ(emptyWrite.error().code, "invalid_value");
    EXPECT_EQ(emptyWrite.error().path, "fields");
    const auto listWrite = recordMutationFromJson(
        {{"operation", "write"}, {"stamp", kStamp}, {"fields", json::array()}});
    EXPECT_EQ(listWrite.error().code, "wrong_type");
    const auto noFields = recordMutationFromJson({{"operation", "write"}, {"stamp", kStamp}});
    EXPECT_EQ(noFields.error().code, "missing_field");
    EXPECT_EQ(recordMutationFromJson({{"operation", "merge"}, {"stamp", kStamp}}).error().code,
              "invalid_value");
}

TEST(MutationCodec, noteMutationsRoundTrip)
{
    const std::vector<json> wires{
        {{"kind", "edit"}, {"stamp", kStamp}, {"bases", {kBase}}, {"text", "S: knee\nP: rest"}},
        {{"kind", "sign"}, {"stamp", kStamp}, {"signed_version", kBase}},
        {{"kind", "amend"}, {"stamp", kStamp}, {"text", "addendum"}},
    };
    for (const json& wire : wires) {
        const auto mutation = noteMutationFromJson(wire);
        ASSERT_TRUE(mutation.ok()) << wire.dump();
        EXPECT_EQ(noteMutationToJson(*mutation), wire);
    }
    const auto edit = noteMutationFromJson(wires[0]);
    ASSERT_TRUE(std::holds_alternative<NoteEdit>(*edit));
    EXPECT_EQ(std::get<NoteEdit>(*edit).bases.at(0).toString(), kBase);
}

TEST(MutationCodec, noteErrorsNameTheField)
{
    const auto badBase = noteMutationFromJson(
        {{"kind", "edit"}, {"stamp", kStamp}, {"bases", {kBase, "x"}}, {"text", ""}});
    EXPECT_EQ(badBase.error().code, "invalid_value");
    EXPECT_EQ(badBase.error().path, "bases[1]");
    const auto signWithText = noteMutationFromJson(
        {{"kind", "sign"}, {"stamp", kStamp}, {"signed_version", kBase}, {"text", "x"}});
    EXPECT_EQ(signWithText.error().code, "unknown_field");
    EXPECT_EQ(signWithText.error().path, "text");
    const auto noText = noteMutationFromJson({{"kind", "amend"}, {"stamp", kStamp}});
    EXPECT_EQ(noText.error().code, "missing_field");
    EXPECT_EQ(noteMutationFromJson({{"kind", "delete"}, {"stamp", kStamp}}).error().code,
              "invalid_value");
}

} // namespace
} // namespace fitflow::sync
