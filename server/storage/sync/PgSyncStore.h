#pragma once
// SyncStore on PostgreSQL (migrations 0007, 0013): push batches in one transaction, where runs
// of record writes of one organization and entity go in set-based statements under one
// savepoint (falling back to a savepoint per mutation if the database refuses one) and every
// other mutation has its own savepoint; pull pages in one repeatable-read transaction; the
// cursor key via a SECURITY DEFINER function. Thread-safe: each call leases its own connection.

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
