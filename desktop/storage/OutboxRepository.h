#pragma once
// The outbox: every local change waiting to be pushed, in mutation id order. Ids come from
// SQLite's AUTOINCREMENT, so they start at 1, grow by one per change and are never reused, as
// the server's gap check requires. Acknowledged entries are deleted.

#include "desktop/storage/StatementCache.h"
#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace fitflow::desktop {

struct OutboxEntry {
    qint64 mutationId = 0; // assigned by append()
    std::string orgId;
    std::string entity;
    std::string entityId;
    // {"change": <recordMutationToJson>} or {"note": <noteMutationToJson>}
    nlohmann::json payload;
};

class OutboxRepository {
public:
    explicit OutboxRepository(QSqlDatabase db);

    // Appends the entry and returns its mutation id.
    fitflow::Result<qint64> append(const OutboxEntry& entry);
    // The oldest pending entries, at most `limit`, in id order.
    fitflow::Result<std::vector<OutboxEntry>> oldest(int limit) const;
    // The oldest pending entries after `mutationId`, at most `limit`, in id order (the push
    // reads its next batch while the one before it is in flight).
    fitflow::Result<std::vector<OutboxEntry>> after(qint64 mutationId, int limit) const;
    // Pending entries of one record, in id order.
    fitflow::Result<std::vector<OutboxEntry>> pendingFor(const std::string& entity,
                                                         const std::string& entityId) const;
    fitflow::Result<qint64> pendingCount() const;
    // Pending entries of one kind of record in one organization (e.g. queued number reservations).
    fitflow::Result<qint64> pendingCount(const std::string& orgId, const std::string& entity) const;
    fitflow::Status removeThrough(qint64 mutationId);
    fitflow::Status removeAll();
    // The largest id ever handed out (0 for none), acknowledged or not.
    fitflow::Result<qint64> lastAssignedId() const;

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements; // pendingFor runs once per pulled row
};

} // namespace fitflow::desktop
