// The real `fitflow-server serve` over TLS: /metrics counts by route pattern, the per-IP limit
// answers 429 with Retry-After, an oversized body is a JSON 413 that leaves the server up, and
// malformed JSON on a JSON endpoint is a 400.

#include "tests/support/server/PgTestDatabase.h"
#include "tests/support/server/ServerProcess.h"
#include "tests/support/server/TempDirectory.h"
#include "tests/support/server/TestCertificates.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

namespace fitflow::test {

namespace {

using namespace std::chrono_literals;

class OperabilityEndpoints : public PgTestFixture {
protected:
    void SetUp() override
    {
        PgTestFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_tls = TestCertificates::createIn(m_work.path());
        const ProcessOutput migrated = ServerProcess::run(
            FITFLOW_SERVER_BINARY, {"migrate"},
            {{"FITFLOW_MIGRATION_DATABASE_URL", database().ownerUrl()}}, m_work.path());
        ASSERT_EQ(migrated.exitCode, 0) << migrated.err;
    }

    // Starts serve with `extra` variables and returns its port (0 on failure).
    int startServer(const Environment& extra)
    {
        Environment environment{{"FITFLOW_DATABASE_URL", database().appUrl()},
                                {"FITFLOW_TLS_CERT", m_tls.serverCertificatePath},
                                {"FITFLOW_TLS_KEY", m_tls.serverKeyPath},
                                {"FITFLOW_PORT", "0"},
                                {"FITFLOW_HTTP_THREADS", "4"}};
        for (const auto& [name, value] : extra) {
            environment[name] = value;
        }
        m_server = std::make_unique<ServerProcess>(
            FITFLOW_SERVER_BINARY, std::vector<std::string>{"serve"}, environment, m_work.path());
        const auto port = m_server->waitForListeningPort(30s);
        EXPECT_TRUE(port.has_value()) << m_server->stderrText();
        return port.value_or(0);
    }

    std::unique_ptr<httplib::SSLClient> client(int port) const
    {
        auto result = std::make_unique<httplib::SSLClient>("127.0.0.1", port);
        result->set_ca_cert_path(m_tls.caCertificatePath.c_str());
        result->enable_server_certificate_verification(true);
        result->set_connection_timeout(5);
        result->set_read_timeout(20);
        return result;
    }

    static std::string errorCode(const httplib::Result& result)
    {
        const auto body = nlohmann::json::parse(result->body, nullptr, false);
        return body.is_object() && body.contains("error") ? body["error"].value("code", "")
                                                          : std::string("(not a JSON error)");
    }

