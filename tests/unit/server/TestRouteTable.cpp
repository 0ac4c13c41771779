#include "server/http/RouteTable.h"

#include <gtest/gtest.h>

using fitflow::http::RouteTable;

namespace {

void noop(const httplib::Request&, httplib::Response&) {}

} // namespace

TEST(RouteTable, ReportsMethodsOfAKnownPath)
{
    httplib::Server server;
    RouteTable routes(server);
    routes.get("/healthz", noop);
    routes.get("/api/v1/items", noop);
    routes.post("/api/v1/items", noop);
    EXPECT_EQ(routes.allowedMethods("/healthz"), "GET, HEAD");
    EXPECT_EQ(routes.allowedMethods("/api/v1/items"), "GET, HEAD, POST");
}

TEST(RouteTable, UnknownPathsHaveNoMethods)
{
    httplib::Server server;
    RouteTable routes(server);
    routes.get("/healthz", noop);
    EXPECT_EQ(routes.allowedMethods("/healthz/extra"), "");
    EXPECT_EQ(routes.allowedMethods("/"), "");
}

TEST(RouteTable, PatternsMatchTheWholePath)
{
    httplib::Server server;
    RouteTable routes(server);
    routes.get(R"(/api/v1/orgs/([0-9a-f-]{36}))", noop);
    EXPECT_EQ(routes.allowedMethods("/api/v1/orgs/0190c1a2-0000-7000-8000-000000000000"),
              "GET, HEAD");
    EXPECT_EQ(routes.allowedMethods("/api/v1/orgs/not-a-uuid"), "");
}
