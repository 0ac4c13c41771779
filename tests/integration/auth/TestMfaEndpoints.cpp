// TOTP enrolment over the real fitflow-server: enrol -> confirm -> login needs the code -> a code
// works once -> disable. Codes are computed by IndependentTotp.h, not by the server's Totp.

#include "tests/integration/auth/IndependentTotp.h"
#include "tests/support/server/ApiServerFixture.h"

#include <chrono>
#include <fstream>
#include <thread>

namespace fitflow::test {

namespace {

nlohmann::json errorOf(const httplib::Result& answer)
{
    return nlohmann::json::parse(answer->body, nullptr, false)["error"];
}

// Waits for a fresh time step when the current one is almost over, so a test that uses the
// steps around "now" is not split by a step boundary (each test needs ~10 s at most).
void avoidStepBoundary()
{
    using namespace std::chrono;
    const auto seconds =
        duration_cast<std::chrono::seconds>(system_clock::now().time_since_epoch());
    const auto intoStep = seconds.count() % 30;
    if (intoStep > 15) {
        std::this_thread::sleep_for(std::chrono::seconds(31 - intoStep));
    }
}

class MfaEndpoints : public ApiServerFixture {
protected:
    // Enrols `token`'s user and returns the decoded secret (fails the test otherwise).
    std::vector<unsigned char> enrol(const std::string& token)
    {
        const auto answer = postAs(token, "/api/v1/auth/mfa/enrol", nlohmann::json::object());
        EXPECT_TRUE(answer);
        if (!answer) {
            return {};
        }
        EXPECT_EQ(answer->status, 200) << answer->body;
        const auto body = nlohmann::json::parse(answer->body, nullptr, false);
        const std::string secret = body.value("secret", std::string{});
        EXPECT_NE(body.value("otpauth_uri", std::string{}).find("secret=" + secret),
                  std::string::npos)
            << answer->body;
        return decodeBase32ForTest(secret);
    }

    int confirm(const std::string& token, const std::string& code)
    {
        const auto answer =
            postAs(token, "/api/v1/auth/mfa/confirm", nlohmann::json{{"totp_code", code}});
        return answer ? answer->status : 0;
    }

    long long auditCount(const std::string& action)
    {
        return superuserCount("SELECT count(*) FROM audit_events WHERE action = '" + action + "'");
    }
};

TEST_F(MfaEndpoints, EnrolConfirmThenEveryLoginNeedsAFreshCodeUntilDisabled)
{
    const std::string token = accessTokenFor(kAlex);
    const auto secret = enrol(token);
    ASSERT_EQ(secret.size(), 20u) << "160-bit secret";
    EXPECT_EQ(superuserCount("SELECT count(*) FROM users WHERE mfa_pending_secret IS NOT NULL "
                             "AND mfa_enabled_at IS NULL"),
              1);
    EXPECT_EQ(login(kAlex, kDemoPassword)->status, 200) << "a pending enrolment is not MFA yet";

    avoidStepBoundary();
    const std::int64_t step = currentTotpStep();
    // The previous step's code is inside the ±1 window; using it leaves `step` for the login.
    ASSERT_EQ(confirm(token, totpCodeForTest(secret, step - 1)), 204);

    const auto withoutCode = login(kAlex, kDemoPassword);
    ASSERT_TRUE(withoutCode);
    EXPECT_EQ(withoutCode->status, 401);
    EXPECT_EQ(errorOf(withoutCode)["code"], "mfa_required");

    const nlohmann::json code{{"totp_code", totpCodeForTest(secret, step)}};
    const auto withCode = login(kAlex, kDemoPassword, code);
    ASSERT_TRUE(withCode);
    EXPECT_EQ(withCode->status, 200) << withCode->body;

    const auto replayed = login(kAlex, kDemoPassword, code);
    ASSERT_TRUE(replayed);
    EXPECT_EQ(replayed->status, 401);
    EXPECT_EQ(errorOf(replayed)["code"], "invalid_credentials");
    EXPECT_EQ(auditCount("auth.totp_code_reused"), 1);

    const auto reEnrol = postAs(token, "/api/v1/auth/mfa/enrol", nlohmann::json::object());
    ASSERT_TRUE(reEnrol);
    EXPECT_EQ(reEnrol->status, 409) << "MFA is already on";

    const std::string next = totpCodeForTest(secret, step + 1);
    const auto wrongPassword =
        postAs(token, "/api/v1/auth/mfa/disable",
               {{"password", "not-the-password-at-all"}, {"totp_code", next}});
    ASSERT_TRUE(wrongPassword);
    EXPECT_EQ(wrongPassword->status, 403);
    const auto usedCode =
        postAs(token, "/api/v1/auth/mfa/disable",
               {{"password", kDemoPassword}, {"totp_code", totpCodeForTest(secret, step)}});
    ASSERT_TRUE(usedCode);
    EXPECT_EQ(usedCode->status, 403) << "the login used this code already";
    const auto disabled = postAs(token, "/api/v1/auth/mfa/disable",
                                 {{"password", kDemoPassword}, {"totp_code", next}});
    ASSERT_TRUE(disabled);
    EXPECT_EQ(disabled->status, 204) << disabled->body;

    EXPECT_EQ(login(kAlex, kDemoPassword)->status, 200) << "MFA is off again";
    EXPECT_EQ(superuserCount("SELECT count(*) FROM users WHERE mfa_secret IS NOT NULL "
                             "OR mfa_enabled_at IS NOT NULL OR mfa_last_step IS NOT NULL"),
              0);
    EXPECT_EQ(auditCount("auth.mfa_enrolled"), 1);
    EXPECT_EQ(auditCount("auth.mfa_enabled"), 1);
    EXPECT_EQ(auditCount("auth.mfa_disabled"), 1);
    EXPECT_EQ(auditCount("auth.mfa_disable_failed"), 2);
}

TEST_F(MfaEndpoints, ReEnrolReplacesThePendingSecretAndAWrongCodeEnablesNothing)
{
    const std::string token = accessTokenFor(kAlex);
    const auto nothingPending =
        postAs(token, "/api/v1/auth/mfa/confirm", {{"totp_code", "123456"}});
    ASSERT_TRUE(nothingPending);
    EXPECT_EQ(nothingPending->status, 409);

    const auto first = enrol(token);
    const auto second = enrol(token);
    ASSERT_FALSE(first.empty());
    ASSERT_NE(first, second);
    avoidStepBoundary();
    const std::int64_t step = currentTotpStep();

    const auto stale =
        postAs(token, "/api/v1/auth/mfa/confirm", {{"totp_code", totpCodeForTest(first, step)}});
    ASSERT_TRUE(stale);
    EXPECT_EQ(stale->status, 400) << "the first secret was replaced";
    EXPECT_EQ(errorOf(stale)["path"], "totp_code");
    EXPECT_EQ(login(kAlex, kDemoPassword)->status, 200) << "a wrong code enables nothing";
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events "
                             "WHERE action = 'auth.mfa_confirm_failed'"),
              1);

