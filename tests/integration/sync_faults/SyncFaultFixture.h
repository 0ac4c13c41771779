#pragma once
// The real fitflow-server (migrated, demo-seeded, TLS) behind a FaultProxy, and fitflow-cli
// "devices" (encrypted stores driven through the real binary) that reach it either directly or
// through the proxy. Outcomes are checked on every device (`dump`, `status`) and on the server
// with superuser SQL (row counts, sync_devices.last_mutation_id).

#include "tests/support/faults/ChildProcessKiller.h"
#include "tests/support/faults/FaultProxy.h"
#include "tests/support/server/PgTestDatabase.h"
#include "tests/support/server/SeededServer.h"
#include "tests/support/server/ServerProcess.h"
#include "tests/support/server/TempDirectory.h"
#include "tests/support/server/TestCertificates.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace fitflow::test {

inline constexpr const char* kFaultDemoPassword = "sync-fault-demo-pass";
inline constexpr const char* kFaultPassphrase = "sync fault store passphrase";
inline constexpr const char* kAlexEmail = "alex@demo.fitflow.test";
inline constexpr const char* kSamEmail = "sam@demo.fitflow.test";
inline constexpr const char* kOwnerEmail = "owner@demo.fitflow.test";
inline constexpr const char* kNorthside = "Northside Strength";
inline constexpr const char* kAlexPractice = "Alex Rivera Coaching";

// The binaries under test: the ones built with these tests, unless FITFLOW_FAULT_SERVER_BINARY
// or FITFLOW_FAULT_CLI_BINARY names another build (e.g. to test a released server).
inline std::string binaryFromEnvironment(const char* variable, const char* builtWithTests)
{
    const char* chosen = std::getenv(variable);
    return chosen != nullptr && *chosen != '\0' ? chosen : builtWithTests;
}

inline std::string faultServerBinary()
{
    return binaryFromEnvironment("FITFLOW_FAULT_SERVER_BINARY", FITFLOW_SERVER_BINARY);
}

inline std::string faultCliBinary()
{
    return binaryFromEnvironment("FITFLOW_FAULT_CLI_BINARY", FITFLOW_CLI_BINARY);
}

// One fitflow-cli store and the environment every command on it runs with (e.g. a skewed clock).
struct CliDevice {
    std::string store;
    Environment environment;
    std::string deviceId; // as printed by `login`
};

// Which address a device logs in with (and so syncs through from then on).
enum class Route { Direct, ThroughProxy };

class SyncFaultFixture : public PgTestFixture {
protected:
    void SetUp() override
    {
        PgTestFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        // Fault tests sync hundreds of times a minute as one user: no rate limit in the way.
        SeededServer server = startSeededServer(
            faultServerBinary(), database(), m_work.path(), kFaultDemoPassword,
            {{"FITFLOW_RATE_LIMIT_PER_USER", "100000"}, {"FITFLOW_RATE_LIMIT_PER_IP", "100000"}});
        m_tls = server.tls;
        m_server = std::move(server.process);
        ASSERT_NE(server.port, 0);
        m_port = server.port;
        auto proxy = FaultProxy::start("127.0.0.1", m_port);
        ASSERT_TRUE(proxy) << proxy.error().message;
        m_proxy = std::move(*proxy);
    }

    void TearDown() override
    {
        if (HasFailure() && m_server) {
            std::cerr << "fitflow-server stderr (tail):\n" << tail(m_server->stderrText()) << '\n';
        }
        m_proxy.reset();
        m_server.reset();
        PgTestFixture::TearDown();
    }

    // ---- fitflow-cli ----

    ProcessOutput cli(const CliDevice& device, const std::vector<std::string>& arguments,
                      const Environment& extra = {}) const
    {
        Environment environment = device.environment;
        environment["FITFLOW_PASSPHRASE"] = kFaultPassphrase;
        for (const auto& [name, value] : extra) {
            environment[name] = value;
        }
        return ServerProcess::run(faultCliBinary(), arguments, environment, m_work.path());
    }