    TempDirectory m_work{"fitflow-operability"};
    TestCertificates m_tls;
    std::unique_ptr<ServerProcess> m_server;
};

} // namespace

TEST_F(OperabilityEndpoints, MetricsCountRequestsByRoutePattern)
{
    const int port = startServer({{"FITFLOW_METRICS", "1"}});
    ASSERT_NE(port, 0);
    auto https = client(port);
    for (int i = 0; i < 3; ++i) {
        const auto health = https->Get("/healthz");
        ASSERT_TRUE(health) << httplib::to_string(health.error());
        EXPECT_EQ(health->status, 200);
    }
    ASSERT_TRUE(https->Get("/no/such/42"));
    const auto metrics = https->Get("/metrics");
    ASSERT_TRUE(metrics) << httplib::to_string(metrics.error());
    ASSERT_EQ(metrics->status, 200);
    EXPECT_NE(metrics->get_header_value("Content-Type").find("text/plain"), std::string::npos);
    const std::string& text = metrics->body;
    EXPECT_NE(
        text.find(
            "fitflow_http_requests_total{route=\"/healthz\",method=\"GET\",status=\"200\"} 3\n"),
        std::string::npos)
        << text;
    EXPECT_NE(text.find("route=\"unmatched\",method=\"GET\",status=\"404\"} 1\n"),
              std::string::npos)
        << text;
    EXPECT_EQ(text.find("/no/such/42"), std::string::npos) << "raw paths never become labels";
    EXPECT_NE(text.find("fitflow_http_request_duration_seconds_bucket{route=\"/healthz\""),
              std::string::npos);
    EXPECT_NE(text.find("fitflow_process_start_time_seconds "), std::string::npos);
    EXPECT_NE(text.find("fitflow_db_pool_connections{state=\"idle\"} "), std::string::npos);
    EXPECT_NE(text.find("fitflow_db_pool_connections{state=\"in_use\"} "), std::string::npos);
}

TEST_F(OperabilityEndpoints, MetricsAreOffUnlessEnabled)
{
    const int port = startServer({});
    ASSERT_NE(port, 0);
    const auto metrics = client(port)->Get("/metrics");
    ASSERT_TRUE(metrics);
    EXPECT_EQ(metrics->status, 404);
}

TEST_F(OperabilityEndpoints, PerIpLimitAnswers429WithRetryAfter)
{
    const int port =
        startServer({{"FITFLOW_RATE_LIMIT_PER_IP", "1"}, {"FITFLOW_RATE_LIMIT_PER_IP_BURST", "3"}});
    ASSERT_NE(port, 0);
    auto https = client(port);
    // Sent back to back on one connection, 20 requests exceed a burst of 3 at 1 token a second
    // unless they take more than 17 s, so a loaded machine still sees the refusal.
    for (int i = 0; i < 20; ++i) {
        const auto result = https->Get("/healthz");
        ASSERT_TRUE(result) << httplib::to_string(result.error());
        if (result->status == 429) {
            EXPECT_GE(i, 3) << "the burst of 3 must be allowed";
            EXPECT_EQ(errorCode(result), "rate_limited");
            const std::string retryAfter = result->get_header_value("Retry-After");
            ASSERT_FALSE(retryAfter.empty());
            EXPECT_GE(std::stoi(retryAfter), 1);
            return;
        }
        EXPECT_EQ(result->status, 200);
    }
    FAIL() << "20 requests at once must exceed a burst of 3";
}

TEST_F(OperabilityEndpoints, TenMegabyteBodyIs413JsonAndTheServerStillAnswers)
{
    const int port = startServer({});
    ASSERT_NE(port, 0);
    auto https = client(port);
    const std::string body(std::size_t{10} * 1024 * 1024, 'x');
    const auto tooLarge = https->Post("/healthz", body, "application/json");
    ASSERT_TRUE(tooLarge) << httplib::to_string(tooLarge.error());
    EXPECT_EQ(tooLarge->status, 413);
    EXPECT_EQ(errorCode(tooLarge), "payload_too_large");
    const auto health = client(port)->Get("/healthz");
    ASSERT_TRUE(health) << httplib::to_string(health.error());
    EXPECT_EQ(health->status, 200);
}

TEST_F(OperabilityEndpoints, MalformedJsonOnAJsonEndpointIs400NeverA5xx)
{
    // The auth routes (the JSON endpoints that exist today) are served only with a key file.
    const std::string keyFile = m_work.path() + "/jwt-keys.json";
    const ProcessOutput keys = ServerProcess::run(
        FITFLOW_SERVER_BINARY, {"keys", "generate", "--out", keyFile}, {}, m_work.path());
    ASSERT_EQ(keys.exitCode, 0) << keys.err;
    const int port = startServer({{"FITFLOW_JWT_KEYS", keyFile}});
    ASSERT_NE(port, 0);
    auto https = client(port);
    for (const std::string& body : std::vector<std::string>{
             std::string("{\"email\":\"\xC3\x28\",\"password\":\"x\"}"), std::string("{\"email\":"),
             std::string("\xFF\xFE"), std::string("{\"email\":\"a\",\"email\":\"b\"}")}) {
        const auto result = https->Post("/api/v1/auth/login", body, "application/json");
        ASSERT_TRUE(result) << httplib::to_string(result.error());
        EXPECT_EQ(result->status, 400) << body;
        EXPECT_EQ(errorCode(result), "invalid_json") << body;
    }
    const auto health = https->Get("/healthz");
    ASSERT_TRUE(health);
    EXPECT_EQ(health->status, 200);
}

} // namespace fitflow::test
