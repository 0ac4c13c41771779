#pragma once
// What an access token says: who it is for (sub), who issued it for whom (iss, aud), when it
// lives, and optionally the login session, device and organization it is bound to.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace fitflow::auth {

// The `token_use` claim of access tokens. Any other value (a refresh, invite or email-link token)
// is refused where an access token is expected (RFC 8725 §3.12).
inline constexpr std::string_view kAccessTokenUse = "access";
// ASVS / design §5: access tokens live at most 15 minutes.
inline constexpr std::chrono::seconds kMaxAccessTokenLifetime{15 * 60};

struct AccessTokenClaims {
    std::string issuer;                   // iss
    std::string audience;                 // aud
    std::string subject;                  // sub: the user id
    std::string jwtId;                    // jti: unique per token
    std::chrono::sys_seconds issuedAt{};  // iat
    std::chrono::sys_seconds expiresAt{}; // exp, at most kMaxAccessTokenLifetime after iat
    std::optional<std::string> sessionId; // sid: the refresh-token family of the login
    std::optional<std::string> deviceId;  // device_id
    std::optional<std::string> orgId;     // org

    friend bool operator==(const AccessTokenClaims&, const AccessTokenClaims&) = default;
};

} // namespace fitflow::auth
