#pragma once
// A migrated, demo-seeded database and the real `fitflow-server serve` over TLS with a fresh JWT
// key file, plus small HTTPS helpers for API tests (login, bearer requests, superuser SQL).
// Header-only: each API test target compiles it with its own FITFLOW_SERVER_BINARY.

#include "tests/support/server/PgTestDatabase.h"
#include "tests/support/server/SeededServer.h"
#include "tests/support/server/ServerProcess.h"
#include "tests/support/server/TempDirectory.h"
#include "tests/support/server/TestCertificates.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <iostream>
#include <memory>
#include <string>

namespace fitflow::test {

inline constexpr const char* kDemoPassword = "auth-endpoints-demo-pass";
inline constexpr const char* kAlex = "alex@demo.fitflow.test";

class ApiServerFixture : public PgTestFixture {
protected:
    // Variables added to (or overriding) serve's environment, for fixtures that tune limits.
    virtual Environment extraServeEnvironment() const { return {}; }

    void SetUp() override
    {
        PgTestFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        SeededServer server = startSeededServer(FITFLOW_SERVER_BINARY, database(), m_work.path(),
                                                kDemoPassword, extraServeEnvironment());
        m_tls = server.tls;
        m_keyFile = server.keyFile;
        m_server = std::move(server.process);
        ASSERT_NE(server.port, 0);
        m_port = server.port;
    }

    void TearDown() override
    {
        if (HasFailure() && m_server) {
            std::cerr << "fitflow-server stderr:\n" << m_server->stderrText() << '\n';
        }
        m_server.reset();
        PgTestFixture::TearDown();
    }

    std::unique_ptr<httplib::SSLClient> client() const
    {
        auto https = std::make_unique<httplib::SSLClient>("127.0.0.1", m_port);
        https->set_ca_cert_path(m_tls.caCertificatePath.c_str());
        https->enable_server_certificate_verification(true);
        https->set_connection_timeout(5);
        https->set_read_timeout(60);
        return https;
    }

    httplib::Result post(const std::string& path, const std::string& body) const
    {
        return client()->Post(path.c_str(), body, "application/json");
    }

    httplib::Result login(const std::string& email, const std::string& password,
                          const nlohmann::json& extra = nlohmann::json::object()) const
    {
        nlohmann::json body{{"email", email}, {"password", password}};
        body.update(extra);
        return post("/api/v1/auth/login", body.dump());
    }

    // The token pair of a successful login (fails the test otherwise).
    nlohmann::json loginOk(const std::string& email,
                           const nlohmann::json& extra = nlohmann::json::object()) const
    {
        const auto answer = login(email, kDemoPassword, extra);
        EXPECT_TRUE(answer) << "no answer";
        if (!answer) {
            return {};
        }
        EXPECT_EQ(answer->status, 200) << answer->body;
        return nlohmann::json::parse(answer->body, nullptr, false);
    }

    // The access token of a successful demo login.
    std::string accessTokenFor(const std::string& email) const
    {
        return loginOk(email).value("access_token", std::string{});
    }

    static httplib::Headers bearer(const std::string& accessToken)
    {
        return httplib::Headers{{"Authorization", "Bearer " + accessToken}};
    }

    httplib::Result getAs(const std::string& accessToken, const std::string& path) const
    {
        return client()->Get(path.c_str(), bearer(accessToken));
    }

    httplib::Result postAs(const std::string& accessToken, const std::string& path,
                           const nlohmann::json& body) const
    {
        return client()->Post(path.c_str(), bearer(accessToken), body.dump(), "application/json");
    }

    httplib::Result patchAs(const std::string& accessToken, const std::string& path,
                            const nlohmann::json& body) const
    {
        return client()->Patch(path.c_str(), bearer(accessToken), body.dump(), "application/json");
    }

    httplib::Result putAs(const std::string& accessToken, const std::string& path,
                          const nlohmann::json& body) const
    {
        return client()->Put(path.c_str(), bearer(accessToken), body.dump(), "application/json");
    }

    httplib::Result deleteAs(const std::string& accessToken, const std::string& path) const
    {
        return client()->Delete(path.c_str(), bearer(accessToken));
    }

    // One text value from the database as superuser (RLS bypassed), e.g. an id to test with.
    std::string superuserText(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        return transaction.exec1(sql)[0].as<std::string>();
    }

    httplib::Result me(const std::string& accessToken) const
    {
        return client()->Get("/api/v1/me",
                             httplib::Headers{{"Authorization", "Bearer " + accessToken}});
    }

    long long superuserCount(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        return transaction.exec1(sql)[0].as<long long>();
    }

    void superuserExec(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        transaction.exec(sql);
        transaction.commit();
    }

    const std::string& keyFile() const { return m_keyFile; }

private:
    TempDirectory m_work{"fitflow-auth-test"};
    TestCertificates m_tls;
    std::string m_keyFile;
    std::unique_ptr<ServerProcess> m_server;
    int m_port = 0;
};

} // namespace fitflow::test