    // The same command as a ChildCommand, for ChildProcessKiller.
    ChildCommand cliCommand(const CliDevice& device,
                            const std::vector<std::string>& arguments) const
    {
        ChildCommand command{faultCliBinary(), arguments, device.environment, m_work.path()};
        command.environment["FITFLOW_PASSPHRASE"] = kFaultPassphrase;
        return command;
    }

    // A new store logged in as `email` through `route`; `environment` applies to all its commands.
    CliDevice newDevice(const std::string& name, const std::string& email,
                        Route route = Route::Direct, Environment environment = {})
    {
        CliDevice device{m_work.path() + "/" + name + ".fitflow", std::move(environment), {}};
        const ProcessOutput created = cli(device, {"store", "init", "--store", device.store});
        EXPECT_EQ(created.exitCode, 0) << created.err;
        const std::string url = route == Route::Direct ? directUrl() : proxyUrl();
        const ProcessOutput login = cli(device,
                                        {"login", "--store", device.store, "--server", url,
                                         "--email", email, "--ca-cert", m_tls.caCertificatePath},
                                        {{"FITFLOW_PASSWORD", kFaultDemoPassword}});
        EXPECT_EQ(login.exitCode, 0) << login.err;
        // "logged in as EMAIL (user ID), device ID"
        const std::string printed = firstLine(login.out);
        device.deviceId = printed.substr(printed.rfind(' ') + 1);
        return device;
    }

    ProcessOutput sync(const CliDevice& device) const
    {
        return cli(device, {"sync", "--store", device.store});
    }

    void expectSynced(const CliDevice& device) const
    {
        const ProcessOutput synced = sync(device);
        EXPECT_EQ(synced.exitCode, 0) << device.store << ": " << synced.err << synced.out;
    }

    std::string dumpText(const CliDevice& device) const
    {
        const ProcessOutput dumped = cli(device, {"dump", "--store", device.store});
        EXPECT_EQ(dumped.exitCode, 0) << dumped.err;
        return dumped.out;
    }

    nlohmann::json dump(const CliDevice& device) const
    {
        return nlohmann::json::parse(dumpText(device), nullptr, false);
    }

    nlohmann::json status(const CliDevice& device) const
    {
        const ProcessOutput shown = cli(device, {"status", "--store", device.store});
        EXPECT_EQ(shown.exitCode, 0) << shown.err;
        return nlohmann::json::parse(shown.out, nullptr, false);
    }

    long long pending(const CliDevice& device) const
    {
        return status(device).value("pending", -1LL);
    }

    // The new record's id printed by `add`, or empty when it failed (the test fails then).
    std::string add(const CliDevice& device, const std::string& entity, const std::string& orgId,
                    const nlohmann::json& fields) const
    {
        const ProcessOutput added = cli(device, {"add", entity, "--store", device.store, "--org",
                                                 orgId, "--json", fields.dump()});
        EXPECT_EQ(added.exitCode, 0) << added.err;
        return firstLine(added.out);
    }

    void update(const CliDevice& device, const std::string& entity, const std::string& id,
                const nlohmann::json& fields) const
    {
        const ProcessOutput updated =
            cli(device, {"update", entity, id, "--store", device.store, "--json", fields.dump()});
        EXPECT_EQ(updated.exitCode, 0) << updated.err;
    }

    void remove(const CliDevice& device, const std::string& entity, const std::string& id) const
    {
        const ProcessOutput removed = cli(device, {"delete", entity, id, "--store", device.store});
        EXPECT_EQ(removed.exitCode, 0) << removed.err;
    }

    // The row of `entity` with `id` in a dump, or null when the device does not show it.
    static nlohmann::json rowIn(const nlohmann::json& dumped, const std::string& entity,
                                const std::string& id)
    {
        for (const auto& row : dumped.value(entity, nlohmann::json::array())) {
            if (row.value("id", std::string{}) == id) {
                return row;
            }
        }
        return nullptr;
    }

