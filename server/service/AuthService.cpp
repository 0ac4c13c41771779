#include "server/service/AuthService.h"

#include "server/service/UuidGenerator.h"
#include "server/service/auth/JwtSigner.h"
#include "server/service/auth/RefreshToken.h"
#include "server/service/auth/Totp.h"

#include <algorithm>
#include <vector>

namespace fitflow::service {

namespace {

constexpr const char* kInvalidCredentials = "invalid_credentials";

Error invalidCredentials()
{
    return makeError(kInvalidCredentials, "the email, password or code is not correct");
}

std::string normalizedEmail(std::string email)
{
    std::ranges::transform(email, email.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    });
    return email;
}

// Storage keeps a count per window and the latest failure, not every instant: the earlier
// failures are placed at the window's start, which keeps the delay after the latest one exact.
std::vector<std::chrono::sys_seconds> failureInstants(const ThrottleCounter& counter)
{
    if (counter.failures <= 0) {
        return {};
    }
    std::vector<std::chrono::sys_seconds> instants(static_cast<std::size_t>(counter.failures - 1),
                                                   counter.windowStartedAt);
    instants.push_back(counter.lastFailedAt);
    return instants;
}

// A stored lockout holds until its end, whatever the reconstructed instants say.
std::chrono::seconds remainingLock(const ThrottleCounter& counter, std::chrono::sys_seconds now)
{
    if (!counter.lockedUntil || *counter.lockedUntil <= now) {
        return std::chrono::seconds::zero();
    }
    return *counter.lockedUntil - now;
}

// A hash of a random password, with the same cost as real ones.
std::string dummyPasswordHash(const PasswordHasher& hasher)
{
    auto hash = hasher.hash(auth::newJwtId());
    return hash ? *hash : std::string{};
}

} // namespace

AuthService::AuthService(IdentityStore& store, audit::AuditTrail& auditTrail,
                         const auth::SigningKeyRing& keys, const PasswordHasher& hasher,
                         const auth::TotpSecretVault& totpSecrets, AuthSettings settings)
    : m_store(store)
    , m_auditTrail(auditTrail)
    , m_keys(keys)
    , m_hasher(hasher)
    , m_totpSecrets(totpSecrets)
    , m_settings(std::move(settings))
    , m_verifier(keys, auth::JwtVerifierOptions{.issuer = m_settings.issuer,
                                                .audience = kAccessTokenAudience})
    , m_dummyHash(dummyPasswordHash(hasher))
{
}

AuthOutcome AuthService::login(const LoginRequest& request, std::chrono::sys_seconds now)
{
    const std::string accountKey = normalizedEmail(request.email);
    auto credentials = m_store.findCredentials(accountKey);
    if (!credentials) {
        return {credentials.error()};
    }
    const std::optional<std::string> userId =
        *credentials ? std::optional((*credentials)->userId) : std::nullopt;

    auto delay = throttleDelay(accountKey, request.clientIp, userId, now);
    if (!delay) {
        return {delay.error()};
    }
    if (*delay > std::chrono::seconds::zero()) {
        return {makeError("rate_limited", "too many failed logins; try again later"), *delay};
    }

    const std::string& hash = *credentials ? (*credentials)->passwordHash : m_dummyHash;
    const bool passwordOk = m_hasher.verify(hash, request.password) && *credentials;
    if (!passwordOk) {
        if (Status recorded = recordFailedLogin(accountKey, request.clientIp, userId, now);
            !recorded) {
            return {recorded.error()};
        }
        return {invalidCredentials()};
    }
    if ((*credentials)->mfaSecret) {
        if (!request.totpCode) {
            audit("auth.mfa_required", userId, request.deviceId);
            return {makeError("mfa_required", "a one-time code from the authenticator is needed")};
        }
        if (Status accepted = acceptTotpCode(**credentials, *request.totpCode, now); !accepted) {
            if (accepted.error().code == "totp_code_reused") {
                audit("auth.totp_code_reused", userId, request.deviceId);
            } else if (accepted.error().code != "totp_code_invalid") {
                return {accepted.error()};
            }
            if (Status recorded = recordFailedLogin(accountKey, request.clientIp, userId, now);
                !recorded) {
                return {recorded.error()};
            }
            return {invalidCredentials()};
        }
    }
    if (Status cleared = m_store.clearFailures(ThrottleKeyKind::Account, accountKey); !cleared) {
        return {cleared.error()};
    }
    if (request.deviceId) {
        const std::string name = request.deviceName.value_or("Unnamed device");
        if (Status registered = m_store.registerDevice(*request.deviceId, *userId, name);
            !registered) {
            audit("auth.login_failed", userId, std::nullopt);
            return {registered.error()};
        }
    }
    auto tokens = issueTokens(*userId, request.deviceId, UuidGenerator::newV7(), now, std::nullopt);
    if (tokens) {
        audit("auth.login_succeeded", userId, request.deviceId);
    }
    return {std::move(tokens)};
}

