#pragma once
// Port: the identity rows that login, token refresh and the bearer check read and write before
// any tenant context exists (users, devices, refresh tokens, login throttles). Implemented by
// storage (PgIdentityStore). Every function is thread-safe.

#include "shared/core/Result.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::service {

struct UserCredentials {
    std::string userId;
    std::string passwordHash;
    std::optional<std::vector<unsigned char>> mfaSecret; // set when MFA is enabled
};

struct MembershipSummary {
    std::string orgId;
    std::string orgName;
    std::string role;
    std::vector<std::string> locationIds; // empty: the whole organization
};

struct UserProfile {
    std::string userId;
    std::string email;
    std::string displayName;
    std::vector<MembershipSummary> memberships; // active ones only
};

enum class ThrottleKeyKind { Account, Ip };

// The failures counted for one key since windowStartedAt; the latest was at lastFailedAt.
struct ThrottleCounter {
    int failures = 0;
    std::chrono::sys_seconds windowStartedAt{};
    std::chrono::sys_seconds lastFailedAt{};
    std::optional<std::chrono::sys_seconds> lockedUntil;
};

struct StoredRefreshToken {
    std::string id;
    std::string userId;
    std::optional<std::string> deviceId;
    std::string familyId;
    std::string state; // active, rotated, revoked
    std::chrono::sys_seconds expiresAt{};
};

struct RefreshTokenRow {
    std::string id;
    std::string userId;
    std::optional<std::string> deviceId;
    std::string familyId;
    std::string tokenHash; // lower-case hex SHA-256
    std::chrono::sys_seconds expiresAt{};
};

class IdentityStore {
public:
    virtual ~IdentityStore() = default;

    virtual Result<std::optional<UserCredentials>> findCredentials(const std::string& email) = 0;
    virtual Result<std::optional<UserProfile>> findProfile(const std::string& userId) = 0;

    virtual Result<ThrottleCounter> throttleCounter(ThrottleKeyKind kind,
                                                    const std::string& key) = 0;
    // Counts one failure; a window older than `window` restarts at `now`.
    virtual Status recordFailure(ThrottleKeyKind kind, const std::string& key,
                                 std::chrono::sys_seconds now, std::chrono::seconds window) = 0;
    virtual Status recordLockout(ThrottleKeyKind kind, const std::string& key,
                                 std::chrono::sys_seconds until) = 0;
    virtual Status clearFailures(ThrottleKeyKind kind, const std::string& key) = 0;

    // Registers the device for the user or renames it. Error `invalid_credentials` when the
    // device belongs to someone else or is revoked.
    virtual Status registerDevice(const std::string& deviceId, const std::string& userId,
                                  const std::string& name) = 0;
    // True when the device is unknown or revoked.
    virtual Result<bool> isDeviceRevoked(const std::string& deviceId) = 0;

    virtual Status insertRefreshToken(const RefreshTokenRow& row) = 0;
    virtual Result<std::optional<StoredRefreshToken>>
    findRefreshToken(const std::string& tokenHash) = 0;
    // Inserts `next` and marks `previousId` rotated, only if it is still active; false (and
    // nothing written) when it was no longer active.
    virtual Result<bool> rotateRefreshToken(const std::string& previousId,
                                            const RefreshTokenRow& next) = 0;
    virtual Status revokeFamily(const std::string& familyId) = 0;
};

} // namespace fitflow::service
