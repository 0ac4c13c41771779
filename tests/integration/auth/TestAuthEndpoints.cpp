// The authentication API of the real fitflow-server over TLS: login, JWKS, refresh rotation
// and reuse, logout, the bearer check on /api/v1/me, throttling and strict bodies.

#include "tests/support/server/ApiServerFixture.h"

#include <sodium.h>

#include <chrono>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <thread>
#include <vector>

namespace fitflow::test {

namespace {

std::string base64Url(const std::string& bytes)
{
    std::string out(
        sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::strlen(out.c_str()));
    return out;
}

std::string fromBase64Url(const std::string& text)
{
    std::string out(text.size(), '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                          text.size(), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0) {
        return {};
    }
    out.resize(length);
    return out;
}

std::vector<std::string> segments(const std::string& token)
{
    std::vector<std::string> parts;
    std::stringstream stream(token);
    for (std::string part; std::getline(stream, part, '.');) {
        parts.push_back(part);
    }
    return parts;
}

// Signs header.payload with the Ed25519 seed of the key file's active key, as the server would.
std::string signWithKeyFile(const std::string& keyFilePath, const nlohmann::json& header,
                            const nlohmann::json& payload)
{
    std::ifstream file(keyFilePath);
    const auto keys = nlohmann::json::parse(file);
    const std::string seed = fromBase64Url(keys.at(0).at("seed").get<std::string>());
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(publicKey, secretKey,
                             reinterpret_cast<const unsigned char*>(seed.data()));
    const std::string input = base64Url(header.dump()) + "." + base64Url(payload.dump());
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(input.data()),
                         input.size(), secretKey);
    return input + "." +
           base64Url(std::string(reinterpret_cast<char*>(signature), sizeof signature));
}

nlohmann::json errorOf(const httplib::Result& answer)
{
    return nlohmann::json::parse(answer->body, nullptr, false)["error"];
}

using AuthEndpoints = ApiServerFixture;

TEST_F(AuthEndpoints, EveryDemoUserLogsInWithBearerTokens)
{
    for (const char* email : {"owner@demo.fitflow.test", "manager@demo.fitflow.test", kAlex,
                              "sam@demo.fitflow.test", "client@demo.fitflow.test"}) {
        const auto tokens = loginOk(email);
        EXPECT_EQ(tokens["token_type"], "Bearer") << email;
        EXPECT_EQ(tokens["expires_in"], 900) << email;
        EXPECT_EQ(segments(tokens["access_token"].get<std::string>()).size(), 3u) << email;
        EXPECT_EQ(tokens["refresh_token"].get<std::string>().size(), 43u) << email;
    }
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events "
                             "WHERE action = 'auth.login_succeeded'"),
              5);
}

TEST_F(AuthEndpoints, WrongPasswordAndUnknownEmailGiveByteIdenticalAnswers)
{
    const auto wrongPassword = login(kAlex, "not-the-password-at-all");
    const auto unknownEmail = login("nobody@demo.fitflow.test", "not-the-password-at-all");
    ASSERT_TRUE(wrongPassword && unknownEmail);
    EXPECT_EQ(wrongPassword->status, 401);
    EXPECT_EQ(unknownEmail->status, 401);
    EXPECT_EQ(wrongPassword->body, unknownEmail->body);
    EXPECT_EQ(errorOf(wrongPassword)["code"], "invalid_credentials");
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events "
                             "WHERE action = 'auth.login_failed'"),
              2);
}

