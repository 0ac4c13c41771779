// A standard JWT library verifies our access tokens: tests/js/verify-access-token.mjs runs under
// node with `jose`, fetches /.well-known/jwks.json from the real server over TLS (trusting the
// test CA through NODE_EXTRA_CA_CERTS), checks signature, issuer and audience, and must refuse a
// tampered token. `./test.sh` installs node and runs `npm ci --prefix tests/js` first.

#include "tests/support/server/ApiServerFixture.h"

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include <unistd.h>

namespace fitflow::test {

namespace {

// The first `node` on PATH, or empty.
std::string findNode()
{
    std::stringstream path(std::getenv("PATH") ? std::getenv("PATH") : "");
    for (std::string directory; std::getline(path, directory, ':');) {
        const std::filesystem::path candidate = std::filesystem::path(directory) / "node";
        std::error_code error;
        if (!directory.empty() && std::filesystem::is_regular_file(candidate, error) &&
            access(candidate.c_str(), X_OK) == 0) {
            return candidate.string();
        }
    }
    return {};
}

// The fixture's server, but on certificates and a port this test knows, because node must be
// told which CA to trust and where to fetch the keys from.
class JoseVerification : public ApiServerFixture {
protected:
    void SetUp() override
    {
        m_certificates = TestCertificates::createIn(m_directory.path());
        m_port = unusedLoopbackPort();
        ApiServerFixture::SetUp();
    }

    Environment extraServeEnvironment() const override
    {
        return {{"FITFLOW_TLS_CERT", m_certificates.serverCertificatePath},
                {"FITFLOW_TLS_KEY", m_certificates.serverKeyPath},
                {"FITFLOW_PORT", std::to_string(m_port)}};
    }

    std::string accessToken()
    {
        httplib::SSLClient https("127.0.0.1", m_port);
        https.set_ca_cert_path(m_certificates.caCertificatePath.c_str());
        https.enable_server_certificate_verification(true);
        https.set_read_timeout(60);
        const nlohmann::json body{{"email", kAlex}, {"password", kDemoPassword}};
        const auto answer = https.Post("/api/v1/auth/login", body.dump(), "application/json");
        EXPECT_TRUE(answer);
        if (!answer) {
            return {};
        }
        EXPECT_EQ(answer->status, 200) << answer->body;
        return nlohmann::json::parse(answer->body).value("access_token", std::string{});
    }

    ProcessOutput verifyWithJose(const std::string& node, const std::string& token,
                                 const std::string& audience = "fitflow-api")
    {
        const std::string jwksUrl =
            "https://127.0.0.1:" + std::to_string(m_port) + "/.well-known/jwks.json";
        // Through env(1): ServerProcess appends variables, and an inherited NODE_EXTRA_CA_CERTS
        // (many machines set one) would win over an appended one.
        return ServerProcess::run("/usr/bin/env",
                                  {"NODE_EXTRA_CA_CERTS=" + m_certificates.caCertificatePath, node,
                                   std::string(FITFLOW_JS_TESTS_DIR) + "/verify-access-token.mjs"},
                                  {{"FITFLOW_JWKS_URL", jwksUrl},
                                   {"FITFLOW_JWT_ISSUER", "fitflow"},
                                   {"FITFLOW_JWT_AUDIENCE", audience},
                                   {"FITFLOW_ACCESS_TOKEN", token}},
                                  m_directory.path(), std::chrono::seconds(60));
    }

private:
    TempDirectory m_directory{"fitflow-jose-test"};
    TestCertificates m_certificates;
    int m_port = 0;
};

TEST_F(JoseVerification, JoseVerifiesTheAccessTokenAgainstTheServedJwksAndRefusesTampering)
{
    const std::string node = findNode();
    if (node.empty()) {
        GTEST_SKIP() << "node is not installed: ./test.sh installs nodejs; skipping the jose check";
    }
    ASSERT_TRUE(std::filesystem::exists(std::string(FITFLOW_JS_TESTS_DIR) + "/node_modules/jose"))
        << "jose is not installed: run `npm ci --prefix tests/js` (./test.sh does)";

    const std::string token = accessToken();
    ASSERT_FALSE(token.empty());
    const ProcessOutput verified = verifyWithJose(node, token);
    ASSERT_EQ(verified.exitCode, 0) << verified.err;
    const auto printed = nlohmann::json::parse(verified.out, nullptr, false);
    ASSERT_TRUE(printed.is_object()) << verified.out;
    EXPECT_EQ(printed["header"]["alg"], "EdDSA");
    EXPECT_EQ(printed["claims"]["iss"], "fitflow");
    EXPECT_EQ(printed["claims"]["aud"], "fitflow-api");
    EXPECT_EQ(printed["claims"]["sub"],
              superuserText("SELECT id::text FROM users WHERE email = 'alex@demo.fitflow.test'"));

    // One character of the payload changed: the signature no longer matches.
    std::string tampered = token;
    const std::size_t payloadStart = tampered.find('.') + 1;
    tampered[payloadStart + 4] = tampered[payloadStart + 4] == 'a' ? 'b' : 'a';
    const ProcessOutput refused = verifyWithJose(node, tampered);
    EXPECT_EQ(refused.exitCode, 1) << refused.out;
    EXPECT_NE(refused.err.find("ERR_JW"), std::string::npos) << refused.err;

    // The audience is checked too: the same valid token is refused for another audience.
    const ProcessOutput otherAudience = verifyWithJose(node, token, "someone-else");
    EXPECT_EQ(otherAudience.exitCode, 1) << otherAudience.out;
    EXPECT_NE(otherAudience.err.find("ERR_JWT_CLAIM_VALIDATION_FAILED"), std::string::npos)
        << otherAudience.err;
}

} // namespace

} // namespace fitflow::test
