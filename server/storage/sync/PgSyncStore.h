#pragma once
// SyncStore on PostgreSQL (migration 0007): push batches in one transaction with a savepoint
// per mutation, pull pages in one repeatable-read transaction, the cursor key via a SECURITY
// DEFINER function. Thread-safe: each call leases its own pooled connection.

#include "server/service/sync/SyncStore.h"
#include "server/storage/ConnectionPool.h"

namespace fitflow::storage {

class PgSyncStore final : public sync::SyncStore {
public:
    // `pool` (application role) must outlive this.
    explicit PgSyncStore(ConnectionPool& pool);

    Result<sync::PushOutcome> push(const sync::PushCommand& command) override;
    Result<sync::PullRead> readPage(const sync::PullScope& scope, const sync::StartPosition& start,
                                    int limit) override;
    Result<sync::CursorKey> cursorKey(const sync::CursorKey& candidate) override;

private:
    ConnectionPool& m_pool;
};

} // namespace fitflow::storage