TEST_F(AuthEndpoints, JwksPublicKeyVerifiesTheAccessTokenSignature)
{
    const std::string token = loginOk(kAlex)["access_token"];
    const auto jwksAnswer = client()->Get("/.well-known/jwks.json");
    ASSERT_TRUE(jwksAnswer);
    ASSERT_EQ(jwksAnswer->status, 200);
    const auto jwks = nlohmann::json::parse(jwksAnswer->body);
    const auto parts = segments(token);
    ASSERT_EQ(parts.size(), 3u);
    const auto header = nlohmann::json::parse(fromBase64Url(parts[0]));
    EXPECT_EQ(header["alg"], "EdDSA");

    const nlohmann::json* key = nullptr;
    for (const auto& candidate : jwks["keys"]) {
        if (candidate["kid"] == header["kid"]) {
            key = &candidate;
        }
    }
    ASSERT_NE(key, nullptr) << jwksAnswer->body;
    EXPECT_EQ((*key)["kty"], "OKP");
    EXPECT_EQ((*key)["crv"], "Ed25519");
    const std::string publicKey = fromBase64Url((*key)["x"].get<std::string>());
    ASSERT_EQ(publicKey.size(), crypto_sign_PUBLICKEYBYTES);
    const std::string signature = fromBase64Url(parts[2]);
    ASSERT_EQ(signature.size(), crypto_sign_BYTES);
    std::string input = parts[0] + "." + parts[1];
    const auto verify = [&] {
        return crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char*>(signature.data()),
            reinterpret_cast<const unsigned char*>(input.data()), input.size(),
            reinterpret_cast<const unsigned char*>(publicKey.data()));
    };
    EXPECT_EQ(verify(), 0);
    input.back() = input.back() == 'A' ? 'B' : 'A';
    EXPECT_NE(verify(), 0);

    const auto payload = nlohmann::json::parse(fromBase64Url(parts[1]));
    EXPECT_EQ(payload["iss"], "fitflow");
    EXPECT_EQ(payload["aud"], "fitflow-api");
    EXPECT_LE(payload["exp"].get<long long>() - payload["iat"].get<long long>(), 900);
}

TEST_F(AuthEndpoints, RefreshRotatesAndReuseRevokesTheWholeFamily)
{
    const auto refresh = [this](const std::string& token) {
        return post("/api/v1/auth/refresh", nlohmann::json{{"refresh_token", token}}.dump());
    };
    const std::string first = loginOk(kAlex)["refresh_token"];
    const auto rotated = refresh(first);
    ASSERT_TRUE(rotated);
    ASSERT_EQ(rotated->status, 200) << rotated->body;
    const std::string second = nlohmann::json::parse(rotated->body)["refresh_token"];
    EXPECT_NE(second, first);
    // The device used its new token, so the first one coming back can only be a copy.
    const auto rotatedAgain = refresh(second);
    ASSERT_TRUE(rotatedAgain);
    ASSERT_EQ(rotatedAgain->status, 200) << rotatedAgain->body;
    const std::string third = nlohmann::json::parse(rotatedAgain->body)["refresh_token"];

    const auto reused = refresh(first);
    ASSERT_TRUE(reused);
    EXPECT_EQ(reused->status, 401);
    EXPECT_EQ(errorOf(reused)["code"], "invalid_credentials");

    const auto newest = refresh(third);
    ASSERT_TRUE(newest);
    EXPECT_EQ(newest->status, 401) << "the newest token of a reused family must die too";
    EXPECT_EQ(superuserCount("SELECT count(*) FROM refresh_tokens WHERE state <> 'revoked'"), 0);
    // Each dead token that comes back is audited: the reused one and then the revoked newest one.
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events "
                             "WHERE action = 'auth.refresh_reuse_detected'"),
              2);
}

// A refresh answer lost on the way (network drop, client killed before it saved the new token)
// must not sign the device out: the same token again, while its successor is unused, rotates that
// successor. The lost successor then counts as a copy, and so does a third try of the old token.
TEST_F(AuthEndpoints, LostRefreshAnswerCanBeRetriedOnceItsSuccessorIsUnused)
{
    const auto refresh = [this](const std::string& token) {
        return post("/api/v1/auth/refresh", nlohmann::json{{"refresh_token", token}}.dump());
    };
    const std::string first = loginOk(kAlex)["refresh_token"];
    const auto lost = refresh(first);
    ASSERT_TRUE(lost);
    ASSERT_EQ(lost->status, 200) << lost->body;
    const std::string lostSecond = nlohmann::json::parse(lost->body)["refresh_token"];

    const auto retried = refresh(first);
    ASSERT_TRUE(retried);
    ASSERT_EQ(retried->status, 200) << retried->body;
    const std::string third = nlohmann::json::parse(retried->body)["refresh_token"];
    EXPECT_NE(third, lostSecond);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events "
                             "WHERE action = 'auth.token_refreshed_after_lost_answer'"),
              1);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM refresh_tokens WHERE state = 'active'"), 1);

    // The first token's successor has been used now: a third try is reuse and kills the family.
    const auto copied = refresh(first);
    ASSERT_TRUE(copied);
    EXPECT_EQ(copied->status, 401);
    const auto afterReuse = refresh(third);
    ASSERT_TRUE(afterReuse);
    EXPECT_EQ(afterReuse->status, 401);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM refresh_tokens WHERE state <> 'revoked'"), 0);
}