    // A random UUIDv4 text, for ids a raw (non-CLI) device mints.
    static std::string randomUuid()
    {
        static std::mt19937_64 random{std::random_device{}()};
        const std::uint64_t high = random();
        const std::uint64_t low = random();
        char text[37];
        std::snprintf(
            text, sizeof text, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(high >> 32),
            static_cast<unsigned>((high >> 16) & 0xFFFF), static_cast<unsigned>(high & 0xFFF),
            static_cast<unsigned>(0x8000 | ((low >> 48) & 0x3FFF)),
            static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFULL));
        return text;
    }

    static std::string firstLine(std::string text)
    {
        const auto end = text.find_first_of("\r\n");
        return end == std::string::npos ? text : text.substr(0, end);
    }

    // ---- the server, seen as superuser (row-level security bypassed) ----

    std::string sqlText(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        return transaction.exec1(sql)[0].as<std::string>();
    }

    long long sqlCount(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        return transaction.exec1(sql)[0].as<long long>();
    }

    void sqlExec(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        transaction.exec(sql);
        transaction.commit();
    }

    std::string orgId(const std::string& name)
    {
        return sqlText("SELECT id::text FROM organizations WHERE name = '" + name + "'");
    }

    std::string userId(const std::string& email)
    {
        return sqlText("SELECT id::text FROM users WHERE email = '" + email + "'");
    }

    std::string locationOf(const std::string& org, const std::string& name)
    {
        return sqlText("SELECT id::text FROM locations WHERE org_id = '" + org + "' AND name = '" +
                       name + "'");
    }

    // What the server recorded as the device's last applied mutation (0 before its first push).
    long long lastMutationId(const CliDevice& device)
    {
        return sqlCount("SELECT coalesce(max(last_mutation_id), 0) FROM sync_devices "
                        "WHERE device_id = '" +
                        device.deviceId + "'");
    }

    // ---- direct HTTPS to the server (not through the proxy) ----

    httplib::Result api(const std::string& method, const std::string& path,
                        const nlohmann::json& body, const std::string& accessToken = {}) const
    {
        httplib::SSLClient https("127.0.0.1", m_port);
        https.set_ca_cert_path(m_tls.caCertificatePath.c_str());
        https.enable_server_certificate_verification(true);
        https.set_read_timeout(60);
        httplib::Headers headers;
        if (!accessToken.empty()) {
            headers.emplace("Authorization", "Bearer " + accessToken);
        }
        const std::string text = body.is_null() ? std::string{} : body.dump();
        if (method == "PUT") {
            return https.Put(path.c_str(), headers, text, "application/json");
        }
        if (method == "DELETE") {
            return https.Delete(path.c_str(), headers);
        }
        return https.Post(path.c_str(), headers, text, "application/json");
    }

    // An access token of `email`, issued to a new device `deviceId` when given.
    std::string accessTokenFor(const std::string& email, const std::string& deviceId = {}) const
    {
        nlohmann::json body{{"email", email}, {"password", kFaultDemoPassword}};
        if (!deviceId.empty()) {
            body["device_id"] = deviceId;
            body["device_name"] = "fault test";
        }
        const auto answer = api("POST", "/api/v1/auth/login", body);
        if (!answer || answer->status != 200) {
            ADD_FAILURE() << "login of " << email << " failed: " << (answer ? answer->body : "");
            return {};
        }
        return nlohmann::json::parse(answer->body).value("access_token", std::string{});
    }

    FaultProxy& proxy() { return *m_proxy; }
    std::string directUrl() const { return "https://127.0.0.1:" + std::to_string(m_port); }
    std::string proxyUrl() const { return "https://127.0.0.1:" + std::to_string(m_proxy->port()); }
    const std::string& workPath() const { return m_work.path(); }
    const std::string& caCertificatePath() const { return m_tls.caCertificatePath; }

private:
    static std::string tail(const std::string& text)
    {
        constexpr std::size_t kTail = 4000;
        return text.size() <= kTail ? text : text.substr(text.size() - kTail);
    }

    TempDirectory m_work{"fitflow-sync-faults"};
    TestCertificates m_tls;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    int m_port = 0;
};

} // namespace fitflow::test
