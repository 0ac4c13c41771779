// fitflow-cli login for an account with two-step sign-in, through the real binary against the
// real fitflow-server over TLS (CliSyncFixture): without a code it is refused with a message that
// says how to give one and nothing is saved; with --totp or FITFLOW_TOTP the store becomes a
// device and can sync; a malformed code is a usage error before anything is sent.

#include "tests/integration/auth/IndependentTotp.h"
#include "tests/integration/cli_sync/CliSyncFixture.h"

#include <chrono>
#include <filesystem>
#include <thread>

namespace fitflow::test {

namespace {
constexpr const char* kAlex = "alex@demo.fitflow.test";
constexpr int kExitUsage = 2;
} // namespace

class CliLoginTotp : public CliSyncFixture {
protected:
    // Turns two-step sign-in on for Alex; returns the secret. The codes used afterwards stay
    // inside one 30-second step (and the next), which the server accepts.
    std::vector<unsigned char> enrolAlex()
    {
        const std::string token = accessTokenFor(kAlex);
        const auto enrol = apiPost("/api/v1/auth/mfa/enrol", nlohmann::json::object(), token);
        EXPECT_TRUE(enrol && enrol->status == 200);
        if (!enrol || enrol->status != 200) {
            return {};
        }
        auto secret =
            decodeBase32ForTest(nlohmann::json::parse(enrol->body).value("secret", std::string{}));
        const auto intoStep = std::chrono::duration_cast<std::chrono::seconds>(
                                  std::chrono::system_clock::now().time_since_epoch())
                                  .count() %
                              30;
        if (intoStep > 15) {
            std::this_thread::sleep_for(std::chrono::seconds(31 - intoStep));
        }
        m_step = currentTotpStep();
        const auto confirmed = apiPost("/api/v1/auth/mfa/confirm",
                                       {{"totp_code", totpCodeForTest(secret, m_step - 1)}}, token);
        EXPECT_TRUE(confirmed && confirmed->status == 204);
        return secret;
    }

    std::string newStore(const std::string& name)
    {
        const std::string store = storePath(name);
        const ProcessOutput created = cli({"store", "init", "--store", store});
        EXPECT_EQ(created.exitCode, 0) << created.err;
        return store;
    }

    std::vector<std::string> loginArguments(const std::string& store) const
    {
        return {"login",   "--store", store,       "--server",         serverUrl(),
                "--email", kAlex,     "--ca-cert", caCertificatePath()};
    }

    std::int64_t m_step = 0;
};

TEST_F(CliLoginTotp, RefusedWithoutTheCodeThenSignedInWithIt)
{
    const auto secret = enrolAlex();
    ASSERT_FALSE(secret.empty());
    const std::string store = newStore("totp-flag");

    const ProcessOutput withoutCode = cli(loginArguments(store), kCliDemoPassword);
    EXPECT_EQ(withoutCode.exitCode, 1) << withoutCode.err;
    EXPECT_NE(withoutCode.err.find("--totp"), std::string::npos) << withoutCode.err;
    EXPECT_NE(withoutCode.err.find("mfa_required"), std::string::npos) << withoutCode.err;
    EXPECT_NE(sync(store).exitCode, 0) << "no account may be saved by a refused login";

    std::vector<std::string> arguments = loginArguments(store);
    arguments.insert(arguments.end(), {"--totp", totpCodeForTest(secret, m_step)});
    const ProcessOutput signedIn = cli(arguments, kCliDemoPassword);
    ASSERT_EQ(signedIn.exitCode, 0) << signedIn.err;
    EXPECT_NE(signedIn.out.find("logged in as alex@demo.fitflow.test"), std::string::npos)
        << signedIn.out;
    const ProcessOutput synced = sync(store);
    EXPECT_EQ(synced.exitCode, 0) << synced.err;
}

TEST_F(CliLoginTotp, CodeFromTheEnvironment)
{
    const auto secret = enrolAlex();
    ASSERT_FALSE(secret.empty());
    const std::string store = newStore("totp-env");
    const ProcessOutput signedIn =
        ServerProcess::run(FITFLOW_CLI_BINARY, loginArguments(store),
                           {{"FITFLOW_PASSPHRASE", kCliPassphrase},
                            {"FITFLOW_PASSWORD", kCliDemoPassword},
                            {"FITFLOW_TOTP", totpCodeForTest(secret, m_step)}},
                           std::filesystem::path(store).parent_path().string());
    ASSERT_EQ(signedIn.exitCode, 0) << signedIn.err;
    EXPECT_EQ(sync(store).exitCode, 0);
}

TEST_F(CliLoginTotp, MalformedCodeIsAUsageErrorAndSavesNothing)
{
    const std::string store = newStore("totp-bad");
    std::vector<std::string> arguments = loginArguments(store);
    arguments.insert(arguments.end(), {"--totp", "12ab56"});
    const ProcessOutput refused = cli(arguments, kCliDemoPassword);
    EXPECT_EQ(refused.exitCode, kExitUsage) << refused.err;
    EXPECT_NE(refused.err.find("6 digits"), std::string::npos) << refused.err;
    EXPECT_NE(sync(store).exitCode, 0);
}

} // namespace fitflow::test