AuthOutcome AuthService::refresh(const std::string& refreshToken, std::chrono::sys_seconds now)
{
    const std::string tokenHash = auth::hashRefreshToken(refreshToken);
    auto stored = m_store.findRefreshToken(tokenHash);
    if (!stored) {
        return {stored.error()};
    }
    if (*stored && (*stored)->deviceId) {
        // A revoked device must learn why it is signed out (it then wipes its store); an
        // "invalid_credentials" answer would look like an expired login.
        const auto& row = **stored;
        auto revoked = m_store.isDeviceRevoked(*row.deviceId);
        if (!revoked) {
            return {revoked.error()};
        }
        if (*revoked) {
            audit("auth.refresh_device_revoked", row.userId, row.deviceId);
            return {makeError("device_revoked", "this device has been signed out")};
        }
    }
    if (*stored) {
        if (auto retried = refreshAfterLostAnswer(**stored, now)) {
            return std::move(*retried);
        }
    }
    std::optional<auth::RefreshTokenRecord> record;
    if (*stored) {
        const auto& row = **stored;
        record = auth::RefreshTokenRecord{
            .familyId = row.familyId,
            .state = row.state == "active"    ? auth::RefreshTokenState::Active
                     : row.state == "rotated" ? auth::RefreshTokenState::Rotated
                                              : auth::RefreshTokenState::Revoked,
            .expiresAt = row.expiresAt};
    }
    switch (auth::decideRefresh(record, now)) {
    case auth::RefreshDecision::Unknown:
    case auth::RefreshDecision::Expired:
        return {invalidCredentials()};
    case auth::RefreshDecision::ReuseDetected: {
        const auto& row = **stored;
        if (Status revoked = m_store.revokeFamily(row.familyId); !revoked) {
            return {revoked.error()};
        }
        audit("auth.refresh_reuse_detected", row.userId, row.deviceId);
        return {invalidCredentials()};
    }
    case auth::RefreshDecision::Rotate:
        break;
    }
    const auto& row = **stored;
    auto tokens = issueTokens(row.userId, row.deviceId, row.familyId, now, row.id);
    if (!tokens && tokens.error().code == kInvalidCredentials) {
        // Lost a race with another refresh of the same token. If the winner's successor is
        // still unused, the two were one device asking twice (a client killed mid-refresh and
        // restarted at once, its first request still running here): the lost-answer rule, as if
        // this request had come a moment later. Otherwise it is reuse.
        auto current = m_store.findRefreshToken(tokenHash);
        if (!current) {
            return {current.error()};
        }
        if (*current) {
            if (auto retried = refreshAfterLostAnswer(**current, now)) {
                return std::move(*retried);
            }
        }
        if (Status revoked = m_store.revokeFamily(row.familyId); !revoked) {
            return {revoked.error()};
        }
        audit("auth.refresh_reuse_detected", row.userId, row.deviceId);
        return {std::move(tokens)};
    }
    if (tokens) {
        audit("auth.token_refreshed", row.userId, row.deviceId);
    }
    return {std::move(tokens)};
}

std::optional<AuthOutcome> AuthService::refreshAfterLostAnswer(const StoredRefreshToken& token,
                                                               std::chrono::sys_seconds now)
{
    if (!isLostRefreshAnswer(token, now)) {
        return std::nullopt;
    }
    // Rotate the unused successor; the device gets a fresh pair and the family lives on.
    // Presenting the successor later is then reuse, as for any rotated token.
    auto tokens =
        issueTokens(token.userId, token.deviceId, token.familyId, now, token.successor->id);
    if (tokens) {
        audit("auth.token_refreshed_after_lost_answer", token.userId, token.deviceId);
        return AuthOutcome{std::move(tokens)};
    }
    if (tokens.error().code != kInvalidCredentials) {
        return AuthOutcome{std::move(tokens)};
    }
    return std::nullopt; // the successor was rotated meanwhile: reuse detection decides
}

bool AuthService::isLostRefreshAnswer(const StoredRefreshToken& token,
                                      std::chrono::sys_seconds now) const
{
    return token.state == "rotated" && token.successor && token.successor->state == "active" &&
           now - token.successor->issuedAt <= m_settings.lostAnswerGrace && now < token.expiresAt;
}

Status AuthService::logout(const std::string& refreshToken)
{
    auto stored = m_store.findRefreshToken(auth::hashRefreshToken(refreshToken));
    if (!stored) {
        return stored.error();
    }
    if (!*stored) {
        return {};
    }
    if (Status revoked = m_store.revokeFamily((*stored)->familyId); !revoked) {
        return revoked;
    }
    audit("auth.logout", (*stored)->userId, (*stored)->deviceId);
    return {};
}

Result<auth::AccessTokenClaims> AuthService::authenticate(std::string_view bearerToken,
                                                          std::chrono::sys_seconds now)
{
    auto claims = m_verifier.verifyAccessToken(bearerToken, now);
    if (!claims || !claims->deviceId) {
        return claims;
    }
    auto revoked = m_store.isDeviceRevoked(*claims->deviceId);
    if (!revoked) {
        return revoked.error();
    }
    if (*revoked) {
        return makeError("device_revoked", "this device has been signed out");
    }
    return claims;
}

Result<std::optional<UserProfile>> AuthService::profile(const std::string& userId)
{
    return m_store.findProfile(userId);
}

