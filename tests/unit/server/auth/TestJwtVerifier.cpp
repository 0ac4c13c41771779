#include "server/service/auth/Base64Url.h"
#include "server/service/auth/JwtSigner.h"
#include "server/service/auth/JwtVerifier.h"
#include "server/service/auth/SigningKeyRing.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sodium.h>

#include <array>
#include <span>
#include <string>
#include <vector>

namespace fitflow::auth {
namespace {

using nlohmann::json;
using std::chrono::seconds;
using std::chrono::sys_seconds;

const sys_seconds kNow{seconds(1'800'000'000)};
constexpr const char* kIssuer = "https://fitflow.test";
constexpr const char* kAudience = "fitflow-api";

std::span<const unsigned char> bytesOf(std::string_view text)
{
    return {reinterpret_cast<const unsigned char*>(text.data()), text.size()};
}

// A ring of a retired key and an active one, as after one rotation.
SigningKeyRing makeRing()
{
    std::vector<SigningKey> keys;
    keys.push_back(SigningKey::generate());
    keys.push_back(SigningKey::generate());
    const std::string activeKid = keys.back().kid();
    return std::move(SigningKeyRing::create(std::move(keys), activeKid)).value();
}

AccessTokenClaims validClaims()
{
    AccessTokenClaims claims;
    claims.issuer = kIssuer;
    claims.audience = kAudience;
    claims.subject = "0190f2c4-0000-7000-8000-000000000001";
    claims.jwtId = newJwtId();
    claims.issuedAt = kNow;
    claims.expiresAt = kNow + seconds(600);
    claims.orgId = "0190f2c4-0000-7000-8000-0000000000aa";
    return claims;
}

json validPayload()
{
    return json{{"iss", kIssuer},       {"aud", kAudience},     {"sub", "user-1"},
                {"jti", "jti-1"},       {"iat", 1'800'000'000}, {"exp", 1'800'000'600},
                {"token_use", "access"}};
}

json edDsaHeader(const SigningKey& key)
{
    return json{{"alg", "EdDSA"}, {"typ", "JWT"}, {"kid", key.kid()}};
}

// Builds a compact JWS by hand, signed by `key` (or with `signature` given verbatim).
std::string signedToken(const json& header, const json& payload, const SigningKey& key)
{
    const std::string signingInput =
        encodeBase64Url(header.dump()) + "." + encodeBase64Url(payload.dump());
    return signingInput + "." + encodeBase64Url(key.sign(bytesOf(signingInput)));
}

class JwtVerifierTest : public ::testing::Test {
protected:
    Result<AccessTokenClaims> verify(const std::string& token, sys_seconds now = kNow) const
    {
        return m_verifier.verifyAccessToken(token, now);
    }
    void expectRejected(const std::string& token, const char* code, sys_seconds now = kNow) const
    {
        auto result = verify(token, now);
        ASSERT_FALSE(result.ok()) << token;
        EXPECT_EQ(result.error().code, code) << result.error().message;
    }

    SigningKeyRing m_ring = makeRing();
    JwtVerifier m_verifier{m_ring, JwtVerifierOptions{kIssuer, kAudience, seconds(30)}};
};

TEST_F(JwtVerifierTest, SignedTokenVerifiesAndRoundTripsItsClaims)
{
    auto claims = validClaims();
    claims.sessionId = "family-1";
    claims.deviceId = "device-1";
    auto token = signAccessToken(m_ring.activeKey(), claims);
    ASSERT_TRUE(token.ok());
    auto verified = verify(*token);
    ASSERT_TRUE(verified.ok()) << verified.error().code;
    EXPECT_EQ(*verified, claims);
}

TEST_F(JwtVerifierTest, HeaderNamesEdDsaJwtAndTheActiveKid)
{
    auto token = signAccessToken(m_ring.activeKey(), validClaims());
    ASSERT_TRUE(token.ok());
    const auto header = decodeBase64Url(token->substr(0, token->find('.')));
    ASSERT_TRUE(header.ok());
    const auto parsed = json::parse(std::string(header->begin(), header->end()));
    EXPECT_EQ(parsed, (json{{"alg", "EdDSA"}, {"typ", "JWT"}, {"kid", m_ring.activeKey().kid()}}));
}

TEST_F(JwtVerifierTest, TokensOfARetiredKeyStillVerify)
{
    const SigningKey& retired = m_ring.keys().front();
    ASSERT_NE(retired.kid(), m_ring.activeKey().kid());
    EXPECT_TRUE(verify(signedToken(edDsaHeader(retired), validPayload(), retired)).ok());
}

TEST_F(JwtVerifierTest, SignerRefusesLifetimesOverFifteenMinutes)
{
    auto claims = validClaims();
    claims.expiresAt = claims.issuedAt + seconds(15 * 60 + 1);
    EXPECT_EQ(signAccessToken(m_ring.activeKey(), claims).error().code, "invalid_argument");
    claims.expiresAt = claims.issuedAt;
    EXPECT_FALSE(signAccessToken(m_ring.activeKey(), claims).ok());
    claims = validClaims();
    claims.audience.clear();
    EXPECT_FALSE(signAccessToken(m_ring.activeKey(), claims).ok());
}

TEST_F(JwtVerifierTest, RefusesAlgNoneWithEmptySignature)
{
    const json header{{"alg", "none"}, {"typ", "JWT"}, {"kid", m_ring.activeKey().kid()}};
    const std::string token =
        encodeBase64Url(header.dump()) + "." + encodeBase64Url(validPayload().dump()) + ".";
    expectRejected(token, jwt_error::kAlgNone);
    const json upper{{"alg", "NoNe"}, {"typ", "JWT"}};
    expectRejected(encodeBase64Url(upper.dump()) + "." + encodeBase64Url(validPayload().dump()) +
                       ".",
                   jwt_error::kAlgNone);
}

TEST_F(JwtVerifierTest, RefusesHs256SignedWithThePublicKeyAsHmacSecret)
{
    // The classic key-confusion attack: the attacker knows the public key from the JWKS.
    const SigningKey& key = m_ring.activeKey();
    const json header{{"alg", "HS256"}, {"typ", "JWT"}, {"kid", key.kid()}};
    const std::string signingInput =
        encodeBase64Url(header.dump()) + "." + encodeBase64Url(validPayload().dump());
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key.publicKey().data(), key.publicKey().size());
    crypto_auth_hmacsha256_update(&state, bytesOf(signingInput).data(), signingInput.size());
    crypto_auth_hmacsha256_final(&state, mac.data());
    expectRejected(signingInput + "." + encodeBase64Url(mac), jwt_error::kAlgUnsupported);
}

TEST_F(JwtVerifierTest, RefusesEveryOtherAlgorithmEvenWithAValidEdDsaSignature)
{
    for (const char* alg : {"RS256", "ES256", "PS256", "HS512", "Ed25519", "eddsa"}) {
        json header = edDsaHeader(m_ring.activeKey());
        header["alg"] = alg;
        expectRejected(signedToken(header, validPayload(), m_ring.activeKey()),
                       jwt_error::kAlgUnsupported);
    }
}

TEST_F(JwtVerifierTest, RefusesUnknownKidEvenWhenTheHeaderCarriesItsOwnJwk)
{
    const SigningKey attacker = SigningKey::generate();
    json header = edDsaHeader(attacker);
    header["jwk"] = {
        {"kty", "OKP"}, {"crv", "Ed25519"}, {"x", encodeBase64Url(attacker.publicKey())}};
    header["jku"] = "https://attacker.example/jwks.json";
    expectRejected(signedToken(header, validPayload(), attacker), jwt_error::kUnknownKid);
}

TEST_F(JwtVerifierTest, RefusesASignatureByAnotherKeyUnderOurKid)
{
    const SigningKey attacker = SigningKey::generate();
    expectRejected(signedToken(edDsaHeader(m_ring.activeKey()), validPayload(), attacker),
                   jwt_error::kBadSignature);
}

TEST_F(JwtVerifierTest, RefusesATamperedPayload)
{
    const std::string token =
        signedToken(edDsaHeader(m_ring.activeKey()), validPayload(), m_ring.activeKey());
    json elevated = validPayload();
    elevated["sub"] = "user-2";
    const auto first = token.find('.');
    const auto second = token.find('.', first + 1);
    const std::string tampered =
        token.substr(0, first + 1) + encodeBase64Url(elevated.dump()) + token.substr(second);
    expectRejected(tampered, jwt_error::kBadSignature);
}

TEST_F(JwtVerifierTest, RefusesExpiredTokensAfterTheLeeway)
{
    const std::string token =
        signedToken(edDsaHeader(m_ring.activeKey()), validPayload(), m_ring.activeKey());
    const sys_seconds exp{seconds(1'800'000'600)};
    EXPECT_TRUE(verify(token, exp + seconds(29)).ok()); // within the 30 s leeway
    expectRejected(token, jwt_error::kExpired, exp + seconds(30));
    expectRejected(token, jwt_error::kExpired, exp + seconds(3600));
}

TEST_F(JwtVerifierTest, RefusesTokensIssuedInTheFutureBeyondTheLeeway)
{
    const std::string token =
        signedToken(edDsaHeader(m_ring.activeKey()), validPayload(), m_ring.activeKey());
    EXPECT_TRUE(verify(token, kNow - seconds(30)).ok());
    expectRejected(token, jwt_error::kNotYetValid, kNow - seconds(31));
    json payload = validPayload();
    payload["nbf"] = 1'800'000'300;
    expectRejected(signedToken(edDsaHeader(m_ring.activeKey()), payload, m_ring.activeKey()),
                   jwt_error::kNotYetValid);
}

TEST_F(JwtVerifierTest, LeewayIsClampedToSixtySeconds)
{
    const JwtVerifier lenient(m_ring, JwtVerifierOptions{kIssuer, kAudience, seconds(3600)});
    const std::string token =
        signedToken(edDsaHeader(m_ring.activeKey()), validPayload(), m_ring.activeKey());
    const sys_seconds exp{seconds(1'800'000'600)};
    EXPECT_TRUE(lenient.verifyAccessToken(token, exp + seconds(59)).ok());
    EXPECT_EQ(lenient.verifyAccessToken(token, exp + seconds(60)).error().code,
              jwt_error::kExpired);
}

TEST_F(JwtVerifierTest, RefusesLifetimesOverFifteenMinutesEvenIfSigned)
{
    json payload = validPayload();
    payload["exp"] = 1'800'000'000 + 15 * 60 + 1;
    expectRejected(signedToken(edDsaHeader(m_ring.activeKey()), payload, m_ring.activeKey()),
                   jwt_error::kLifetimeInvalid);
}

TEST_F(JwtVerifierTest, RefusesWrongAudienceAndIssuer)
{
    json payload = validPayload();
    payload["aud"] = "billing-api";
    expectRejected(signedToken(edDsaHeader(m_ring.activeKey()), payload, m_ring.activeKey()),
                   jwt_error::kWrongAudience);
    payload["aud"] = json::array({"billing-api", kAudience});
    EXPECT_TRUE(
        verify(signedToken(edDsaHeader(m_ring.activeKey()), payload, m_ring.activeKey())).ok());
    payload = validPayload();
    payload.erase("aud");
    expectRejected(signedToken(edDsaHeader(m_ring.activeKey()), payload, m_ring.activeKey()),
                   jwt_error::kWrongAudience);
    payload = validPayload();
    payload["iss"] = "https://evil.test";
    expectRejected(signedToken(edDsaHeader(m_ring.activeKey()), payload, m_ring.activeKey()),
                   jwt_error::kWrongIssuer);
    payload.erase("iss");
    expectRejected(signedToken(edDsaHeader(m_ring.activeKey()), payload, m_ring.activeKey()),
                   jwt_error::kWrongIssuer);
}

TEST_F(JwtVerifierTest, RefusesARefreshOrOtherTokenUsedAsAccessToken)
{
    for (const json& use : {json("refresh"), json("invite"), json("ACCESS"), json(1)}) {
        json payload = validPayload();
        payload["token_use"] = use;
        expectRejected(signedToken(edDsaHeader(m_ring.activeKey()), payload, m_ring.activeKey()),
                       jwt_error::kWrongUse);
    }
    json payload = validPayload();
    payload.erase("token_use");
    expectRejected(signedToken(edDsaHeader(m_ring.activeKey()), payload, m_ring.activeKey()),
                   jwt_error::kWrongUse);
}

TEST_F(JwtVerifierTest, RefusesMalformedSegments)
{
    const std::string token =
        signedToken(edDsaHeader(m_ring.activeKey()), validPayload(), m_ring.activeKey());
    for (const std::string& bad :
         {std::string(), std::string("abc"), std::string("a.b"), token + ".", token + ".x",
          "." + token, token.substr(0, token.rfind('.')), std::string(9000, 'a')}) {
        expectRejected(bad, jwt_error::kMalformed);
    }
}

TEST_F(JwtVerifierTest, RefusesBadBase64AndBadJsonInSegments)
{
    const std::string payload = encodeBase64Url(validPayload().dump());
    expectRejected("e30=." + payload + ".AA", jwt_error::kMalformed); // padded header
    expectRejected(encodeBase64Url(std::string_view("{\"alg\":")) + "." + payload + ".AA",
                   jwt_error::kMalformed);
    expectRejected(encodeBase64Url(std::string_view("[]")) + "." + payload + ".AA",
                   jwt_error::kMalformed);
    const std::string duplicateAlg = R"({"alg":"EdDSA","alg":"none","kid":"x"})";
    expectRejected(encodeBase64Url(duplicateAlg) + "." + payload + ".AA", jwt_error::kMalformed);
    // A signature that is not base64url.
    const std::string token =
        signedToken(edDsaHeader(m_ring.activeKey()), validPayload(), m_ring.activeKey());
    expectRejected(token.substr(0, token.rfind('.')) + ".***", jwt_error::kMalformed);
}

TEST_F(JwtVerifierTest, RefusesSignedPayloadsWithMissingOrMistypedClaims)
{
    for (const char* claim : {"sub", "jti", "iat", "exp"}) {
        json payload = validPayload();
        payload.erase(claim);
        expectRejected(signedToken(edDsaHeader(m_ring.activeKey()), payload, m_ring.activeKey()),
                       jwt_error::kMalformed);
    }
    json payload = validPayload();
    payload["exp"] = 1'800'000'600.5;
    expectRejected(signedToken(edDsaHeader(m_ring.activeKey()), payload, m_ring.activeKey()),
                   jwt_error::kMalformed);
    payload = validPayload();
    payload["org"] = 42;
    expectRejected(signedToken(edDsaHeader(m_ring.activeKey()), payload, m_ring.activeKey()),
                   jwt_error::kMalformed);
}

TEST_F(JwtVerifierTest, RefusesCriticalHeaderExtensionsAndForeignTyp)
{
    json header = edDsaHeader(m_ring.activeKey());
    header["crit"] = json::array({"exp"});
    expectRejected(signedToken(header, validPayload(), m_ring.activeKey()), jwt_error::kMalformed);
    header = edDsaHeader(m_ring.activeKey());
    header["typ"] = "JOSE+JSON";
    expectRejected(signedToken(header, validPayload(), m_ring.activeKey()), jwt_error::kMalformed);
}

} // namespace
} // namespace fitflow::auth
