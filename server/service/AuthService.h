#pragma once
// The login use cases behind /api/v1/auth/...: password (+ TOTP) login with throttling,
// refresh-token rotation with reuse detection, logout, and checking a bearer access token.
// Every outcome that matters to security is appended to the audit trail (ids only).
// Thread-safe: the collaborators are, and the service holds no mutable state.

#include "server/service/IdentityStore.h"
#include "server/service/PasswordHasher.h"
#include "server/service/audit/AuditTrail.h"
#include "server/service/auth/JwtVerifier.h"
#include "server/service/auth/LoginThrottle.h"
#include "server/service/auth/SigningKeyRing.h"
#include "server/service/auth/TotpSecretVault.h"

#include <chrono>
#include <optional>
#include <string>

namespace fitflow::service {

inline constexpr const char* kAccessTokenAudience = "fitflow-api";

struct LoginRequest {
    std::string email;
    std::string password;
    std::optional<std::string> totpCode;
    std::optional<std::string> deviceId;
    std::optional<std::string> deviceName;
    std::string clientIp;
};

struct TokenPair {
    std::string accessToken;
    std::string refreshToken;
    std::chrono::seconds expiresIn{};
};

// A failed login or refresh: the error, and for `rate_limited` how long to wait.
struct AuthOutcome {
    Result<TokenPair> tokens;
    std::chrono::seconds retryAfter{0};
};

struct AuthSettings {
    std::string issuer = "fitflow";
    std::chrono::seconds accessTokenLifetime{15 * 60};
    std::chrono::seconds refreshTokenLifetime{30 * 24 * 3600};
    // A rotated refresh token presented again this soon after its rotation, while the token
    // that replaced it is still unused, is a lost refresh answer (network drop, client killed
    // before saving), not theft: the unused successor is rotated instead of killing the family.
    std::chrono::seconds lostAnswerGrace{120};
    auth::LoginThrottleSettings throttle{};
};

class AuthService {
public:
    // All references must outlive the service.
    AuthService(IdentityStore& store, audit::AuditTrail& auditTrail,
                const auth::SigningKeyRing& keys, const PasswordHasher& hasher,
                const auth::TotpSecretVault& totpSecrets, AuthSettings settings);

    // Errors: `invalid_credentials`, `mfa_required` (401), `rate_limited` (429, retryAfter set),
    // and storage errors.
    AuthOutcome login(const LoginRequest& request, std::chrono::sys_seconds now);

    // Errors: `invalid_credentials` (unknown, expired, revoked or reused token; reuse revokes
    // the family) and storage errors.
    AuthOutcome refresh(const std::string& refreshToken, std::chrono::sys_seconds now);

    // Revokes the family of `refreshToken`; an unknown token is not an error (nothing to end).
    Status logout(const std::string& refreshToken);

    // The claims of a valid access token whose device (if any) is not revoked.
    // Errors: the auth::jwt_error codes and `device_revoked`.
    Result<auth::AccessTokenClaims> authenticate(std::string_view bearerToken,
                                                 std::chrono::sys_seconds now);

    Result<std::optional<UserProfile>> profile(const std::string& userId);

private:
    // Lets the attempt through, or says how long to wait (auditing a new lockout).
    Result<std::chrono::seconds> throttleDelay(const std::string& accountKey, const std::string& ip,
                                               const std::optional<std::string>& userId,
                                               std::chrono::sys_seconds now);
    Result<std::chrono::seconds> throttleOne(ThrottleKeyKind kind, const std::string& key,
                                             const auth::ThrottleLimits& limits,
                                             const std::optional<std::string>& userId,
                                             std::chrono::sys_seconds now);
    Status recordFailedLogin(const std::string& accountKey, const std::string& ip,
                             const std::optional<std::string>& userId,
                             std::chrono::sys_seconds now);
    bool isLostRefreshAnswer(const StoredRefreshToken& token, std::chrono::sys_seconds now) const;
    // A fresh pair from the unused successor of a token whose refresh answer was lost, or
    // nullopt when the lost-answer rule does not apply (the caller then treats it as reuse).
    std::optional<AuthOutcome> refreshAfterLostAnswer(const StoredRefreshToken& token,
                                                      std::chrono::sys_seconds now);
    Result<TokenPair> issueTokens(const std::string& userId,
                                  const std::optional<std::string>& deviceId,
                                  const std::string& familyId, std::chrono::sys_seconds now,
                                  const std::optional<std::string>& rotatedFromId);
    // Verifies a TOTP code of an MFA user and records its step, so it works once.
    // Errors: `totp_code_invalid`, `totp_code_reused`, `totp_secret_unreadable`, storage errors.
    Status acceptTotpCode(const UserCredentials& credentials, const std::string& code,
                          std::chrono::sys_seconds now);
    void audit(const std::string& action, const std::optional<std::string>& userId,
               const std::optional<std::string>& deviceId);

    IdentityStore& m_store;
    audit::AuditTrail& m_auditTrail;
    const auth::SigningKeyRing& m_keys;
    const PasswordHasher& m_hasher;
    const auth::TotpSecretVault& m_totpSecrets;
    AuthSettings m_settings;
    auth::JwtVerifier m_verifier;
    std::string m_dummyHash; // verified for unknown emails so both paths cost the same
};

} // namespace fitflow::service
