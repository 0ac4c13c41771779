#pragma once
// IdentityStore on PostgreSQL: users (with their TOTP state, migration 0005), devices, refresh
// tokens and login throttles, which carry no org_id and are read without tenant context
// (migration 0002). One short transaction per call, or one statement for single reads.

#include "server/service/IdentityStore.h"
#include "server/storage/ConnectionPool.h"

#include <functional>

namespace pqxx {
class transaction_base;
} // namespace pqxx

namespace fitflow::storage {

class PgIdentityStore final : public service::IdentityStore {
public:
    explicit PgIdentityStore(ConnectionPool& pool); // `pool` must outlive this

    Result<std::optional<service::UserCredentials>>
    findCredentials(const std::string& email) override;
    Result<std::optional<service::UserProfile>> findProfile(const std::string& userId) override;
    Result<service::ThrottleCounter> throttleCounter(service::ThrottleKeyKind kind,
                                                     const std::string& key) override;
    Status recordFailure(service::ThrottleKeyKind kind, const std::string& key,
                         std::chrono::sys_seconds now, std::chrono::seconds window) override;
    Status recordLockout(service::ThrottleKeyKind kind, const std::string& key,
                         std::chrono::sys_seconds until) override;
    Status clearFailures(service::ThrottleKeyKind kind, const std::string& key) override;
    Status registerDevice(const std::string& deviceId, const std::string& userId,
                          const std::string& name) override;
    Result<bool> isDeviceRevoked(const std::string& deviceId) override;
    Status insertRefreshToken(const service::RefreshTokenRow& row) override;
    Result<std::optional<service::StoredRefreshToken>>
    findRefreshToken(const std::string& tokenHash) override;
    Result<bool> rotateRefreshToken(const std::string& previousId,
                                    const service::RefreshTokenRow& next) override;
    Status revokeFamily(const std::string& familyId) override;
    Result<bool> acceptTotpStep(const std::string& userId, std::int64_t step) override;
    Result<std::optional<service::MfaState>> findMfaState(const std::string& userId) override;
    Status storePendingMfaSecret(const std::string& userId,
                                 const std::vector<unsigned char>& secret,
                                 const audit::AuditEvent& event) override;
    Result<bool> enableMfa(const std::string& userId,
                           const std::vector<unsigned char>& pendingSecret, std::int64_t step,
                           const audit::AuditEvent& event) override;
    Result<bool> disableMfa(const std::string& userId, std::int64_t step,
                            const audit::AuditEvent& event) override;

private:
    // Runs `work` in one committed transaction; exceptions become errors naming `action`.
    template <typename T>
    Result<T> inTransaction(std::string_view action,
                            const std::function<T(pqxx::transaction_base&)>& work);

    // Runs `work`, which sends ONE statement, without BEGIN and COMMIT (a single statement is
    // atomic on its own): two round trips fewer for the reads every authenticated request makes.
    template <typename T>
    Result<T> inOneStatement(std::string_view action,
                             const std::function<T(pqxx::transaction_base&)>& work);

    ConnectionPool& m_pool;
};

} // namespace fitflow::storage
