#include "server/http/RouteTable.h"

#include <gtest/gtest.h>

namespace fitflow::http {
namespace {

// Metrics label requests by the registered pattern, so ids in paths never become labels.
TEST(RoutePattern, NamesTheRegisteredPatternForTheMethod)
{
    httplib::Server server;
    RouteTable routes(server);
    const auto noop = [](const httplib::Request&, httplib::Response&) {};
    routes.get(R"(/api/v1/clients/([0-9a-f-]+))", noop);
    routes.post("/api/v1/auth/login", noop);
    EXPECT_EQ(routes.patternFor("GET", "/api/v1/clients/0b1c-42"),
              R"(/api/v1/clients/([0-9a-f-]+))");
    EXPECT_EQ(routes.patternFor("HEAD", "/api/v1/clients/0b1c-42"),
              R"(/api/v1/clients/([0-9a-f-]+))");
    EXPECT_EQ(routes.patternFor("POST", "/api/v1/auth/login"), "/api/v1/auth/login");
    EXPECT_EQ(routes.patternFor("POST", "/api/v1/clients/0b1c-42"), "unmatched");
    EXPECT_EQ(routes.patternFor("GET", "/secret/user@example.com"), "unmatched");
}

} // namespace
} // namespace fitflow::http