// A client killed while its refresh is still running on the server, restarted at once, sends
// the same token again while the first request is in flight. Both requests read the token as
// active; the one that loses the rotation race must get the lost-answer treatment (a fresh pair,
// the family alive), not be taken for a stolen copy that signs the device out. A row lock held
// from here parks both requests at the rotation, so they race every time.
TEST_F(AuthEndpoints, TwoRefreshesOfOneTokenInFlightAtOnceKeepTheFamilyAlive)
{
    const std::string first = loginOk(kAlex)["refresh_token"];
    const std::string body = nlohmann::json{{"refresh_token", first}}.dump();
    const std::string tokenRow =
        "SELECT id FROM refresh_tokens WHERE token_hash = sha256('" + first + "'::bytea)";

    pqxx::connection locker(database().superuserUrl());
    pqxx::work lockHolder(locker);
    ASSERT_EQ(lockHolder.exec(tokenRow + " FOR NO KEY UPDATE").size(), 1U);

    std::optional<httplib::Result> answers[2];
    std::thread requests[2];
    for (int i = 0; i < 2; ++i) {
        requests[i] =
            std::thread([&, i] { answers[i].emplace(post("/api/v1/auth/refresh", body)); });
    }
    const auto waitingOnTheLock = [&] {
        return superuserCount("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = "
                              "'Lock' AND query LIKE 'UPDATE refresh_tokens%'");
    };
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (waitingOnTheLock() < 2 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    const long long parked = waitingOnTheLock();
    lockHolder.commit();
    for (auto& request : requests) {
        request.join();
    }
    ASSERT_EQ(parked, 2) << "both refreshes must have reached the rotation before either won";

    std::set<std::string> issued;
    for (const auto& answer : answers) {
        ASSERT_TRUE(answer && *answer);
        ASSERT_EQ((*answer)->status, 200) << (*answer)->body;
        issued.insert(nlohmann::json::parse((*answer)->body)["refresh_token"].get<std::string>());
    }
    EXPECT_EQ(issued.size(), 2U);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events "
                             "WHERE action = 'auth.refresh_reuse_detected'"),
              0);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events "
                             "WHERE action = 'auth.token_refreshed_after_lost_answer'"),
              1);
    // The race's loser got the newest pair; the winner's answer was never used and is now a
    // rotated token like any other.
    EXPECT_EQ(superuserCount("SELECT count(*) FROM refresh_tokens WHERE state = 'active'"), 1);
}

TEST_F(AuthEndpoints, LogoutEndsTheRefreshFamily)
{
    const std::string refresh = loginOk(kAlex)["refresh_token"];
    const auto body = nlohmann::json{{"refresh_token", refresh}}.dump();
    const auto loggedOut = post("/api/v1/auth/logout", body);
    ASSERT_TRUE(loggedOut);
    EXPECT_EQ(loggedOut->status, 204);
    const auto after = post("/api/v1/auth/refresh", body);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->status, 401);
}

// The profile is read in one statement, one row per membership: a user with none (their last
// membership ended) still gets their profile, with an empty list.
TEST_F(AuthEndpoints, MeAnswersAProfileWithoutMemberships)
{
    const std::string token = loginOk(kAlex)["access_token"];
    superuserExec("UPDATE memberships SET ended_at = now() WHERE user_id = "
                  "(SELECT id FROM users WHERE email = 'alex@demo.fitflow.test')");
    const auto answer = me(token);
    ASSERT_TRUE(answer);
    ASSERT_EQ(answer->status, 200) << answer->body;
    const auto body = nlohmann::json::parse(answer->body);
    EXPECT_EQ(body["user"]["email"], kAlex);
    EXPECT_EQ(body["memberships"], nlohmann::json::array()) << answer->body;
}

