#pragma once
// Verifies access tokens. The algorithm is pinned (EdDSA with a key from the ring, found by kid);
// the header never chooses it (RFC 8725 §3.1). The clock is an argument, so tests and callers
// decide what "now" is. Holds a reference to the ring, which must outlive the verifier.

#include "server/service/auth/AccessTokenClaims.h"
#include "server/service/auth/SigningKeyRing.h"
#include "shared/core/Result.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <string>
#include <string_view>

namespace fitflow::auth {

// Error codes, one per way a token can be wrong; the HTTP layer answers 401 for all of them.
namespace jwt_error {
inline constexpr const char* kMalformed = "token_malformed"; // segments, base64url, JSON, claims
inline constexpr const char* kAlgNone = "token_alg_none";    // "alg":"none" (unsigned)
inline constexpr const char* kAlgUnsupported = "token_alg_unsupported"; // HS256, RS256, ES256...
inline constexpr const char* kUnknownKid = "token_kid_unknown";
inline constexpr const char* kBadSignature = "token_signature_invalid";
inline constexpr const char* kExpired = "token_expired";
inline constexpr const char* kNotYetValid = "token_not_yet_valid";        // iat/nbf in the future
inline constexpr const char* kLifetimeInvalid = "token_lifetime_invalid"; // exp-iat > 15 min
inline constexpr const char* kWrongAudience = "token_audience_invalid";
inline constexpr const char* kWrongIssuer = "token_issuer_invalid";
inline constexpr const char* kWrongUse = "token_use_invalid"; // not an access token
} // namespace jwt_error

struct JwtVerifierOptions {
    std::string issuer;
    std::string audience;
    // Tolerated clock skew between servers; clamped to kMaxLeeway (RFC 8725 profile: ≤ 60 s).
    std::chrono::seconds leeway{30};
    static constexpr std::chrono::seconds kMaxLeeway{60};
    // Longer text is refused before any decoding.
    std::size_t maxTokenBytes = std::size_t{8} * 1024;
};

class JwtVerifier {
public:
    JwtVerifier(const SigningKeyRing& keys, JwtVerifierOptions options);

    // The claims of a valid access token at `now`, or one of the jwt_error codes.
    Result<AccessTokenClaims> verifyAccessToken(std::string_view token,
                                                std::chrono::sys_seconds now) const;

private:
    // iss, aud, token_use, then the typed claims and the clock, on a payload whose signature held.
    Result<AccessTokenClaims> checkClaims(const nlohmann::json& payload,
                                          std::chrono::sys_seconds now) const;

    const SigningKeyRing& m_keys;
    JwtVerifierOptions m_options;
};

} // namespace fitflow::auth
