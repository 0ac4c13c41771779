#include "shared/codec/EnumNames.h"
#include "shared/codec/JsonReader.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

namespace fitflow {
namespace {

using nlohmann::json;

enum class Category { Service, Goods, Exempt };
constexpr std::array<EnumName<Category>, 3> kCategoryNames{{
    {Category::Service, "service"},
    {Category::Goods, "goods"},
    {Category::Exempt, "exempt"},
}};

struct Line {
    std::string description;
    std::int64_t quantity = 0;
    std::int64_t unitPriceCents = 0;
    Category category = Category::Service;
    bool operator==(const Line&) const = default;
};

struct Draft {
    std::chrono::year_month_day taxPointDate;
    std::string province;
    std::vector<Line> lines;
};

Line readLine(JsonReader& r)
{
    Line line;
    line.description = r.string("description");
    line.quantity = r.int64("quantity", 1, 1000);
    line.unitPriceCents = r.cents("unit_price_cents");
    line.category = r.enumeration("category", kCategoryNames);
    return line;
}

Result<Draft> readDraft(const json& value)
{
    return readJsonObject(value, [](JsonReader& r) {
        Draft draft;
        draft.taxPointDate = r.date("tax_point_date");
        draft.province =
            r.object("place", [](JsonReader& place) { return place.string("province"); });
        draft.lines = r.array("lines", readLine);
        return draft;
    });
}

json validDraft()
{
    return json::parse(R"({
        "tax_point_date": "2026-03-15",
        "place": {"province": "ON"},
        "lines": [
            {"description": "PT", "quantity": 2, "unit_price_cents": 8500, "category": "service"},
            {"description": "Band", "quantity": 1, "unit_price_cents": 1200, "category": "goods"},
            {"description": "Mat", "quantity": 3, "unit_price_cents": 0, "category": "exempt"}
        ]})");
}

Error draftError(const json& value)
{
    const auto result = readDraft(value);
    EXPECT_FALSE(result.ok());
    return result.ok() ? Error{} : result.error();
}

TEST(JsonReader, readsAValidNestedDocument)
{
    const auto draft = readDraft(validDraft());
    ASSERT_TRUE(draft.ok()) << draft.error().code << " " << draft.error().path;
    EXPECT_EQ(draft->taxPointDate, std::chrono::year{2026} / std::chrono::March / 15);
    EXPECT_EQ(draft->province, "ON");
    ASSERT_EQ(draft->lines.size(), 3u);
    EXPECT_EQ(draft->lines[0], (Line{"PT", 2, 8500, Category::Service}));
    EXPECT_EQ(draft->lines[1].category, Category::Goods);
    EXPECT_EQ(draft->lines[2].category, Category::Exempt);
}

TEST(JsonReader, missingFieldNamesItsPath)
{
    json value = validDraft();
    value["lines"][2].erase("quantity");
    EXPECT_EQ(draftError(value),
              makeError("missing_field", "required field is absent", "lines[2].quantity"));
}

TEST(JsonReader, wrongTypeNamesItsPath)
{
    json value = validDraft();
    value["lines"][1]["quantity"] = "2";
    Error error = draftError(value);
    EXPECT_EQ(error.code, "wrong_type");
    EXPECT_EQ(error.path, "lines[1].quantity");

    value = validDraft();
    value["lines"][0]["quantity"] = 2.0; // a float is not an integer, even when whole
    EXPECT_EQ(draftError(value).code, "wrong_type");

    value = validDraft();
    value["place"] = "ON";
    error = draftError(value);
    EXPECT_EQ(error.code, "wrong_type");
    EXPECT_EQ(error.path, "place");

    value = validDraft();
    value["lines"][0] = 7; // an element that is not an object
    error = draftError(value);
    EXPECT_EQ(error.code, "wrong_type");
    EXPECT_EQ(error.path, "lines[0]");

    value = validDraft();
    value["tax_point_date"] = nullptr; // a required field may not be null
    EXPECT_EQ(draftError(value).code, "wrong_type");
}

TEST(JsonReader, topLevelMustBeAnObject)
{
    const auto result = readDraft(json::array());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, "wrong_type");
    EXPECT_EQ(result.error().path, "");
}

TEST(JsonReader, outOfRangeIntegersAndCents)
{
    json value = validDraft();
    value["lines"][0]["quantity"] = 1001;
    Error error = draftError(value);
    EXPECT_EQ(error.code, "out_of_range");
    EXPECT_EQ(error.path, "lines[0].quantity");

    value = validDraft();
    value["lines"][0]["quantity"] = 0;
    EXPECT_EQ(draftError(value).code, "out_of_range");

    value = validDraft();
    value["lines"][2]["unit_price_cents"] = -1;
    error = draftError(value);
    EXPECT_EQ(error.code, "out_of_range");
    EXPECT_EQ(error.path, "lines[2].unit_price_cents");

    value = validDraft();
    value["lines"][2]["unit_price_cents"] = kMaxCents + 1;
    EXPECT_EQ(draftError(value).code, "out_of_range");

    value = validDraft();
    value["lines"][2]["unit_price_cents"] = 18446744073709551615ULL; // above int64
    EXPECT_EQ(draftError(value).code, "out_of_range");
}

TEST(JsonReader, unknownFieldsAreRejectedAtEveryLevel)
{
    json value = validDraft();
    value["taxpoint_date"] = "2026-03-15";
    Error error = draftError(value);
    EXPECT_EQ(error.code, "unknown_field");
    EXPECT_EQ(error.path, "taxpoint_date");

    value = validDraft();
    value["place"]["country"] = "CA";
    EXPECT_EQ(draftError(value).path, "place.country");

    value = validDraft();
    value["lines"][1]["discount"] = 0;
    EXPECT_EQ(draftError(value).path, "lines[1].discount");
}