TEST_F(AuthEndpoints, MeAnswersTheBearersProfile)
{
    const std::string token = loginOk(kAlex)["access_token"];
    const auto answer = me(token);
    ASSERT_TRUE(answer);
    ASSERT_EQ(answer->status, 200) << answer->body;
    const auto body = nlohmann::json::parse(answer->body);
    EXPECT_EQ(body["user"]["email"], kAlex);
    EXPECT_EQ(body["user"]["id"], nlohmann::json::parse(fromBase64Url(segments(token)[1]))["sub"]);

    // Memberships as the database holds them, across organizations (alex works for two).
    const long long expected =
        superuserCount("SELECT count(*) FROM memberships m JOIN users u ON u.id = m.user_id "
                       "WHERE u.email = 'alex@demo.fitflow.test' AND m.ended_at IS NULL");
    ASSERT_GT(expected, 0);
    ASSERT_EQ(body["memberships"].size(), static_cast<std::size_t>(expected)) << answer->body;
    std::set<std::string> organizations;
    for (const auto& membership : body["memberships"]) {
        organizations.insert(membership["organization_id"].get<std::string>());
        EXPECT_FALSE(membership["organization_name"].get<std::string>().empty());
        EXPECT_TRUE(membership["location_ids"].is_array());
    }
    EXPECT_EQ(static_cast<long long>(organizations.size()),
              superuserCount("SELECT count(DISTINCT m.org_id) FROM memberships m "
                             "JOIN users u ON u.id = m.user_id "
                             "WHERE u.email = 'alex@demo.fitflow.test' AND m.ended_at IS NULL"));
    // The owner sees only their own memberships, not alex's.
    const auto ownerMe = me(loginOk("owner@demo.fitflow.test")["access_token"]);
    ASSERT_TRUE(ownerMe);
    EXPECT_EQ(static_cast<long long>(nlohmann::json::parse(ownerMe->body)["memberships"].size()),
              superuserCount("SELECT count(*) FROM memberships m JOIN users u ON u.id = m.user_id "
                             "WHERE u.email = 'owner@demo.fitflow.test' AND m.ended_at IS NULL"));

    const auto anonymous = client()->Get("/api/v1/me");
    ASSERT_TRUE(anonymous);
    EXPECT_EQ(anonymous->status, 401);
}

TEST_F(AuthEndpoints, TamperedExpiredAndUnsignedTokensAreRefused)
{
    const std::string token = loginOk(kAlex)["access_token"];
    const auto parts = segments(token);
    const auto header = nlohmann::json::parse(fromBase64Url(parts[0]));
    auto payload = nlohmann::json::parse(fromBase64Url(parts[1]));

    std::string tampered = token;
    tampered[parts[0].size() + 5] = tampered[parts[0].size() + 5] == 'a' ? 'b' : 'a';

    auto expiredPayload = payload;
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    expiredPayload["iat"] = now - 1000;
    expiredPayload["exp"] = now - 200;
    const std::string expired = signWithKeyFile(keyFile(), header, expiredPayload);

    const std::string unsignedToken =
        base64Url(nlohmann::json{{"alg", "none"}, {"typ", "JWT"}}.dump()) + "." + parts[1] + ".";

    // A correctly signed token with the same payload is accepted: the refusals are about the
    // flaw each one carries, not about hand-made tokens.
    ASSERT_EQ(me(signWithKeyFile(keyFile(), header, payload))->status, 200);
    for (const auto& [name, bad] : {std::pair<std::string, std::string>{"tampered", tampered},
                                    {"expired", expired},
                                    {"alg none", unsignedToken}}) {
        const auto answer = me(bad);
        ASSERT_TRUE(answer) << name;
        EXPECT_EQ(answer->status, 401) << name << ": " << answer->body;
    }
}

TEST_F(AuthEndpoints, RevokedDeviceTokensAreRefusedAtOnce)
{
    const std::string deviceId = "01890a5d-ac96-774b-bcce-b302099a8057";
    const auto tokens = loginOk(kAlex, {{"device_id", deviceId}, {"device_name", "Front desk"}});
    const std::string access = tokens["access_token"];
    ASSERT_EQ(me(access)->status, 200);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM devices WHERE name = 'Front desk'"), 1);

    superuserExec("UPDATE devices SET revoked_at = now() WHERE id = '" + deviceId + "'");
    EXPECT_EQ(me(access)->status, 401);
    const auto refreshed = post("/api/v1/auth/refresh",
                                nlohmann::json{{"refresh_token", tokens["refresh_token"]}}.dump());
    ASSERT_TRUE(refreshed);
    EXPECT_EQ(refreshed->status, 401);
}

