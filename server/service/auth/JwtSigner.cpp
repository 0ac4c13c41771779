#include "server/service/auth/JwtSigner.h"

#include "server/service/auth/Base64Url.h"
#include "server/service/auth/SodiumInit.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <array>

namespace fitflow::auth {
namespace {

Status checkClaims(const AccessTokenClaims& claims)
{
    if (claims.issuer.empty() || claims.audience.empty() || claims.subject.empty() ||
        claims.jwtId.empty()) {
        return makeError("invalid_argument", "iss, aud, sub and jti must not be empty");
    }
    const auto lifetime = claims.expiresAt - claims.issuedAt;
    if (lifetime <= std::chrono::seconds::zero() || lifetime > kMaxAccessTokenLifetime) {
        return makeError("invalid_argument", "an access token lives between 1 s and 15 min");
    }
    return {};
}

nlohmann::json payloadOf(const AccessTokenClaims& claims)
{
    nlohmann::json payload{{"iss", claims.issuer},
                           {"aud", claims.audience},
                           {"sub", claims.subject},
                           {"jti", claims.jwtId},
                           {"iat", claims.issuedAt.time_since_epoch().count()},
                           {"exp", claims.expiresAt.time_since_epoch().count()},
                           {"token_use", kAccessTokenUse}};
    if (claims.sessionId) {
        payload["sid"] = *claims.sessionId;
    }
    if (claims.deviceId) {
        payload["device_id"] = *claims.deviceId;
    }
    if (claims.orgId) {
        payload["org"] = *claims.orgId;
    }
    return payload;
}

} // namespace

Result<std::string> signAccessToken(const SigningKey& key, const AccessTokenClaims& claims)
{
    if (auto valid = checkClaims(claims); !valid) {
        return valid.error();
    }
    const nlohmann::json header{{"alg", "EdDSA"}, {"typ", "JWT"}, {"kid", key.kid()}};
    std::string token =
        encodeBase64Url(header.dump()) + "." + encodeBase64Url(payloadOf(claims).dump());
    const auto signature =
        key.sign(std::span(reinterpret_cast<const unsigned char*>(token.data()), token.size()));
    token += ".";
    token += encodeBase64Url(signature);
    return token;
}

std::string newJwtId()
{
    ensureSodiumInitialised();
    std::array<unsigned char, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    return encodeBase64Url(bytes);
}

} // namespace fitflow::auth
