#pragma once
// Port: the identity rows that login, token refresh, TOTP enrolment and the bearer check read and
// write before any tenant context exists (users, devices, refresh tokens, login throttles).
// Implemented by storage (PgIdentityStore). Every function is thread-safe.

#include "server/service/audit/AuditEvent.h"
#include "server/service/orgadmin/OrgAdminRecords.h"
#include "shared/core/Result.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::service {

struct UserCredentials {
    std::string userId;
    std::string passwordHash;
    std::optional<std::vector<unsigned char>> mfaSecret; // set when MFA is enabled; as stored
    std::optional<std::int64_t> mfaLastStep;             // TOTP step of the last accepted code
};

// One user's TOTP state, for enrolment, confirmation and disabling. Secrets are as stored (sealed
// by auth::TotpSecretVault when a key is configured); storage never interprets them.
struct MfaState {
    std::string email;
    std::string passwordHash;
    std::optional<std::vector<unsigned char>> secret;        // set when MFA is enabled
    std::optional<std::vector<unsigned char>> pendingSecret; // enrolled, not yet confirmed
    std::optional<std::int64_t> lastStep;
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
    TaxRegistrations taxRegistrations;          // the user's own, as a contractor (0019)
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
    // For a rotated token: the token that replaced it (to recognise a lost refresh answer).
    struct Successor {
        std::string id;
        std::string state;
        std::chrono::sys_seconds issuedAt{};
    };
    std::optional<Successor> successor;
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

    // Records `step` as the user's last accepted TOTP step if it is later than the stored one;
    // false (nothing written) when it is not: the code was used already, perhaps concurrently.
    virtual Result<bool> acceptTotpStep(const std::string& userId, std::int64_t step) = 0;
    virtual Result<std::optional<MfaState>> findMfaState(const std::string& userId) = 0;
    // The writes below append `event` in the same transaction as the change.
    // Replaces any pending secret. Error `conflict` when MFA is already enabled.
    virtual Status storePendingMfaSecret(const std::string& userId,
                                         const std::vector<unsigned char>& secret,
                                         const audit::AuditEvent& event) = 0;
    // Makes `pendingSecret` the enabled secret with `step` as last accepted step, if it is still
    // the pending one and MFA is off; false (nothing written) otherwise.
    virtual Result<bool> enableMfa(const std::string& userId,
                                   const std::vector<unsigned char>& pendingSecret,
                                   std::int64_t step, const audit::AuditEvent& event) = 0;
    // Turns MFA off if `step` is later than the last accepted one; false (nothing written) when
    // MFA is off or the step was used already.
    virtual Result<bool> disableMfa(const std::string& userId, std::int64_t step,
                                    const audit::AuditEvent& event) = 0;
};

} // namespace fitflow::service