Status AuthService::acceptTotpCode(const UserCredentials& credentials, const std::string& code,
                                   std::chrono::sys_seconds now)
{
    const auto secret = m_totpSecrets.fromStorage(*credentials.mfaSecret, credentials.userId);
    if (!secret) {
        return secret.error();
    }
    auto step = auth::verifyTotp(*secret, code, now, credentials.mfaLastStep);
    if (!step) {
        return step.error();
    }
    auto recorded = m_store.acceptTotpStep(credentials.userId, *step);
    if (!recorded) {
        return recorded.error();
    }
    if (!*recorded) {
        // Another login took the same code between our read and this write.
        return makeError("totp_code_reused", "this code has been used already");
    }
    return {};
}

Result<std::chrono::seconds> AuthService::throttleDelay(const std::string& accountKey,
                                                        const std::string& ip,
                                                        const std::optional<std::string>& userId,
                                                        std::chrono::sys_seconds now)
{
    auto account = throttleOne(ThrottleKeyKind::Account, accountKey, m_settings.throttle.perAccount,
                               userId, now);
    if (!account) {
        return account.error();
    }
    auto byIp = throttleOne(ThrottleKeyKind::Ip, ip, m_settings.throttle.perIp, std::nullopt, now);
    if (!byIp) {
        return byIp.error();
    }
    return std::max(*account, *byIp);
}

Result<std::chrono::seconds> AuthService::throttleOne(ThrottleKeyKind kind, const std::string& key,
                                                      const auth::ThrottleLimits& limits,
                                                      const std::optional<std::string>& userId,
                                                      std::chrono::sys_seconds now)
{
    auto counter = m_store.throttleCounter(kind, key);
    if (!counter) {
        return counter.error();
    }
    const auto decision = auth::LoginThrottle::evaluateOne(limits, failureInstants(*counter), now);
    // Each key is locked on its own, so a busy IP never locks an account and vice versa.
    if (decision.lockedUntil &&
        (!counter->lockedUntil || *counter->lockedUntil < *decision.lockedUntil)) {
        if (Status locked = m_store.recordLockout(kind, key, *decision.lockedUntil); !locked) {
            return locked.error();
        }
        audit(kind == ThrottleKeyKind::Account ? "auth.account_locked" : "auth.ip_locked", userId,
              std::nullopt);
    }
    return std::max(decision.delay, remainingLock(*counter, now));
}

Status AuthService::recordFailedLogin(const std::string& accountKey, const std::string& ip,
                                      const std::optional<std::string>& userId,
                                      std::chrono::sys_seconds now)
{
    audit("auth.login_failed", userId, std::nullopt);
    const auto window = m_settings.throttle.perAccount.window;
    if (Status counted = m_store.recordFailure(ThrottleKeyKind::Account, accountKey, now, window);
        !counted) {
        return counted;
    }
    return m_store.recordFailure(ThrottleKeyKind::Ip, ip, now, m_settings.throttle.perIp.window);
}

Result<TokenPair> AuthService::issueTokens(const std::string& userId,
                                           const std::optional<std::string>& deviceId,
                                           const std::string& familyId,
                                           std::chrono::sys_seconds now,
                                           const std::optional<std::string>& rotatedFromId)
{
    const auth::NewRefreshToken refresh = auth::newRefreshToken();
    const RefreshTokenRow row{.id = UuidGenerator::newV7(),
                              .userId = userId,
                              .deviceId = deviceId,
                              .familyId = familyId,
                              .tokenHash = refresh.tokenHash,
                              .expiresAt = now + m_settings.refreshTokenLifetime};
    if (rotatedFromId) {
        auto rotated = m_store.rotateRefreshToken(*rotatedFromId, row);
        if (!rotated) {
            return rotated.error();
        }
        if (!*rotated) {
            return invalidCredentials();
        }
    } else if (Status inserted = m_store.insertRefreshToken(row); !inserted) {
        return inserted.error();
    }
    const auth::AccessTokenClaims claims{.issuer = m_settings.issuer,
                                         .audience = kAccessTokenAudience,
                                         .subject = userId,
                                         .jwtId = auth::newJwtId(),
                                         .issuedAt = now,
                                         .expiresAt = now + m_settings.accessTokenLifetime,
                                         .sessionId = familyId,
                                         .deviceId = deviceId,
                                         .orgId = std::nullopt};
    auto access = auth::signAccessToken(m_keys.activeKey(), claims);
    if (!access) {
        return access.error();
    }
    return TokenPair{.accessToken = std::move(*access),
                     .refreshToken = refresh.token,
                     .expiresIn = m_settings.accessTokenLifetime};
}

void AuthService::audit(const std::string& action, const std::optional<std::string>& userId,
                        const std::optional<std::string>& deviceId)
{
    // A failed append must not decide the login; the trail's own errors are logged by storage.
    (void)m_auditTrail.append(audit::AuditEvent{.orgId = std::nullopt,
                                                .actorUserId = userId,
                                                .deviceId = deviceId,
                                                .action = action,
                                                .objectType = "user",
                                                .objectId = userId});
}

} // namespace fitflow::service
