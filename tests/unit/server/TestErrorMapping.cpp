#include "server/http/ErrorMapping.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using fitflow::makeError;
using fitflow::http::errorBody;
using fitflow::http::errorForStatus;
using fitflow::http::httpStatusFor;

TEST(ErrorMapping, MapsDomainCodesToStatuses)
{
    EXPECT_EQ(httpStatusFor("invalid_json"), 400);
    EXPECT_EQ(httpStatusFor("unauthenticated"), 401);
    EXPECT_EQ(httpStatusFor("forbidden"), 403);
    EXPECT_EQ(httpStatusFor("not_found"), 404);
    EXPECT_EQ(httpStatusFor("method_not_allowed"), 405);
    EXPECT_EQ(httpStatusFor("conflict"), 409);
    EXPECT_EQ(httpStatusFor("payload_too_large"), 413);
    EXPECT_EQ(httpStatusFor("rate_limited"), 429);
    EXPECT_EQ(httpStatusFor("not_ready"), 503);
    EXPECT_EQ(httpStatusFor("database_unavailable"), 503);
}

TEST(ErrorMapping, UnknownCodesAreServerErrors)
{
    EXPECT_EQ(httpStatusFor("database_error"), 500);
    EXPECT_EQ(httpStatusFor("something_new"), 500);
}

TEST(ErrorMapping, BodyHasCodeMessageAndPath)
{
    const auto body = nlohmann::json::parse(
        errorBody(makeError("invalid_json", "expected a string", "lines[2].description")));
    EXPECT_EQ(body["error"]["code"], "invalid_json");
    EXPECT_EQ(body["error"]["message"], "expected a string");
    EXPECT_EQ(body["error"]["path"], "lines[2].description");
    const auto withoutPath = nlohmann::json::parse(errorBody(makeError("not_found", "no such")));
    EXPECT_FALSE(withoutPath["error"].contains("path"));
}

TEST(ErrorMapping, InternalDetailsNeverReachTheClient)
{
    const std::string body = errorBody(
        makeError("database_error", "relation \"users\" does not exist at 10.0.0.5", "42P01"));
    const auto json = nlohmann::json::parse(body);
    EXPECT_EQ(json["error"]["code"], "internal_error");
    EXPECT_EQ(body.find("users"), std::string::npos);
    EXPECT_EQ(body.find("42P01"), std::string::npos);
}

TEST(ErrorMapping, InvalidUtf8InAMessageStillGivesValidJson)
{
    const std::string body = errorBody(makeError("bad_request", std::string("bad \xff byte")));
    EXPECT_TRUE(nlohmann::json::accept(body)) << body;
}

TEST(ErrorMapping, TransportStatusesGetStableCodes)
{
    EXPECT_EQ(errorForStatus(404).code, "not_found");
    EXPECT_EQ(errorForStatus(405).code, "method_not_allowed");
    EXPECT_EQ(errorForStatus(413).code, "payload_too_large");
    EXPECT_EQ(errorForStatus(400).code, "bad_request");
    EXPECT_EQ(errorForStatus(500).code, "internal_error");
    for (const int status : {400, 404, 405, 413, 414}) {
        EXPECT_EQ(httpStatusFor(errorForStatus(status).code), status) << status;
    }
}
