#include "server/http/ErrorMapping.h"
#include "server/http/RequestJson.h"

#include <gtest/gtest.h>

namespace fitflow::http {
namespace {

httplib::Request jsonRequest(std::string body, std::string contentType = "application/json")
{
    httplib::Request request;
    request.body = std::move(body);
    if (!contentType.empty()) {
        request.set_header("Content-Type", contentType);
    }
    return request;
}

TEST(RequestJson, AcceptsJsonContentTypesWithUtf8OrNoCharset)
{
    EXPECT_TRUE(isJsonContentType("application/json"));
    EXPECT_TRUE(isJsonContentType("Application/JSON; charset=UTF-8"));
    EXPECT_TRUE(isJsonContentType("application/json;charset=\"utf-8\""));
    EXPECT_FALSE(isJsonContentType("application/json; charset=latin1"));
    EXPECT_FALSE(isJsonContentType("text/plain"));
    EXPECT_FALSE(isJsonContentType("application/jsonx"));
    EXPECT_FALSE(isJsonContentType(""));
}

TEST(RequestJson, ParsesAnObjectBody)
{
    const auto parsed = readRequestJsonObject(jsonRequest(R"({"email":"a@b.c"})"));
    ASSERT_TRUE(parsed) << parsed.error().message;
    EXPECT_EQ((*parsed)["email"], "a@b.c");
}

TEST(RequestJson, WrongContentTypeIs415)
{
    const auto parsed = readRequestJson(jsonRequest("{}", "text/plain"));
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().code, "unsupported_media_type");
    EXPECT_EQ(httpStatusFor(parsed.error().code), 415);
    EXPECT_FALSE(readRequestJson(jsonRequest("{}", "")));
}

TEST(RequestJson, MalformedOrEmptyBodyIs400)
{
    for (const std::string body : {"", "{", "{\"a\":1,}", "nul"}) {
        const auto parsed = readRequestJson(jsonRequest(body));
        ASSERT_FALSE(parsed) << body;
        EXPECT_EQ(parsed.error().code, "invalid_json") << body;
        EXPECT_EQ(httpStatusFor(parsed.error().code), 400);
    }
}

TEST(RequestJson, InvalidUtf8Is400)
{
    const auto parsed = readRequestJson(jsonRequest("{\"name\":\"\xC3\x28\"}"));
    ASSERT_FALSE(parsed);
    EXPECT_EQ(httpStatusFor(parsed.error().code), 400);
}

TEST(RequestJson, DuplicateKeyNamesThePath)
{
    const auto parsed = readRequestJson(jsonRequest(R"({"a":1,"a":2})"));
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().code, "invalid_json");
    EXPECT_FALSE(parsed.error().path.empty());
}

TEST(RequestJson, NonObjectIsRejectedWhenAnObjectIsRequired)
{
    EXPECT_TRUE(readRequestJson(jsonRequest("[1,2]")));
    const auto parsed = readRequestJsonObject(jsonRequest("[1,2]"));
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().code, "invalid_json");
}

TEST(RequestJson, TooDeepIs400)
{
    const auto parsed =
        readRequestJson(jsonRequest(std::string(40, '[') + std::string(40, ']')), {1024, 8});
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().code, "out_of_range");
    EXPECT_EQ(httpStatusFor(parsed.error().code), 400);
}

} // namespace
} // namespace fitflow::http
