// The real `fitflow-server serve` process over TLS on loopback, driven by a verifying HTTPS
// client and by raw TLS handshakes.

#include "tests/support/server/PgTestDatabase.h"
#include "tests/support/server/ServerProcess.h"
#include "tests/support/server/TempDirectory.h"
#include "tests/support/server/TestCertificates.h"
#include "tests/support/server/TlsProbe.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <signal.h>

#include <thread>

namespace fitflow::test {

namespace {

using namespace std::chrono_literals;

constexpr std::size_t kBodyLimit = 1024;

class ServeCommand : public PgTestFixture {
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

    Environment serveEnvironment(const std::string& databaseUrl) const
    {
        return {{"FITFLOW_DATABASE_URL", databaseUrl},
                {"FITFLOW_TLS_CERT", m_tls.serverCertificatePath},
                {"FITFLOW_TLS_KEY", m_tls.serverKeyPath},
                {"FITFLOW_PORT", "0"},
                {"FITFLOW_HTTP_THREADS", "4"},
                {"FITFLOW_MAX_BODY_BYTES", std::to_string(kBodyLimit)}};
    }

    // Starts serve and returns its port (0 on failure, with a test failure recorded).
    int startServer(const std::string& databaseUrl)
    {
        m_server = std::make_unique<ServerProcess>(FITFLOW_SERVER_BINARY,
                                                   std::vector<std::string>{"serve"},
                                                   serveEnvironment(databaseUrl), m_work.path());
        const auto port = m_server->waitForListeningPort(30s);
        EXPECT_TRUE(port.has_value()) << m_server->stderrText();
        return port.value_or(0);
    }

    std::unique_ptr<httplib::SSLClient> verifyingClient(int port) const
    {
        auto client = std::make_unique<httplib::SSLClient>("127.0.0.1", port);
        client->set_ca_cert_path(m_tls.caCertificatePath.c_str());
        client->enable_server_certificate_verification(true);
        client->set_connection_timeout(5);
        client->set_read_timeout(10);
        return client;
    }

    // The access log is written after the response; give it a moment to reach the file.
    std::string stdoutContaining(const std::string& needle)
    {
        const auto deadline = std::chrono::steady_clock::now() + 5s;
        std::string out = m_server->stdoutText();
        while (out.find(needle) == std::string::npos &&
               std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(50ms);
            out = m_server->stdoutText();
        }
        return out;
    }

    static nlohmann::json json(const httplib::Result& result)
    {
        return nlohmann::json::parse(result->body, nullptr, false);
    }

    TempDirectory m_work{"fitflow-serve"};
    TestCertificates m_tls;
    std::unique_ptr<ServerProcess> m_server;
};

} // namespace

TEST_F(ServeCommand, HealthzAnswersOverVerifiedTlsWithSecurityHeaders)
{
    const int port = startServer(database().appUrl());
    ASSERT_NE(port, 0);
    auto client = verifyingClient(port);
    const auto result = client->Get("/healthz");
    ASSERT_TRUE(result) << httplib::to_string(result.error());
    EXPECT_EQ(result->status, 200);
    EXPECT_EQ(json(result), nlohmann::json({{"status", "ok"}}));
    EXPECT_EQ(result->get_header_value("Cache-Control"), "no-store");
    EXPECT_EQ(result->get_header_value("X-Content-Type-Options"), "nosniff");
    EXPECT_NE(result->get_header_value("Strict-Transport-Security").find("max-age="),
              std::string::npos);
    EXPECT_NE(result->get_header_value("Content-Type").find("application/json"), std::string::npos);
}

TEST_F(ServeCommand, ClientThatDoesNotTrustTheCaIsRefused)
{
    const int port = startServer(database().appUrl());
    ASSERT_NE(port, 0);
    httplib::SSLClient client("127.0.0.1", port);
    client.set_ca_cert_path(m_tls.serverCertificatePath.c_str()); // not the CA
    client.enable_server_certificate_verification(true);
    const auto result = client.Get("/healthz");
    EXPECT_FALSE(result);
}

TEST_F(ServeCommand, ReadyzIsReadyWhenTheDatabaseAnswers)
{
    const int port = startServer(database().appUrl());
    ASSERT_NE(port, 0);
    const auto result = verifyingClient(port)->Get("/readyz");
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 200);
    EXPECT_EQ(json(result), nlohmann::json({{"status", "ready"}}));
}

