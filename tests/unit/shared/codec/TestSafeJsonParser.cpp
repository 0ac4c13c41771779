#include "shared/codec/SafeJsonParser.h"

#include <gtest/gtest.h>

#include <string>

namespace fitflow {
namespace {

TEST(SafeJsonParser, parsesAnObject)
{
    const auto parsed = parseJson(R"({"name":"Ana","sessions":[1,2]})");
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ((*parsed)["name"], "Ana");
    EXPECT_EQ((*parsed)["sessions"].size(), 2u);
}

TEST(SafeJsonParser, rejectsSyntaxErrorsWithoutThrowing)
{
    for (const char* text : {"", "{", "{\"a\":}", "[1,]", "{'a':1}", "nul", "{\"a\":1} x"}) {
        const auto parsed = parseJson(text);
        ASSERT_FALSE(parsed.ok()) << text;
        EXPECT_EQ(parsed.error().code, "invalid_json") << text;
    }
}

TEST(SafeJsonParser, rejectsInvalidUtf8)
{
    const std::string overlong = "{\"a\":\"\xC0\xAF\"}";
    const std::string truncated = "{\"a\":\"\xE2\x82\"}";
    const std::string loneSurrogate = R"({"a":"\ud800"})";
    for (const auto& text : {overlong, truncated, loneSurrogate}) {
        const auto parsed = parseJson(text);
        ASSERT_FALSE(parsed.ok());
        EXPECT_EQ(parsed.error().code, "invalid_json");
    }
    EXPECT_TRUE(parseJson("{\"a\":\"caf\xC3\xA9\"}").ok());
}

TEST(SafeJsonParser, rejectsDuplicateKeysAndNamesThem)
{
    const auto parsed = parseJson(R"({"a":1,"b":{"x":1,"x":2}})");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().code, "invalid_json");
    EXPECT_EQ(parsed.error().path, "x");
}

TEST(SafeJsonParser, allowsTheSameKeyInSiblingObjects)
{
    EXPECT_TRUE(parseJson(R"([{"x":1},{"x":2}])").ok());
    EXPECT_TRUE(parseJson(R"({"x":{"x":{"x":1}}})").ok());
}

TEST(SafeJsonParser, enforcesTheSizeLimit)
{
    JsonLimits limits;
    limits.maxBytes = 10;
    EXPECT_TRUE(parseJson(R"({"a":123})", limits).ok());
    const auto parsed = parseJson(R"({"a":12345})", limits);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().code, "out_of_range");
}

TEST(SafeJsonParser, enforcesTheDepthLimitEvenOnHugeNesting)
{
    JsonLimits limits;
    limits.maxDepth = 3;
    EXPECT_TRUE(parseJson("[[[1]]]", limits).ok());
    EXPECT_EQ(parseJson("[[[[1]]]]", limits).error().code, "out_of_range");
    // Brackets inside strings are text, not nesting.
    EXPECT_TRUE(parseJson(R"(["[[[[[[", "\"{{{{"])", limits).ok());
    const std::string bomb(200000, '[');
    EXPECT_EQ(parseJson(bomb).error().code, "out_of_range");
}

} // namespace
} // namespace fitflow