TEST_F(AuthEndpoints, ThrottlingEngagesAfterRepeatedFailures)
{
    int failures = 0;
    int status = 401;
    httplib::Response last;
    for (; failures < 12 && status == 401; ++failures) {
        const auto answer = login(kAlex, "definitely-wrong-password");
        ASSERT_TRUE(answer);
        status = answer->status;
        last = *answer;
    }
    EXPECT_EQ(last.status, 429) << last.body;
    EXPECT_GT(failures, 3) << "the first failures are free";
    EXPECT_EQ(nlohmann::json::parse(last.body)["error"]["code"], "rate_limited");
    EXPECT_GE(std::stoi(last.get_header_value("Retry-After")), 1);
    // While throttled even the right password waits. The delay reached above can be a single
    // second, which a slow machine may already have waited out; six stored failures (below the
    // lockout threshold) make it 8 s from now, so this step cannot race the clock.
    superuserExec("UPDATE login_throttles SET failures = 6, last_failed_at = now() "
                  "WHERE key_kind = 'account' AND key = 'alex@demo.fitflow.test'");
    EXPECT_EQ(login(kAlex, kDemoPassword)->status, 429);
}

TEST_F(AuthEndpoints, ReachingTheLockoutThresholdLocksTheAccountAndIsAudited)
{
    // Ten recent failures as storage records them (waiting out the growing delays to make them
    // over HTTP would take minutes).
    superuserExec("INSERT INTO login_throttles (key_kind, key, failures, window_started_at, "
                  "last_failed_at) VALUES ('account', 'alex@demo.fitflow.test', 10, "
                  "now() - interval '1 minute', now())");
    const auto answer = login(kAlex, kDemoPassword);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 429) << answer->body;
    EXPECT_GT(std::stoi(answer->get_header_value("Retry-After")), 60) << "a lockout, not a delay";
    EXPECT_EQ(superuserCount("SELECT count(*) FROM login_throttles WHERE key_kind = 'account' "
                             "AND locked_until > now() + interval '1 minute'"),
              1);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events "
                             "WHERE action = 'auth.account_locked' AND actor_user_id IS NOT NULL"),
              1);
    // Another user from the same IP is not locked out by alex's lockout.
    EXPECT_EQ(login("sam@demo.fitflow.test", kDemoPassword)->status, 200);
}

TEST_F(AuthEndpoints, StrictBodiesAnswer400WithTheFieldPath)
{
    const auto unknown =
        post("/api/v1/auth/login", R"({"email":"a@b.c","password":"x","remember_me":true})");
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->status, 400);
    EXPECT_EQ(errorOf(unknown)["path"], "remember_me");

    const auto wrongType = post("/api/v1/auth/login", R"({"email":42,"password":"x"})");
    ASSERT_TRUE(wrongType);
    EXPECT_EQ(wrongType->status, 400);
    EXPECT_EQ(errorOf(wrongType)["path"], "email");

    const auto badUtf8 = post("/api/v1/auth/refresh", "{\"refresh_token\":\"\xff\xfe\"}");
    ASSERT_TRUE(badUtf8);
    EXPECT_EQ(badUtf8->status, 400);

    const auto notJson = post("/api/v1/auth/logout", "refresh_token=abc");
    ASSERT_TRUE(notJson);
    EXPECT_EQ(notJson->status, 400);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM login_throttles"), 0);
}

// A server whose per-user allowance is tiny: 1 request a second, bursts of 2.
class PerUserRateLimit : public ApiServerFixture {
protected:
    Environment extraServeEnvironment() const override
    {
        return {{"FITFLOW_RATE_LIMIT_PER_USER", "1"}, {"FITFLOW_RATE_LIMIT_PER_USER_BURST", "2"}};
    }
};

TEST_F(PerUserRateLimit, OneUsersBurstIsRefusedWithRetryAfterWhileOthersGoOn)
{
    const std::string alex = loginOk(kAlex)["access_token"];
    const std::string sam = loginOk("sam@demo.fitflow.test")["access_token"];
    // At 1 token a second and a burst of 2, twenty requests on one connection can only all pass
    // if they take more than 18 s: a slow, loaded machine still sees a refusal.
    int refused = 0;
    auto https = client();
    for (int i = 0; i < 20 && refused == 0; ++i) {
        const auto answer = https->Get("/api/v1/me", bearer(alex));
        ASSERT_TRUE(answer);
        if (answer->status == 429) {
            ++refused;
            EXPECT_GE(std::stoi(answer->get_header_value("Retry-After")), 1);
            EXPECT_EQ(errorOf(answer)["code"], "rate_limited");
        } else {
            EXPECT_EQ(answer->status, 200) << answer->body;
        }
    }
    EXPECT_GE(refused, 1) << "twenty requests at once exceed a burst of two";
    const auto other = me(sam);
    ASSERT_TRUE(other);
    EXPECT_EQ(other->status, 200) << "another user's allowance is separate";
}

} // namespace

} // namespace fitflow::test