TEST_F(ServeCommand, ReadyzIs503WhenTheDatabaseIsDown)
{
    const int port = startServer(PgTestDatabase::deadUrl());
    ASSERT_NE(port, 0);
    auto client = verifyingClient(port);
    EXPECT_EQ(client->Get("/healthz")->status, 200) << "liveness does not need the database";
    const auto result = client->Get("/readyz");
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 503);
    EXPECT_EQ(json(result)["error"]["code"], "not_ready");
    EXPECT_EQ(result->body.find("127.0.0.1"), std::string::npos) << "no connection details";
}

TEST_F(ServeCommand, ReadyzRecoversWhenTheDatabaseDropsPooledConnections)
{
    const int port = startServer(database().appUrl());
    ASSERT_NE(port, 0);
    auto client = verifyingClient(port);
    ASSERT_EQ(client->Get("/readyz")->status, 200);
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::nontransaction sql(connection);
        const auto killed =
            sql.exec_params("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE datname = current_database() AND usename = $1",
                            database().environment().appRole);
        ASSERT_GE(killed.size(), 1U) << "the pool kept no connection open";
    }
    // The broken pooled connection may fail one probe; it is then dropped and replaced.
    int status = 0;
    for (int attempt = 0; attempt < 3 && status != 200; ++attempt) {
        status = client->Get("/readyz")->status;
    }
    EXPECT_EQ(status, 200);
}

TEST_F(ServeCommand, OnlyTls12AndLaterWithAeadSuitesAreAccepted)
{
    const int port = startServer(database().appUrl());
    ASSERT_NE(port, 0);
    EXPECT_FALSE(tryTlsHandshake(port, TLS1_VERSION, TLS1_1_VERSION).connected) << "TLS 1.1";
    EXPECT_FALSE(
        tryTlsHandshake(port, TLS1_2_VERSION, TLS1_2_VERSION,
                        "ECDHE-ECDSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA:AES128-GCM-SHA256")
            .connected)
        << "CBC or non-ECDHE suite on TLS 1.2";
    const auto tls12 = tryTlsHandshake(port, TLS1_2_VERSION, TLS1_2_VERSION);
    EXPECT_TRUE(tls12.connected);
    EXPECT_NE(tls12.cipher.find("ECDHE"), std::string::npos) << tls12.cipher;
    const bool aead = tls12.cipher.find("GCM") != std::string::npos ||
                      tls12.cipher.find("CHACHA20") != std::string::npos;
    EXPECT_TRUE(aead) << tls12.cipher;
    const auto preferred = tryTlsHandshake(port, TLS1_VERSION, TLS1_3_VERSION);
    EXPECT_TRUE(preferred.connected);
    EXPECT_EQ(preferred.protocol, "TLSv1.3");
}

TEST_F(ServeCommand, UnknownRouteIs404AndWrongMethodIs405WithJsonBodies)
{
    const int port = startServer(database().appUrl());
    ASSERT_NE(port, 0);
    auto client = verifyingClient(port);
    const auto missing = client->Get("/no/such/route");
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->status, 404);
    EXPECT_EQ(json(missing)["error"]["code"], "not_found");
    EXPECT_EQ(missing->get_header_value("Cache-Control"), "no-store");

    const auto wrongMethod = client->Post("/healthz", "{}", "application/json");
    ASSERT_TRUE(wrongMethod);
    EXPECT_EQ(wrongMethod->status, 405);
    EXPECT_EQ(json(wrongMethod)["error"]["code"], "method_not_allowed");
    EXPECT_EQ(wrongMethod->get_header_value("Allow"), "GET, HEAD");
}