TEST(JsonReader, invalidValuesForEnumsDatesInstantsAndUuids)
{
    json value = validDraft();
    value["lines"][1]["category"] = "Goods";
    Error error = draftError(value);
    EXPECT_EQ(error.code, "invalid_value");
    EXPECT_EQ(error.path, "lines[1].category");

    value = validDraft();
    value["tax_point_date"] = "2026-02-30";
    error = draftError(value);
    EXPECT_EQ(error.code, "invalid_value");
    EXPECT_EQ(error.path, "tax_point_date");

    const json stamped = {{"at", "2026-03-15T10:00:00+02:00"}, {"id", "not-a-uuid"}};
    const auto instant = readJsonObject(stamped, [](JsonReader& r) { return r.instant("at"); });
    EXPECT_EQ(instant.error().code, "invalid_value");
    const auto id = readJsonObject(stamped, [](JsonReader& r) {
        r.has("at");
        return r.uuid("id");
    });
    EXPECT_EQ(id.error().code, "invalid_value");
    EXPECT_EQ(id.error().path, "id");
}

TEST(JsonReader, firstFailureWinsAndLaterCallsAreHarmless)
{
    json value = validDraft();
    value["tax_point_date"] = 5;
    value["lines"][0]["quantity"] = -3;
    const Error error = draftError(value);
    EXPECT_EQ(error.code, "wrong_type");
    EXPECT_EQ(error.path, "tax_point_date");
}

TEST(JsonReader, optionalFieldsViaHas)
{
    const json value = {{"note", nullptr}, {"phone", "555-0100"}};
    const auto result = readJsonObject(value, [](JsonReader& r) {
        std::optional<std::string> note, phone, email;
        if (r.has("note")) {
            note = r.string("note");
        }
        if (r.has("phone")) {
            phone = r.string("phone");
        }
        if (r.has("email")) {
            email = r.string("email");
        }
        return std::tuple{note, phone, email};
    });
    ASSERT_TRUE(result.ok());
    EXPECT_FALSE(std::get<0>(*result).has_value());
    EXPECT_EQ(std::get<1>(*result), "555-0100");
    EXPECT_FALSE(std::get<2>(*result).has_value());
}

TEST(JsonReader, scalarArraysReportElementPaths)
{
    const json value = {{"tags", {"am", 3}}, {"ids", json::array()}};
    const auto tags = readJsonObject(value, [](JsonReader& r) {
        r.uuidArray("ids");
        return r.stringArray("tags");
    });
    ASSERT_FALSE(tags.ok());
    EXPECT_EQ(tags.error().code, "wrong_type");
    EXPECT_EQ(tags.error().path, "tags[1]");

    const json ids = {{"ids", {"01932c07-2a4b-7c3d-8e5f-0123456789ab", "nope"}}};
    const auto parsed = readJsonObject(ids, [](JsonReader& r) { return r.uuidArray("ids"); });
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().path, "ids[1]");
}

TEST(JsonReader, callerFailuresCarryThePath)
{
    const json value = {{"window", {{"start", 10}, {"end", 5}}}};
    const auto result = readJsonObject(value, [](JsonReader& r) {
        return r.object("window", [](JsonReader& w) {
            const auto start = w.int64("start");
            const auto end = w.int64("end");
            if (end < start) {
                w.fail("invalid_value", "end precedes start", "end");
            }
            return end - start;
        });
    });
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, "invalid_value");
    EXPECT_EQ(result.error().path, "window.end");
}

TEST(JsonReader, textEntryPointReportsInvalidJson)
{
    const auto bad = readJsonText("{\"a\":", [](JsonReader& r) { return r.string("a"); });
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, "invalid_json");
    const auto good = readJsonText(R"({"a":"b"})", [](JsonReader& r) { return r.string("a"); });
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(*good, "b");
}

TEST(JsonReader, labelsAreNonEmptySingleLinesWithinTheirLimit)
{
    const auto readName = [](const json& value) {
        return readJsonObject(value, [](JsonReader& r) { return r.label("name", 8); });
    };
    EXPECT_EQ(*readName({{"name", "Studio A"}}), "Studio A");
    EXPECT_EQ(readName({{"name", ""}}).error().code, "out_of_range");
    EXPECT_EQ(readName({{"name", "Studio AB"}}).error().code, "out_of_range");
    EXPECT_EQ(readName({{"name", "A\nB"}}).error().code, "invalid_value");
    EXPECT_EQ(readName({{"name", 3}}).error().code, "wrong_type");
}

TEST(JsonReader, checkedStringsReportInvalidValues)
{
    const auto readCode = [](const json& value) {
        return readJsonObject(value, [](JsonReader& r) {
            return r.string(
                "code", [](std::string_view text) { return text.size() == 2; }, "a 2-letter code");
        });
    };
    EXPECT_EQ(*readCode({{"code", "ON"}}), "ON");
    const auto bad = readCode({{"code", "ONT"}});
    EXPECT_EQ(bad.error().code, "invalid_value");
    EXPECT_EQ(bad.error().message, "expected a 2-letter code");
}

TEST(EnumNames, mapsBothWays)
{
    EXPECT_EQ(enumFromName(kCategoryNames, "goods"), Category::Goods);
    EXPECT_FALSE(enumFromName(kCategoryNames, "GOODS").has_value());
    EXPECT_EQ(enumToName(kCategoryNames, Category::Exempt), "exempt");
}

} // namespace
} // namespace fitflow
