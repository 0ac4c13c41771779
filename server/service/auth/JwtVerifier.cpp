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

// Reads typed claims from a payload, remembering the first failure, so a caller reads every
// claim it needs and checks once.
class ClaimReader {
public:
    explicit ClaimReader(const json& payload)
        : m_payload(payload)
    {
    }

    std::string requiredString(const char* name)
    {
        const auto value = m_payload.find(name);
        if (value == m_payload.end() || !value->is_string() ||
            value->get_ref<const std::string&>().empty()) {
            fail(name, "must be a non-empty string");
            return {};
        }
        return value->get<std::string>();
    }

    std::optional<std::string> optionalString(const char* name)
    {
        const auto value = m_payload.find(name);
        if (value == m_payload.end()) {
            return std::nullopt;
        }
        if (!value->is_string()) {
            fail(name, "must be a string");
            return std::nullopt;
        }
        return value->get<std::string>();
    }

    std::optional<std::chrono::sys_seconds> optionalTime(const char* name)
    {
        const auto value = m_payload.find(name);
        if (value == m_payload.end()) {
            return std::nullopt;
        }
        if (!value->is_number_integer() ||
            (value->is_number_unsigned() && value->get<std::uint64_t>() > INT64_MAX)) {
            fail(name, "must be whole seconds");
            return std::nullopt;
        }
        return std::chrono::sys_seconds(std::chrono::seconds(value->get<std::int64_t>()));
    }

    std::chrono::sys_seconds requiredTime(const char* name)
    {
        const auto time = optionalTime(name);
        if (!time) {
            fail(name, "is required");
        }
        return time.value_or(std::chrono::sys_seconds{});
    }

    const std::optional<Error>& failure() const { return m_failure; }

private:
    void fail(const char* name, const char* problem)
    {
        if (!m_failure) {
            m_failure = tokenError(jwt_error::kMalformed, std::string(name) + " " + problem, name);
        }
    }

    const json& m_payload;
    std::optional<Error> m_failure;
};

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
    return checkClaims(*payload, now);
}

Result<AccessTokenClaims> JwtVerifier::checkClaims(const nlohmann::json& payload,
                                                   std::chrono::sys_seconds now) const
{
    const auto iss = payload.find("iss");
    if (iss == payload.end() || !iss->is_string() ||
        iss->get_ref<const std::string&>() != m_options.issuer) {
        return tokenError(jwt_error::kWrongIssuer, "token is from another issuer", "iss");
    }
    const auto aud = payload.find("aud");
    if (aud == payload.end() || !audienceMatches(*aud, m_options.audience)) {
        return tokenError(jwt_error::kWrongAudience, "token is for another audience", "aud");
    }
    const auto use = payload.find("token_use");
    if (use == payload.end() || !use->is_string() ||
        use->get_ref<const std::string&>() != kAccessTokenUse) {
        return tokenError(jwt_error::kWrongUse, "not an access token", "token_use");
    }

    ClaimReader reader(payload);
    AccessTokenClaims claims;
    claims.issuer = m_options.issuer;
    claims.audience = m_options.audience;
    claims.subject = reader.requiredString("sub");
    claims.jwtId = reader.requiredString("jti");
    claims.issuedAt = reader.requiredTime("iat");
    claims.expiresAt = reader.requiredTime("exp");
    const auto notBefore = reader.optionalTime("nbf");
    claims.sessionId = reader.optionalString("sid");
    claims.deviceId = reader.optionalString("device_id");
    claims.orgId = reader.optionalString("org");
    if (reader.failure()) {
        return *reader.failure();
    }

    const auto lifetime = claims.expiresAt - claims.issuedAt;
    if (lifetime <= std::chrono::seconds::zero() || lifetime > kMaxAccessTokenLifetime) {
        return tokenError(jwt_error::kLifetimeInvalid, "exp must be within 15 minutes of iat",
                          "exp");
    }
    const auto latestStart = now + m_options.leeway;
    if (claims.issuedAt > latestStart || (notBefore && *notBefore > latestStart)) {
        return tokenError(jwt_error::kNotYetValid, "token is not valid yet", "iat");
    }
    if (now >= claims.expiresAt + m_options.leeway) {
        return tokenError(jwt_error::kExpired, "token has expired", "exp");
    }
    return claims;
}

} // namespace fitflow::auth
