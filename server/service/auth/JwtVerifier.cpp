#include "server/service/auth/JwtVerifier.h"

#include "server/service/auth/Base64Url.h"
#include "shared/codec/SafeJsonParser.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <optional>
#include <span>

namespace fitflow::auth {
namespace {

using nlohmann::json;

Error tokenError(const char* code, std::string message, std::string path = {})
{
    return makeError(code, std::move(message), std::move(path));
}

struct Segments {
    std::string_view header;
    std::string_view payload;
    std::string_view signature;
    std::string_view signedPart; // "header.payload", the bytes the signature covers
};

std::optional<Segments> splitCompact(std::string_view token)
{
    const auto first = token.find('.');
    if (first == std::string_view::npos) {
        return std::nullopt;
    }
    const auto second = token.find('.', first + 1);
    if (second == std::string_view::npos || token.find('.', second + 1) != std::string_view::npos) {
        return std::nullopt;
    }
    return Segments{token.substr(0, first), token.substr(first + 1, second - first - 1),
                    token.substr(second + 1), token.substr(0, second)};
}

Result<json> decodeJsonSegment(std::string_view segment, const char* name)
{
    auto bytes = decodeBase64Url(segment);
    if (!bytes) {
        return tokenError(jwt_error::kMalformed, std::string(name) + " is not base64url", name);
    }
    const std::string_view text(reinterpret_cast<const char*>(bytes->data()), bytes->size());
    auto document = parseJson(text);
    if (!document || !document->is_object()) {
        return tokenError(jwt_error::kMalformed, std::string(name) + " is not a JSON object", name);
    }
    return std::move(document).value();
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return std::ranges::equal(a, b, [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
    });
}

Result<const SigningKey*> checkHeader(const json& header, const SigningKeyRing& keys)
{
    const auto alg = header.find("alg");
    if (alg == header.end() || !alg->is_string()) {
        return tokenError(jwt_error::kMalformed, "header has no alg", "header.alg");
    }
    const auto& algName = alg->get_ref<const std::string&>();
    if (equalsIgnoringCase(algName, "none")) {
        return tokenError(jwt_error::kAlgNone, "unsigned tokens are refused", "header.alg");
    }
    if (algName != "EdDSA") {
        return tokenError(jwt_error::kAlgUnsupported, "only EdDSA is accepted", "header.alg");
    }
    if (header.contains("crit")) {
        return tokenError(jwt_error::kMalformed, "no critical extension is understood",
                          "header.crit");
    }
    if (const auto typ = header.find("typ"); typ != header.end()) {
        if (!typ->is_string() ||
            !(equalsIgnoringCase(typ->get_ref<const std::string&>(), "JWT") ||
              equalsIgnoringCase(typ->get_ref<const std::string&>(), "at+jwt"))) {
            return tokenError(jwt_error::kMalformed, "typ is not JWT", "header.typ");
        }
    }
    const auto kid = header.find("kid");
    if (kid == header.end() || !kid->is_string()) {
        return tokenError(jwt_error::kMalformed, "header has no kid", "header.kid");
    }
    // The kid is only ever compared with our own key ids: never a path, URL or query.
    const SigningKey* key = keys.findKey(kid->get_ref<const std::string&>());
    if (key == nullptr) {
        return tokenError(jwt_error::kUnknownKid, "no key has this kid", "header.kid");
    }
    return key;
}

Result<std::string> requiredString(const json& payload, const char* name)
{
    const auto value = payload.find(name);
    if (value == payload.end() || !value->is_string() ||
        value->get_ref<const std::string&>().empty()) {
        return tokenError(jwt_error::kMalformed, std::string(name) + " must be a non-empty string",
                          name);
    }
    return value->get<std::string>();
}

Result<std::optional<std::string>> optionalString(const json& payload, const char* name)
{
    const auto value = payload.find(name);
    if (value == payload.end()) {
        return std::optional<std::string>{};
    }
    if (!value->is_string()) {
        return tokenError(jwt_error::kMalformed, std::string(name) + " must be a string", name);
    }
    return std::optional<std::string>(value->get<std::string>());
}

Result<std::optional<std::chrono::sys_seconds>> optionalTime(const json& payload, const char* name)
{
    const auto value = payload.find(name);
    if (value == payload.end()) {
        return std::optional<std::chrono::sys_seconds>{};
    }
    if (!value->is_number_integer() ||
        (value->is_number_unsigned() && value->get<std::uint64_t>() > INT64_MAX)) {
        return tokenError(jwt_error::kMalformed, std::string(name) + " must be whole seconds",
                          name);
    }
    return std::optional(
        std::chrono::sys_seconds(std::chrono::seconds(value->get<std::int64_t>())));
}

Result<std::chrono::sys_seconds> requiredTime(const json& payload, const char* name)
{
    auto time = optionalTime(payload, name);
    if (!time) {
        return time.error();
    }
    if (!time->has_value()) {
        return tokenError(jwt_error::kMalformed, std::string(name) + " is required", name);
    }
    return **time;
}

bool audienceMatches(const json& aud, const std::string& expected)
{
    if (aud.is_string()) {
        return aud.get_ref<const std::string&>() == expected;
    }
    if (aud.is_array()) {
        return std::ranges::any_of(aud, [&](const json& item) {
            return item.is_string() && item.get_ref<const std::string&>() == expected;
        });
    }
    return false;
}

} // namespace

JwtVerifier::JwtVerifier(const SigningKeyRing& keys, JwtVerifierOptions options)
    : m_keys(keys)
    , m_options(std::move(options))
{
    m_options.leeway =
        std::clamp(m_options.leeway, std::chrono::seconds::zero(), JwtVerifierOptions::kMaxLeeway);
}

Result<AccessTokenClaims> JwtVerifier::verifyAccessToken(std::string_view token,
                                                         std::chrono::sys_seconds now) const
{
    if (token.size() > m_options.maxTokenBytes) {
        return tokenError(jwt_error::kMalformed, "token is too long");
    }
    const auto segments = splitCompact(token);
    if (!segments) {
        return tokenError(jwt_error::kMalformed, "a JWS has exactly three segments");
    }
    auto header = decodeJsonSegment(segments->header, "header");
    if (!header) {
        return header.error();
    }
    auto key = checkHeader(*header, m_keys);
    if (!key) {
        return key.error();
    }
    auto signature = decodeBase64Url(segments->signature);
    if (!signature) {
        return tokenError(jwt_error::kMalformed, "signature is not base64url", "signature");
    }
    const std::span signedBytes(reinterpret_cast<const unsigned char*>(segments->signedPart.data()),
                                segments->signedPart.size());
    if (!(*key)->verify(signedBytes, *signature)) {
        return tokenError(jwt_error::kBadSignature, "signature does not verify", "signature");
    }

    auto payload = decodeJsonSegment(segments->payload, "payload");
    if (!payload) {
        return payload.error();
    }
    AccessTokenClaims claims;
    auto issuer = requiredString(*payload, "iss");
    if (!issuer) {
        return issuer.error();
    }
    if (*issuer != m_options.issuer) {
        return tokenError(jwt_error::kWrongIssuer, "token is from another issuer", "iss");
    }
    claims.issuer = std::move(issuer).value();
    const auto aud = payload->find("aud");
    if (aud == payload->end() || !audienceMatches(*aud, m_options.audience)) {
        return tokenError(jwt_error::kWrongAudience, "token is for another audience", "aud");
    }
    claims.audience = m_options.audience;
    const auto use = payload->find("token_use");
    if (use == payload->end() || !use->is_string() ||
        use->get_ref<const std::string&>() != kAccessTokenUse) {
        return tokenError(jwt_error::kWrongUse, "not an access token", "token_use");
    }

    auto subject = requiredString(*payload, "sub");
    auto jwtId = requiredString(*payload, "jti");
    auto issuedAt = requiredTime(*payload, "iat");
    auto expiresAt = requiredTime(*payload, "exp");
    auto notBefore = optionalTime(*payload, "nbf");
    auto sessionId = optionalString(*payload, "sid");
    auto deviceId = optionalString(*payload, "device_id");
    auto orgId = optionalString(*payload, "org");
    for (const Error* failure :
         {subject ? nullptr : &subject.error(), jwtId ? nullptr : &jwtId.error(),
          issuedAt ? nullptr : &issuedAt.error(), expiresAt ? nullptr : &expiresAt.error(),
          notBefore ? nullptr : &notBefore.error(), sessionId ? nullptr : &sessionId.error(),
          deviceId ? nullptr : &deviceId.error(), orgId ? nullptr : &orgId.error()}) {
        if (failure != nullptr) {
            return *failure;
        }
    }

    const auto leeway = m_options.leeway;
    const auto lifetime = *expiresAt - *issuedAt;
    if (lifetime <= std::chrono::seconds::zero() || lifetime > kMaxAccessTokenLifetime) {
        return tokenError(jwt_error::kLifetimeInvalid, "exp must be within 15 minutes of iat",
                          "exp");
    }
    if (*issuedAt > now + leeway || (*notBefore && **notBefore > now + leeway)) {
        return tokenError(jwt_error::kNotYetValid, "token is not valid yet", "iat");
    }
    if (now >= *expiresAt + leeway) {
        return tokenError(jwt_error::kExpired, "token has expired", "exp");
    }

    claims.subject = std::move(subject).value();
    claims.jwtId = std::move(jwtId).value();
    claims.issuedAt = *issuedAt;
    claims.expiresAt = *expiresAt;
    claims.sessionId = std::move(sessionId).value();
    claims.deviceId = std::move(deviceId).value();
    claims.orgId = std::move(orgId).value();
    return claims;
}

} // namespace fitflow::auth