    EXPECT_EQ(confirm(token, totpCodeForTest(second, step)), 204);
    EXPECT_EQ(login(kAlex, kDemoPassword)->status, 401);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM users WHERE mfa_enabled_at IS NOT NULL "
                             "AND mfa_pending_secret IS NULL"),
              1);
}

TEST_F(MfaEndpoints, NeedBearerAndStrictBodies)
{
    const auto anonymous = post("/api/v1/auth/mfa/enrol", "{}");
    ASSERT_TRUE(anonymous);
    EXPECT_EQ(anonymous->status, 401);

    const std::string token = accessTokenFor(kAlex);
    const auto unknownField =
        postAs(token, "/api/v1/auth/mfa/confirm", {{"totp_code", "123456"}, {"remember", true}});
    ASSERT_TRUE(unknownField);
    EXPECT_EQ(unknownField->status, 400);
    EXPECT_EQ(errorOf(unknownField)["path"], "remember");

    const auto wrongType = postAs(token, "/api/v1/auth/mfa/disable",
                                  {{"password", kDemoPassword}, {"totp_code", 123456}});
    ASSERT_TRUE(wrongType);
    EXPECT_EQ(wrongType->status, 400);
    EXPECT_EQ(errorOf(wrongType)["path"], "totp_code");

    const auto disableWhenOff = postAs(token, "/api/v1/auth/mfa/disable",
                                       {{"password", kDemoPassword}, {"totp_code", "123456"}});
    ASSERT_TRUE(disableWhenOff);
    EXPECT_EQ(disableWhenOff->status, 409);
}

// The same server with FITFLOW_MFA_KEY_FILE: secrets are sealed in the database.
class MfaWithKeyFile : public MfaEndpoints {
protected:
    void SetUp() override
    {
        m_keyFile = m_directory.path() + "/mfa.key";
        std::ofstream(m_keyFile) << std::string(64, 'c') << '\n';
        MfaEndpoints::SetUp();
    }

    Environment extraServeEnvironment() const override
    {
        return {{"FITFLOW_MFA_KEY_FILE", m_keyFile}};
    }

    // The stored bytes of a users column, as lower-case hex.
    std::string storedHex(const std::string& column, const std::string& email)
    {
        return superuserText("SELECT coalesce(encode(" + column +
                             ", 'hex'), '') FROM users WHERE email = '" + email + "'");
    }

private:
    TempDirectory m_directory{"fitflow-mfa-key-test"};
    std::string m_keyFile;
};

std::string hexOf(const std::vector<unsigned char>& bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    for (const unsigned char byte : bytes) {
        hex.push_back(kDigits[byte >> 4]);
        hex.push_back(kDigits[byte & 0x0F]);
    }
    return hex;
}

TEST_F(MfaWithKeyFile, SecretsAreSealedAtRestAndStillWork)
{
    const std::string token = accessTokenFor(kAlex);
    const auto secret = enrol(token);
    ASSERT_EQ(secret.size(), 20u);
    const std::string pending = storedHex("mfa_pending_secret", kAlex);
    EXPECT_EQ(pending.size(), 2u * (1 + 24 + 20 + 16)) << "version, nonce, sealed secret, tag";
    EXPECT_EQ(pending.find(hexOf(secret)), std::string::npos) << "never the secret in clear";

    avoidStepBoundary();
    const std::int64_t step = currentTotpStep();
    ASSERT_EQ(confirm(token, totpCodeForTest(secret, step - 1)), 204);
    EXPECT_EQ(storedHex("mfa_secret", kAlex), pending) << "confirm moves the sealed bytes";
    const auto withCode =
        login(kAlex, kDemoPassword, {{"totp_code", totpCodeForTest(secret, step)}});
    ASSERT_TRUE(withCode);
    EXPECT_EQ(withCode->status, 200) << withCode->body;

    // Alex's sealed secret copied into Sam's row does not open for Sam (the user id is bound).
    superuserExec("UPDATE users SET mfa_secret = (SELECT mfa_secret FROM users WHERE email = "
                  "'alex@demo.fitflow.test'), mfa_enabled_at = now() "
                  "WHERE email = 'sam@demo.fitflow.test'");
    const auto copied = login("sam@demo.fitflow.test", kDemoPassword,
                              {{"totp_code", totpCodeForTest(secret, step + 1)}});
    ASSERT_TRUE(copied);
    EXPECT_NE(copied->status, 200) << copied->body;
}

} // namespace

} // namespace fitflow::test