TEST_F(ServeCommand, BodyOverTheLimitIs413Json)
{
    const int port = startServer(database().appUrl());
    ASSERT_NE(port, 0);
    auto client = verifyingClient(port);
    const auto result =
        client->Post("/healthz", std::string(4 * kBodyLimit, 'x'), "application/octet-stream");
    ASSERT_TRUE(result) << httplib::to_string(result.error());
    EXPECT_EQ(result->status, 413);
    EXPECT_EQ(json(result)["error"]["code"], "payload_too_large");
}

TEST_F(ServeCommand, AccessLogHasOneJsonLinePerRequestAndNoQueryString)
{
    const int port = startServer(database().appUrl());
    ASSERT_NE(port, 0);
    auto client = verifyingClient(port);
    ASSERT_EQ(client->Get("/healthz?token=secret")->status, 200);
    ASSERT_EQ(client->Get("/missing?password=hunter2")->status, 404);
    const std::string out = stdoutContaining("/missing");
    EXPECT_EQ(out.find("secret"), std::string::npos) << out;
    EXPECT_EQ(out.find("hunter2"), std::string::npos) << out;
    std::istringstream lines(out);
    std::string line;
    std::vector<nlohmann::json> entries;
    while (std::getline(lines, line)) {
        entries.push_back(nlohmann::json::parse(line)); // every stdout line is one JSON object
    }
    ASSERT_EQ(entries.size(), 2U) << out;
    EXPECT_EQ(entries[0]["path"], "/healthz");
    EXPECT_EQ(entries[0]["status"], 200);
    EXPECT_EQ(entries[0]["method"], "GET");
    EXPECT_EQ(entries[0]["bytes"], 15);
    EXPECT_TRUE(entries[0]["duration_ms"].is_number());
    EXPECT_TRUE(entries[0]["time"].is_string());
    EXPECT_EQ(entries[1]["status"], 404);
}

TEST_F(ServeCommand, SigtermStopsTheServerWithExitZero)
{
    const int port = startServer(database().appUrl());
    ASSERT_NE(port, 0);
    ASSERT_EQ(verifyingClient(port)->Get("/readyz")->status, 200); // the pool holds a connection
    EXPECT_EQ(m_server->stop(SIGTERM, 10s), std::optional<int>(0)) << m_server->stderrText();
    EXPECT_FALSE(verifyingClient(port)->Get("/healthz")) << "still listening after SIGTERM";
}

TEST_F(ServeCommand, SigintAlsoStopsTheServerCleanly)
{
    const int port = startServer(database().appUrl());
    ASSERT_NE(port, 0);
    EXPECT_EQ(m_server->stop(SIGINT, 10s), std::optional<int>(0)) << m_server->stderrText();
}

TEST_F(ServeCommand, MissingCertificateExitsTwoWithOneLineNamingTheVariable)
{
    auto environment = serveEnvironment(database().appUrl());
    environment.erase("FITFLOW_TLS_CERT");
    const ProcessOutput result =
        ServerProcess::run(FITFLOW_SERVER_BINARY, {"serve"}, environment, m_work.path(), 30s);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("FITFLOW_TLS_CERT"), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
}

TEST_F(ServeCommand, PortInUseFailsClearly)
{
    const int port = startServer(database().appUrl());
    ASSERT_NE(port, 0);
    auto environment = serveEnvironment(database().appUrl());
    environment["FITFLOW_PORT"] = std::to_string(port);
    const ProcessOutput result =
        ServerProcess::run(FITFLOW_SERVER_BINARY, {"serve"}, environment, m_work.path(), 30s);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("cannot listen on 127.0.0.1:" + std::to_string(port)),
              std::string::npos)
        << result.err;
}

} // namespace fitflow::test
