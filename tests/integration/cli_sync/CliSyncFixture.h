#pragma once
// The real server (migrated, demo-seeded, TLS) and any number of fitflow-cli "devices", each an
// encrypted store in the test's work directory driven through the real binary. Mirrors
// ApiServerFixture's setup because the CLI needs the CA file and port it keeps private.

#include "tests/support/server/PgTestDatabase.h"
#include "tests/support/server/SeededServer.h"
#include "tests/support/server/ServerProcess.h"
#include "tests/support/server/TempDirectory.h"
#include "tests/support/server/TestCertificates.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace fitflow::test {

inline constexpr const char* kCliDemoPassword = "cli-sync-demo-pass";
inline constexpr const char* kCliPassphrase = "cli sync store passphrase";

class CliSyncFixture : public PgTestFixture {
protected:
    void SetUp() override
    {
        PgTestFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        SeededServer server =
            startSeededServer(FITFLOW_SERVER_BINARY, database(), m_work.path(), kCliDemoPassword);
        m_tls = server.tls;
        m_server = std::move(server.process);
        ASSERT_NE(server.port, 0);
        m_port = server.port;
        m_serverUrl = "https://127.0.0.1:" + std::to_string(m_port);
    }

    void TearDown() override
    {
        if (HasFailure() && m_server) {
            std::cerr << "fitflow-server stderr:\n" << m_server->stderrText() << '\n';
        }
        m_server.reset();
        PgTestFixture::TearDown();
    }

    // Runs fitflow-cli with the store passphrase (and a password when given) in its environment.
    ProcessOutput cli(const std::vector<std::string>& arguments,
                      const std::string& password = {}) const
    {
        Environment environment{{"FITFLOW_PASSPHRASE", kCliPassphrase}};
        if (!password.empty()) {
            environment["FITFLOW_PASSWORD"] = password;
        }
        return ServerProcess::run(FITFLOW_CLI_BINARY, arguments, environment, m_work.path());
    }

    // A new store logged in as `email`; returns its path.
    std::string newDevice(const std::string& name, const std::string& email)
    {
        const std::string store = storePath(name);
        const ProcessOutput created = cli({"store", "init", "--store", store});
        EXPECT_EQ(created.exitCode, 0) << created.err;
        const ProcessOutput login = cli({"login", "--store", store, "--server", m_serverUrl,
                                         "--email", email, "--ca-cert", m_tls.caCertificatePath},
                                        kCliDemoPassword);
        EXPECT_EQ(login.exitCode, 0) << login.err;
        return store;
    }

    ProcessOutput sync(const std::string& store) const { return cli({"sync", "--store", store}); }

    // `sync` that must succeed; the test fails with the CLI's output otherwise.
    void expectSynced(const std::string& store) const
    {
        const ProcessOutput synced = sync(store);
        EXPECT_EQ(synced.exitCode, 0) << synced.err << synced.out;
    }

    // `status` of a fully synced store: no change waiting, no rejection.
    void expectNothingPendingOrRejected(const std::string& store) const
    {
        const auto shown = status(store);
        EXPECT_EQ(shown.value("pending", -1), 0);
        EXPECT_TRUE(shown["rejections"].empty()) << shown.dump();
    }

    // The demo's Northside studio and one of its locations, from a synced `dump`.
    static std::pair<std::string, std::string> studioAndLocation(const std::string& dumpText)
    {
        const auto dumped = nlohmann::json::parse(dumpText, nullptr, false);
        for (const auto& organization : dumped.value("organization", nlohmann::json::array())) {
            if (organization.value("name", std::string{}).find("Northside") == std::string::npos) {
                continue;
            }
            const std::string orgId = organization.value("id", std::string{});
            for (const auto& location : dumped.value("location", nlohmann::json::array())) {
                if (location.value("org_id", std::string{}) == orgId) {
                    return {orgId, location.value("id", std::string{})};
                }
            }
        }
        return {};
    }

    std::string dump(const std::string& store) const
    {
        const ProcessOutput dumped = cli({"dump", "--store", store});
        EXPECT_EQ(dumped.exitCode, 0) << dumped.err;
        return dumped.out;
    }

    nlohmann::json status(const std::string& store) const
    {
        const ProcessOutput shown = cli({"status", "--store", store});
        EXPECT_EQ(shown.exitCode, 0) << shown.err;
        return nlohmann::json::parse(shown.out, nullptr, false);
    }

    // The new record's id printed by `add`, or empty on failure (the test fails then).
    std::string add(const std::string& store, const std::string& entity, const std::string& orgId,
                    const nlohmann::json& fields) const
    {
        const ProcessOutput added =
            cli({"add", entity, "--store", store, "--org", orgId, "--json", fields.dump()});
        EXPECT_EQ(added.exitCode, 0) << added.err;
        std::string id = added.out;
        while (!id.empty() && (id.back() == '\n' || id.back() == '\r')) {
            id.pop_back();
        }
        return id;
    }

    void update(const std::string& store, const std::string& entity, const std::string& id,
                const nlohmann::json& fields) const
    {
        const ProcessOutput updated =
            cli({"update", entity, id, "--store", store, "--json", fields.dump()});
        EXPECT_EQ(updated.exitCode, 0) << updated.err;
    }

    // A direct API call (not through the CLI), e.g. to revoke a device.
    httplib::Result apiPost(const std::string& path, const nlohmann::json& body,
                            const std::string& accessToken = {}) const
    {
        httplib::SSLClient https("127.0.0.1", m_port);
        https.set_ca_cert_path(m_tls.caCertificatePath.c_str());
        https.enable_server_certificate_verification(true);
        httplib::Headers headers;
        if (!accessToken.empty()) {
            headers.emplace("Authorization", "Bearer " + accessToken);
        }
        return https.Post(path.c_str(), headers, body.dump(), "application/json");
    }

    std::string accessTokenFor(const std::string& email) const
    {
        const auto answer =
            apiPost("/api/v1/auth/login", {{"email", email}, {"password", kCliDemoPassword}});
        if (!answer || answer->status != 200) {
            ADD_FAILURE() << "login of " << email << " failed";
            return {};
        }
        return nlohmann::json::parse(answer->body).value("access_token", std::string{});
    }

    const std::string& serverUrl() const { return m_serverUrl; }
    const std::string& caCertificatePath() const { return m_tls.caCertificatePath; }
    std::string storePath(const std::string& name) const
    {
        return m_work.path() + "/" + name + ".fitflow";
    }

private:
    TempDirectory m_work{"fitflow-cli-sync-test"};
    TestCertificates m_tls;
    std::unique_ptr<ServerProcess> m_server;
    std::string m_serverUrl;
    int m_port = 0;
};

} // namespace fitflow::test
