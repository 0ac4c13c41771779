#pragma once
// AuditChainSource on PostgreSQL. forEachEvent() needs a role that may read every event (the
// owner role, see migration 0003); tip() also works with the application role.

#include "server/service/audit/AuditChainSource.h"
#include "server/storage/ConnectionPool.h"

#include <cstddef>

namespace fitflow::storage {

class PgAuditChainSource final : public audit::AuditChainSource {
public:
    // `pool` must outlive this. Events are read `pageSize` at a time.
    explicit PgAuditChainSource(ConnectionPool& pool, std::size_t pageSize = 1000);

    Result<std::optional<audit::AuditChainTip>> tip() override;
    // Error `invalid_audit_record` when a stored hash is not 32 bytes.
    Status forEachEvent(const std::function<bool(const audit::AuditRecord&)>& visitor) override;

private:
    ConnectionPool& m_pool;
    std::size_t m_pageSize;
};

} // namespace fitflow::storage
